package edu.pyjava.kernel.launcher.errors;

import java.util.regex.Pattern;

/**
 * Removes the names JShell gives to the classes that wrap each snippet, so that messages name what the student
 * wrote: {@code REPL.$JShell$27.s} becomes {@code s}, {@code REPL.$JShell$12$Dog} becomes {@code Dog}.
 *
 * <pre>{@code
 * JShellNames.clean("Cannot invoke \"String.length()\" because \"REPL.$JShell$27.s\" is null")
 * // = Cannot invoke "String.length()" because "s" is null
 * }</pre>
 */
final class JShellNames {

    private static final Pattern WRAPPER = Pattern.compile("(?:REPL\\.)?\\$JShell\\$\\d+[.$]");
    private static final Pattern BARE_WRAPPER = Pattern.compile("(?:REPL\\.)?\\$JShell\\$\\d+\\b");

    private JShellNames() {
    }

    /**
     * The text with every JShell wrapper name removed.
     *
     * @param text a message, possibly {@code null}
     * @return the cleaned text; {@code ""} for {@code null}
     */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        String withoutMembers = WRAPPER.matcher(text).replaceAll("");
        return BARE_WRAPPER.matcher(withoutMembers).replaceAll("REPL");
    }
}
