package edu.pyjava.kernel.launcher.errors;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Renders an exception a cell threw: its real name and message, the student's frames as cell lines with an arrow,
 * the JDK's and libraries' frames folded, the causes, and a hint when a Python habit explains it.
 *
 * <pre>{@code
 * ArithmeticException: / by zero
 *   在 half（单元格 [4] 第 2 行）
 *   ----> 2     return n / 0;
 *   第 1 行
 *   ----> 1 half(3)
 * }</pre>
 */
final class RuntimeErrorView {

    private static final String ARROW = "---->";

    private final SnippetPlaces places;
    private final PythonHabits habits;
    private final TracebackMode mode;

    RuntimeErrorView(SnippetPlaces places, PythonHabits habits, TracebackMode mode) {
        this.places = places;
        this.habits = habits;
        this.mode = mode;
    }

    RenderedError render(ThrownError error, List<String> extraLines) {
        List<String> lines = new ArrayList<>();
        lines.add(Ansi.headline(error.headline()));
        if (mode != TracebackMode.MINIMAL) {
            lines.addAll(frames(error.frames(), List.of()));
            List<StackTraceElement> enclosing = error.frames();
            for (Optional<ThrownError> cause = error.cause(); cause.isPresent(); cause = cause.get().cause()) {
                lines.add(Ansi.headline("Caused by: " + cause.get().headline()));
                lines.addAll(frames(cause.get().frames(), enclosing));
                enclosing = cause.get().frames();
            }
        }
        lines.addAll(extraLines);
        hint(error).ifPresent(lines::add);
        return new RenderedError(error.simpleName(), error.message(), lines);
    }

    private List<String> frames(List<StackTraceElement> frames, List<StackTraceElement> enclosing) {
        int shared = sharedTail(frames, enclosing);
        List<StackTraceElement> own = frames.subList(0, frames.size() - shared);
        List<String> lines = new ArrayList<>();
        Fold fold = new Fold();
        boolean cellShown = false;
        for (int i = 0; i < own.size(); i++) {
            StackTraceElement frame = own.get(i);
            FrameKind kind = kind(frame);
            if (kind != FrameKind.CELL && mode == TracebackMode.CONTEXT) {
                fold.add(kind);
                continue;
            }
            fold.flushInto(lines);
            if (kind != FrameKind.CELL) {
                lines.add("  at " + JShellNames.clean(frame.toString()));
                continue;
            }
            lines.addAll(cellFrame(frame));
            cellShown = true;
            int repeats = 0;
            while (i + 1 < own.size() && own.get(i + 1).equals(frame)) {
                repeats++;
                i++;
            }
            if (repeats > 0) {
                lines.add("  …(同一行又调用了自己 " + repeats + " 次：递归)");
            }
        }
        if (!cellShown || mode != TracebackMode.CONTEXT) {
            fold.flushInto(lines);   // 单元格之后的框架（线程的起点、内核的代码）与学生无关
        }
        if (shared > 0) {
            lines.add("  …(其余 " + shared + " 层同上)");
        }
        return lines;
    }

    /** A frame's kind; a frame in a snippet that no cell holds (code a magic generated) counts as a library's. */
    private FrameKind kind(StackTraceElement frame) {
        FrameKind kind = FrameKind.of(frame);
        return kind == FrameKind.CELL && places.find(FrameKind.snippetId(frame)).isEmpty() ? FrameKind.LIBRARY : kind;
    }

    private List<String> cellFrame(StackTraceElement frame) {
        String method = methodName(frame);
        Optional<SnippetPlaces.Place> place = places.find(FrameKind.snippetId(frame));
        if (place.isEmpty()) {
            String where = "JShell 片段 " + frame.getFileName() + " 第 " + frame.getLineNumber() + " 行";
            return List.of("  " + (method.isEmpty() ? where : "在 " + method + "（" + where + "）"));
        }
        int line = place.get().cellLine(frame.getLineNumber());
        String where = (place.get().cell() == places.currentCell() ? "" : "单元格 [" + place.get().cell() + "] ")
            + "第 " + line + " 行";
        String heading = method.isEmpty() ? where : "在 " + method + "（" + where + "）";
        return List.of("  " + heading, "  " + Ansi.marker(ARROW) + " " + line + " " + place.get().line(line));
    }

    /**
     * The method a cell frame runs, as the student named it: {@code half}, {@code Dog.bark},
     * {@code half 里的 lambda}; empty for a cell's own statements.
     */
    private static String methodName(StackTraceElement frame) {
        String className = JShellNames.clean(frame.getClassName());
        String method = frame.getMethodName();
        if (method.startsWith("lambda$")) {
            String[] parts = method.split("\\$");
            String outer = parts.length > 1 && !parts[1].isEmpty() && !parts[1].equals("do_it") ? parts[1] : "";
            method = outer.isEmpty() ? "lambda" : outer + " 里的 lambda";
        } else if (method.isEmpty() || method.equals("do_it$") || method.startsWith("$") || method.equals("<clinit>")) {
            method = "";
        } else if (method.equals("<init>")) {
            method = "构造器";
        }
        String owner = className.replace('$', '.');
        if (owner.isEmpty() || owner.equals("REPL")) {
            return method;
        }
        return method.isEmpty() ? owner : owner + "." + method;
    }

    /** How many frames at the end of {@code frames} are also at the end of {@code enclosing}, as Java's "... n more". */
    private static int sharedTail(List<StackTraceElement> frames, List<StackTraceElement> enclosing) {
        int shared = 0;
        while (shared < frames.size() && shared < enclosing.size()
            && frames.get(frames.size() - 1 - shared).equals(enclosing.get(enclosing.size() - 1 - shared))) {
            shared++;
        }
        return shared;
    }

    private Optional<String> hint(ThrownError error) {
        for (Optional<ThrownError> each = Optional.of(error); each.isPresent(); each = each.get().cause()) {
            ThrownError thrown = each.get();
            Optional<PythonHabits.Habit> habit =
                habits.forException(thrown.className(), thrown.message(), studentLine(thrown));
            if (habit.isPresent()) {
                return Optional.of(Ansi.bold("提示：") + habit.get().line());
            }
        }
        return Optional.empty();
    }

    /** The line of the innermost frame in a cell, or {@code ""}. */
    private String studentLine(ThrownError error) {
        return error.frames().stream()
            .filter(frame -> FrameKind.of(frame) == FrameKind.CELL)
            .findFirst()
            .flatMap(frame -> places.find(FrameKind.snippetId(frame))
                .map(place -> place.line(place.cellLine(frame.getLineNumber()))))
            .orElse("");
    }

    /** Consecutive frames outside the cells, counted until a cell frame ends the run. */
    private static final class Fold {
        private int jdk;
        private int library;

        void add(FrameKind kind) {
            if (kind == FrameKind.JDK) {
                jdk++;
            } else {
                library++;
            }
        }

        void flushInto(List<String> lines) {
            if (jdk + library == 0) {
                return;
            }
            String where = library == 0 ? "JDK 内部" : jdk == 0 ? "库内部" : "JDK 和库内部";
            lines.add("  …(" + where + " " + (jdk + library) + " 层)");
            jdk = 0;
            library = 0;
        }
    }
}
