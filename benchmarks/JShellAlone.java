import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import jdk.jshell.JShell;
import jdk.jshell.SnippetEvent;
import jdk.jshell.execution.LocalExecutionControlProvider;

/**
 * JShell on its own: how long {@code 1 + 1} takes inside one JVM, with no Jupyter message around it. This is the
 * floor under the cell round trip of any kernel built on JShell, JJava and the course kernel included.
 * benchmarks/kernels.py launches it as a single-file source program with the course kernel's own JVM command line
 * (flags, AOT cache, agent, {@code -cp}), this file taking the place of the kernel's main class:
 *
 * <pre>{@code
 * java <the kernel's JVM options> benchmarks/JShellAlone.java <cells> <startup.jsh> <jar> <jar> ...
 * }</pre>
 *
 * <p>It readies JShell as the kernel does (class path, start-up snippets, code run in this JVM), evaluates
 * {@code 1 + 1} once (the benchmark's "one cell"), then {@code cells} more times, and prints
 * {@code RESULT <median milliseconds>} of those.
 */
public class JShellAlone {

    private static final String TRIVIAL_CELL = "1 + 1";

    public static void main(String[] args) throws Exception {
        int cells = Integer.parseInt(args[0]);
        String startupScript = Files.readString(Path.of(args[1]));
        try (JShell shell = JShell.builder()
                .executionEngine(new LocalExecutionControlProvider(), Map.of())
                .build()) {
            for (int i = 2; i < args.length; i++) {
                shell.addToClasspath(args[i]);
            }
            evalAll(shell, startupScript);
            eval(shell, TRIVIAL_CELL);
            double[] millis = new double[cells];
            for (int i = 0; i < cells; i++) {
                long start = System.nanoTime();
                eval(shell, TRIVIAL_CELL);
                millis[i] = (System.nanoTime() - start) / 1e6;
            }
            Arrays.sort(millis);
            System.out.println("RESULT " + millis[cells / 2]);
        }
    }

    /** Evaluates every snippet of {@code source}, as JJava does with a cell of several snippets. */
    private static void evalAll(JShell shell, String source) {
        var analysis = shell.sourceCodeAnalysis();
        var info = analysis.analyzeCompletion(source);
        while (info.completeness().isComplete()) {
            eval(shell, info.source());
            info = analysis.analyzeCompletion(info.remaining());
        }
    }

    private static void eval(JShell shell, String snippet) {
        for (SnippetEvent event : shell.eval(snippet)) {
            if (event.exception() != null || !event.status().isDefined()) {
                throw new IllegalStateException("JShell could not run " + snippet.strip() + ": " + event);
            }
        }
    }
}
