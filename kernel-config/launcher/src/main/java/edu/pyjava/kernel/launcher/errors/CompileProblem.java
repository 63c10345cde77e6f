package edu.pyjava.kernel.launcher.errors;

import java.util.Locale;
import jdk.jshell.Diag;

/**
 * One error javac found in a snippet.
 *
 * @param code javac's key for it, as {@code compiler.err.expected}
 * @param message javac's message in English, possibly several lines
 * @param start where the faulty code starts, an index into the snippet's source; negative if unknown
 * @param position where javac points within it (a missing return: the closing brace)
 * @param end where it ends (exclusive)
 */
public record CompileProblem(String code, String message, int start, int position, int end) {

    /**
     * The problem JShell reported.
     *
     * @param diagnostic JShell's diagnostic
     * @return the problem, with its message in English
     */
    public static CompileProblem of(Diag diagnostic) {
        return new CompileProblem(diagnostic.getCode(), diagnostic.getMessage(Locale.ROOT),
            (int) diagnostic.getStartPosition(), (int) diagnostic.getPosition(), (int) diagnostic.getEndPosition());
    }

    /**
     * The first line of the message, the part a headline shows.
     *
     * @return the first line
     */
    public String firstLine() {
        return message.lines().findFirst().orElse("").strip();
    }
}
