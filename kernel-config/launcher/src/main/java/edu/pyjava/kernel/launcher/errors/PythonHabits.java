package edu.pyjava.kernel.launcher.errors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The table of Python habits: an error that a Python habit causes maps to one Chinese line naming the habit and
 * the Java way, and to the notebook that teaches it.
 *
 * <p>The table is the resource {@code python-habits.txt} beside this class; its header says how to add a row.
 *
 * <pre>{@code
 * PythonHabits habits = PythonHabits.standard();
 * habits.forCompileError("compiler.err.expected", "';' expected", "int a = 1")
 *     .map(PythonHabits.Habit::name)   // = Optional[semicolon]
 * }</pre>
 */
public final class PythonHabits {

    /**
     * One row of the table.
     *
     * @param name the row's name, as in {@code [semicolon]}
     * @param javac the javac diagnostic codes it applies to, or {@code null} for a runtime row
     * @param exception the exception class names it applies to, or {@code null} for a compile row
     * @param message what the message must contain, or {@code null}
     * @param code what the line of code must contain, or {@code null}
     * @param hint the hint, in Chinese
     * @param notebook the notebook that teaches the Java way
     */
    public record Habit(String name, Pattern javac, Pattern exception, Pattern message, Pattern code, String hint,
                        String notebook) {

        /** Checks that the row is complete. */
        public Habit {
            Objects.requireNonNull(name, "name");
            if ((javac == null) == (exception == null)) {
                throw new IllegalArgumentException("提示 [" + name + "] 要有 javac: 或 exception: 中的一个");
            }
            if (hint == null || notebook == null) {
                throw new IllegalArgumentException("提示 [" + name + "] 缺少 hint: 或 notebook:");
            }
        }

        /**
         * The line shown under the error.
         *
         * @return the hint and where to read more
         */
        public String line() {
            return hint + "（见 " + notebook + "）";
        }

        private boolean matches(Pattern pattern, String text) {
            return pattern == null || pattern.matcher(text == null ? "" : text).find();
        }
    }

    private static final String RESOURCE = "python-habits.txt";

    private final List<Habit> habits;

    private PythonHabits(List<Habit> habits) {
        this.habits = List.copyOf(habits);
    }

    /**
     * The course's table.
     *
     * @return the table read from {@code python-habits.txt}
     */
    public static PythonHabits standard() {
        return parse(TableResource.read(RESOURCE));
    }

    /**
     * Reads a table in the format of {@code python-habits.txt}.
     *
     * @param text the table
     * @return the table
     * @throws IllegalArgumentException if a row is incomplete or a field unknown
     */
    public static PythonHabits parse(String text) {
        List<Habit> rows = new ArrayList<>();
        Map<String, String> fields = new LinkedHashMap<>();
        String name = null;
        try (BufferedReader lines = new BufferedReader(new StringReader(text))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String trimmed = line.strip();
                if (trimmed.startsWith("#") || trimmed.isEmpty()) {
                    continue;
                }
                if (trimmed.startsWith("[") && trimmed.endsWith("]")) {
                    if (name != null) {
                        rows.add(row(name, fields));
                    }
                    name = trimmed.substring(1, trimmed.length() - 1);
                    fields.clear();
                } else {
                    int colon = trimmed.indexOf(':');
                    if (name == null || colon < 0) {
                        throw new IllegalArgumentException("提示表里看不懂的一行：" + line);
                    }
                    fields.put(trimmed.substring(0, colon).strip(), trimmed.substring(colon + 1).strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (name != null) {
            rows.add(row(name, fields));
        }
        return new PythonHabits(rows);
    }

    private static Habit row(String name, Map<String, String> fields) {
        List<String> known = List.of("javac", "exception", "message", "code", "hint", "notebook");
        fields.keySet().stream().filter(key -> !known.contains(key)).findFirst().ifPresent(key -> {
            throw new IllegalArgumentException("提示 [" + name + "] 里有未知的字段 " + key + ":");
        });
        return new Habit(name, pattern(fields.get("javac")), pattern(fields.get("exception")),
            pattern(fields.get("message")), pattern(fields.get("code")), fields.get("hint"), fields.get("notebook"));
    }

    private static Pattern pattern(String regex) {
        return regex == null ? null : Pattern.compile(regex);
    }

    /**
     * All rows, in the table's order.
     *
     * @return the rows
     */
    public List<Habit> all() {
        return habits;
    }

    /**
     * The first row that explains a compile error.
     *
     * @param javacCode the diagnostic's code, as {@code compiler.err.expected}
     * @param message javac's message, in English
     * @param line the line of code the diagnostic points at
     * @return the row, if one applies
     */
    public Optional<Habit> forCompileError(String javacCode, String message, String line) {
        return habits.stream()
            .filter(habit -> habit.javac() != null && habit.matches(habit.javac(), javacCode)
                && habit.matches(habit.message(), message) && habit.matches(habit.code(), line))
            .findFirst();
    }

    /**
     * The first row that explains an exception.
     *
     * @param className the exception's class name, as {@code java.lang.UnsupportedOperationException}
     * @param message its message
     * @param line the student's line of code that was running, or {@code ""}
     * @return the row, if one applies
     */
    public Optional<Habit> forException(String className, String message, String line) {
        return habits.stream()
            .filter(habit -> habit.exception() != null && habit.matches(habit.exception(), className)
                && habit.matches(habit.message(), message) && habit.matches(habit.code(), line))
            .findFirst();
    }
}
