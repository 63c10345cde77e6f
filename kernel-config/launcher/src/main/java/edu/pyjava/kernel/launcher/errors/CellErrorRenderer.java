package edu.pyjava.kernel.launcher.errors;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import jdk.jshell.DeclarationSnippet;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.UnresolvedReferenceException;
import org.dflib.jjava.kernel.execution.CompilationException;
import org.dflib.jjava.kernel.execution.EvaluationInterruptedException;
import org.dflib.jjava.kernel.execution.EvaluationTimeoutException;
import org.dflib.jjava.kernel.execution.IncompleteSourceException;

/**
 * Turns whatever made a cell fail into what the student reads: {@link RenderedError}'s name, message and
 * traceback.
 *
 * <ul>
 *   <li>A compile error ({@link CompilationException}) names javac's message, points at the cell's line with a
 *       caret, and lists every error javac found in the snippet.</li>
 *   <li>An exception the code threw (JJava wraps JShell's {@link EvalException} in a {@code RuntimeException})
 *       gets its real class name and message, and frames that name cell lines.</li>
 *   <li>Either gets one line of hint when a Python habit explains it ({@link PythonHabits}).</li>
 * </ul>
 *
 * <pre>{@code
 * CellErrorRenderer renderer = CellErrorRenderer.standard(jshell, places);
 * renderer.render(failure).name()   // = UnsupportedOperationException, not RuntimeException
 * }</pre>
 */
public final class CellErrorRenderer {

    private static final java.util.regex.Pattern MAGIC_WRAPPER =
        java.util.regex.Pattern.compile("Exception running (line|cell) magic '");

    private final JShell shell;
    private final SnippetPlaces places;
    private final PythonHabits habits;
    private final CompileErrorView compileErrors;
    private volatile TracebackMode mode = TracebackMode.CONTEXT;

    private CellErrorRenderer(JShell shell, SnippetPlaces places, PythonHabits habits,
                              JavacTranslations translations) {
        this.shell = Objects.requireNonNull(shell, "shell");
        this.places = Objects.requireNonNull(places, "places");
        this.habits = habits;
        this.compileErrors = new CompileErrorView(habits, translations);
    }

    /**
     * A renderer with the course's hint table and javac translations.
     *
     * @param shell the kernel's JShell, asked for diagnostics and unresolved names
     * @param places where the kernel's snippets are in their cells
     * @return the renderer
     */
    public static CellErrorRenderer standard(JShell shell, SnippetPlaces places) {
        return new CellErrorRenderer(shell, places, PythonHabits.standard(), JavacTranslations.standard());
    }

    /**
     * How much of a stack trace errors show from now on ({@code %xmode}).
     *
     * @param mode the new mode
     */
    public void mode(TracebackMode mode) {
        this.mode = Objects.requireNonNull(mode, "mode");
    }

    /**
     * How much of a stack trace errors show.
     *
     * @return the mode
     */
    public TracebackMode mode() {
        return mode;
    }

    /**
     * Renders the failure of a cell.
     *
     * @param failure what the kernel's evaluation threw
     * @return the error output
     */
    public RenderedError render(Exception failure) {
        return switch (failure) {
            case CompilationException rejected -> compileError(rejected.getBadSnippetCompilation().snippet());
            case IncompleteSourceException incomplete -> incomplete(incomplete.getSource());
            case EvaluationTimeoutException timeout -> stopped(timeout, "单元格运行超过了 " + timeout.getDuration()
                + " " + timeout.getUnit().name().toLowerCase(java.util.Locale.ROOT) + "，已停止 (timed out)");
            case EvaluationInterruptedException interrupted -> stopped(interrupted, "单元格已被中断 (interrupted)");
            default -> thrown(failure);
        };
    }

    private RenderedError compileError(Snippet snippet) {
        List<Diag> diagnostics = shell.diagnostics(snippet).toList();
        List<CompileProblem> problems = diagnostics.stream().filter(Diag::isError).map(CompileProblem::of).toList();
        List<String> unresolved = snippet instanceof DeclarationSnippet declaration
            ? shell.unresolvedDependencies(declaration).toList() : List.of();
        SnippetPlaces.Place place = places.find(snippet.id())
            .orElseGet(() -> new SnippetPlaces.Place(places.currentCell(), snippet.source(), 0));
        return compileErrors.render(place, problems, unresolved);
    }

    private RenderedError incomplete(String remaining) {
        SnippetPlaces.Place place = places.inCurrentCell(remaining);
        int first = place.cellLineAt(0);
        List<String> lines = new ArrayList<>();
        String value = "第 " + first + " 行起的代码没写完：缺少 } 或 )，或者一条语句只写了一半 (incomplete input)";
        lines.add(Ansi.headline(CompileErrorView.NAME + "：" + value));
        List<String> source = remaining.lines().toList();
        for (int i = 0; i < source.size(); i++) {
            lines.add("  " + (first + i) + " | " + source.get(i));
        }
        return new RenderedError(CompileErrorView.NAME, value, lines);
    }

    /**
     * Renders an exception the student's code threw, as JShell reported it.
     *
     * @param error the exception
     * @return the error output
     */
    RenderedError renderThrown(ThrownError error) {
        return new RuntimeErrorView(places, habits, mode).render(error, List.of());
    }

    /** JJava wraps what a magic threw in {@code RuntimeException: Exception running line magic 'timeit'}. */
    private static ThrownError withoutMagicWrapper(ThrownError error) {
        ThrownError shown = error;
        while (shown.className().equals(RuntimeException.class.getName()) && shown.cause().isPresent()
            && MAGIC_WRAPPER.matcher(shown.message()).lookingAt()) {
            shown = shown.cause().get();
        }
        return shown;
    }

    private static RenderedError stopped(Exception stop, String message) {
        String name = stop.getClass().getSimpleName();
        return new RenderedError(name, message, List.of(Ansi.headline(name + ": " + message)));
    }

    private RenderedError thrown(Exception failure) {
        RuntimeErrorView view = new RuntimeErrorView(places, habits, mode);
        Throwable cause = failure.getCause();
        if (failure.getClass() == RuntimeException.class && cause instanceof EvalException evaluated) {
            return view.render(withoutMagicWrapper(ThrownError.of(evaluated)), List.of());
        }
        if (failure.getClass() == RuntimeException.class && cause instanceof UnresolvedReferenceException missing) {
            DeclarationSnippet snippet = missing.getSnippet();
            String names = String.join("、", shell.unresolvedDependencies(snippet).toList());
            ThrownError error = new ThrownError(UnresolvedReferenceException.class.getName(),
                snippet.name() + " 用到了还没有定义的 " + names, List.of(missing.getStackTrace()),
                java.util.Optional.empty());
            return view.render(error, List.of("  先定义 " + names + "，再运行这个单元格（Python 里这是 NameError）"));
        }
        return view.render(ThrownError.of(failure), List.of());
    }
}
