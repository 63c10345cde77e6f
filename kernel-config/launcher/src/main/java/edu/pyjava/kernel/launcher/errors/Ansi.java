package edu.pyjava.kernel.launcher.errors;

import java.util.regex.Pattern;

/**
 * The few ANSI styles an error uses, chosen so that JupyterLab's light and dark themes both read them: bold, and
 * red (both themes define a red that reads on their background). No background colours, no black, white or grey.
 */
final class Ansi {

    private static final Pattern ESCAPE = Pattern.compile("\u001B\\[[0-9;]*m");
    private static final String RESET = "\u001B[0m";

    private Ansi() {
    }

    /** The error's headline: bold red. */
    static String headline(String text) {
        return "\u001B[1;31m" + text + RESET;
    }

    /** A marker under or beside code (a caret, an arrow): red. */
    static String marker(String text) {
        return "\u001B[31m" + text + RESET;
    }

    /** A word that should stand out (提示): bold. */
    static String bold(String text) {
        return "\u001B[1m" + text + RESET;
    }

    /** The text without any styling. */
    static String strip(String text) {
        return ESCAPE.matcher(text).replaceAll("");
    }
}
