package edu.pyjava.kernel.launcher.errors;

import java.util.regex.Pattern;

/** Whose code a stack frame runs: the student's cells, the JDK, or a library. */
enum FrameKind {
    CELL, JDK, LIBRARY;

    private static final Pattern SNIPPET_FILE = Pattern.compile("#\\d+");
    private static final Pattern JDK_CLASS = Pattern.compile("^(java|javax|jdk|sun|com\\.sun)\\.");

    static FrameKind of(StackTraceElement frame) {
        if (frame.getFileName() != null && SNIPPET_FILE.matcher(frame.getFileName()).matches()) {
            return CELL;
        }
        String module = frame.getModuleName();
        boolean jdkModule = module != null && (module.startsWith("java.") || module.startsWith("jdk."));
        return jdkModule || JDK_CLASS.matcher(frame.getClassName()).find() ? JDK : LIBRARY;
    }

    /** The snippet id of a cell frame: {@code 20} for {@code #20}. */
    static String snippetId(StackTraceElement frame) {
        return frame.getFileName().substring(1);
    }
}
