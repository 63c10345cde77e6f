package edu.pyjava.kernel.launcher.errors;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The course's Chinese headlines for javac's most frequent messages; a message without one stays in English.
 *
 * <p>The table is the resource {@code javac-zh.txt} beside this class: one {@code regex => template} per line.
 *
 * <pre>{@code
 * JavacTranslations.standard().translate("incompatible types: java.lang.String cannot be converted to int")
 * // = Optional[类型不兼容：String 不能转换为 int]
 * }</pre>
 */
public final class JavacTranslations {

    private record Row(Pattern english, String chinese) {
    }

    private static final String RESOURCE = "javac-zh.txt";
    private static final Pattern JAVA_LANG = Pattern.compile("\\bjava\\.lang\\.(?=[A-Z])");

    private final List<Row> rows;

    private JavacTranslations(List<Row> rows) {
        this.rows = rows;
    }

    /**
     * The course's table.
     *
     * @return the table read from {@code javac-zh.txt}
     */
    public static JavacTranslations standard() {
        return parse(TableResource.read(RESOURCE));
    }

    /**
     * Reads a table in the format of {@code javac-zh.txt}.
     *
     * @param text the table
     * @return the table
     */
    public static JavacTranslations parse(String text) {
        return new JavacTranslations(text.lines()
            .map(String::strip)
            .filter(line -> !line.isEmpty() && !line.startsWith("#"))
            .map(line -> {
                int arrow = line.lastIndexOf(" => ");
                if (arrow < 0) {
                    throw new IllegalArgumentException("javac 译文表里看不懂的一行：" + line);
                }
                return new Row(Pattern.compile(line.substring(0, arrow).strip()), line.substring(arrow + 4).strip());
            })
            .toList());
    }

    /**
     * The Chinese headline for the first line of a javac message, with {@code java.lang.} dropped from types.
     *
     * @param firstLine the first line of javac's English message
     * @return the headline, or empty if the course has none
     */
    public Optional<String> translate(String firstLine) {
        for (Row row : rows) {
            Matcher matcher = row.english().matcher(firstLine);
            if (matcher.find()) {
                String chinese = row.chinese();
                for (int group = matcher.groupCount(); group >= 1; group--) {
                    String text = matcher.group(group);
                    chinese = chinese.replace("$" + group, text == null ? "" : text);
                }
                return Optional.of(JAVA_LANG.matcher(chinese).replaceAll(""));
            }
        }
        return Optional.empty();
    }
}
