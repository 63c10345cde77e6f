package edu.pyjava.kernel.launcher.errors;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Renders the errors javac found in a cell: every error, each at its cell line with a caret under the faulty
 * code, a Chinese headline where the course has one, javac's English message, and the hints of the Python
 * habits that explain them.
 *
 * <pre>{@code
 * 编译错误：第 1 行，类型不兼容：String 不能转换为 int
 *   1 | int x = "s";
 *     |         ^^^
 *   incompatible types: java.lang.String cannot be converted to int
 * 提示：Python 的变量可以换类型；Java 变量的类型是固定的。…（见 02-builtins.ipynb）
 * }</pre>
 */
final class CompileErrorView {

    /** The error name ({@code ename}) of every compile error, as IPython's {@code SyntaxError}. */
    static final String NAME = "编译错误";

    private final PythonHabits habits;
    private final JavacTranslations translations;

    CompileErrorView(PythonHabits habits, JavacTranslations translations) {
        this.habits = habits;
        this.translations = translations;
    }

    /**
     * Renders the problems of one snippet.
     *
     * @param place where the snippet is in its cell
     * @param problems javac's errors, in its order
     * @param unresolved the names the snippet uses that are not defined yet (JShell's unresolved dependencies)
     * @return the error
     */
    RenderedError render(SnippetPlaces.Place place, List<CompileProblem> problems, List<String> unresolved) {
        List<String> body = new ArrayList<>();
        List<String> headlines = new ArrayList<>();
        Set<String> hints = new LinkedHashSet<>();
        for (CompileProblem problem : problems) {
            int line = place.cellLineAt(Math.max(0, problem.position()));
            String lineText = place.line(line);
            String headline = "第 " + line + " 行，" + headline(problem);
            headlines.add(headline);
            if (problems.size() > 1) {
                body.add("  " + Ansi.bold(headline));
            }
            body.add(numbered(line, lineText));
            if (problem.position() >= 0) {
                body.add(caret(place, problem, lineText));
            }
            details(problem).forEach(detail -> body.add("  " + detail));
            habits.forCompileError(problem.code(), problem.message(), lineText)
                .ifPresent(habit -> hints.add(habit.line()));
        }
        if (!unresolved.isEmpty()) {
            body.add("  还没有定义：" + String.join("、", unresolved));
        }
        String value = headlines.isEmpty()
            ? "第 " + place.cellLineAt(0) + " 行用到了还没有定义的 " + String.join("、", unresolved)
            : headlines.get(0) + (headlines.size() > 1 ? "（共 " + headlines.size() + " 处）" : "");
        List<String> lines = new ArrayList<>();
        lines.add(Ansi.headline(NAME + "：" + value));
        lines.addAll(body);
        hints.forEach(hint -> lines.add(Ansi.bold("提示：") + hint));
        return new RenderedError(NAME, value, lines);
    }

    private String headline(CompileProblem problem) {
        String english = JShellNames.clean(problem.firstLine());
        return translations.translate(english).orElse(english);
    }

    /** javac's English lines under the caret: all of them if the headline is a translation, else the rest. */
    private List<String> details(CompileProblem problem) {
        List<String> lines = JShellNames.clean(problem.message()).lines()
            .filter(line -> !line.strip().startsWith("location:"))
            .toList();
        boolean translated = translations.translate(JShellNames.clean(problem.firstLine())).isPresent();
        return translated ? lines : lines.subList(Math.min(1, lines.size()), lines.size());
    }

    private static String numbered(int line, String text) {
        return "  " + line + " | " + text;
    }

    /**
     * The caret line under a problem: under the faulty code if it starts on the line javac points at, else one
     * caret where javac points (a missing return: the method's closing brace).
     */
    private static String caret(SnippetPlaces.Place place, CompileProblem problem, String lineText) {
        int line = place.cellLineAt(problem.position());
        boolean spanOnLine = place.cellLineAt(problem.start()) == line;
        int from = spanOnLine ? problem.start() : problem.position();
        int column = Math.min(place.columnAt(from), lineText.length());
        int span = spanOnLine ? problem.end() - problem.start() : 1;
        int width = Math.max(1, Math.min(span, lineText.length() - column));
        StringBuilder pad = new StringBuilder();
        for (int i = 0; i < column; i++) {
            pad.append(padFor(lineText.charAt(i)));
        }
        StringBuilder carets = new StringBuilder();
        for (int i = column; i < column + width; i++) {
            carets.append(i < lineText.length() && isWide(lineText.charAt(i)) ? "^^" : "^");
        }
        String gutter = " ".repeat(String.valueOf(line).length());
        return "  " + gutter + " | " + pad + Ansi.marker(carets.toString());
    }

    private static String padFor(char c) {
        return c == '\t' ? "\t" : isWide(c) ? "  " : " ";
    }

    /** A character that a monospace font draws two columns wide (CJK and full-width forms). */
    private static boolean isWide(char c) {
        Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
        return block == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS
            || block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
            || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
            || block == Character.UnicodeBlock.HIRAGANA || block == Character.UnicodeBlock.KATAKANA
            || block == Character.UnicodeBlock.HANGUL_SYLLABLES;
    }
}
