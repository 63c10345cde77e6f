package edu.pyjava.kernel.launcher;

import edu.pyjava.kernel.launcher.timing.TimeitOptions;
import edu.pyjava.kernel.launcher.timing.TimeitReport;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.function.LongUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jdk.jshell.JShell;
import org.dflib.jjava.jupyter.kernel.magic.CellMagic;
import org.dflib.jjava.jupyter.kernel.magic.LineMagic;

/**
 * {@code %timeit} and {@code %%timeit}, as IPython has them: the statement runs in a loop, enough loops for
 * 0.2 s (or {@code -n}), the loop is repeated 7 times (or {@code -r}), and one line says the mean and standard
 * deviation of one loop.
 *
 * <pre>{@code
 * %timeit Thread.sleep(10)
 * // 10.1 ms ± 52.3 μs per loop (mean ± std. dev. of 7 runs, 10 loops each)
 *
 * %%timeit -r 3 List<Integer> numbers = new ArrayList<>();     // 这一行的其余部分是准备代码（setup），不计时
 * numbers.add(1);
 * }</pre>
 *
 * <p>The code is compiled once into a method of the notebook, so the timing holds no compilation; the first
 * measurement (finding the number of loops) also warms the code up. JJava splits a magic's line on spaces and
 * drops quotes, so the statement is read from the cell itself.
 */
final class TimeitMagic implements LineMagic<Void, CourseJavaKernel>, CellMagic<Void, CourseJavaKernel> {

    /** IPython's aim for one run when it picks the number of loops. */
    private static final long TARGET_RUN_NANOS = 200_000_000L;
    private static final Pattern LINE_MAGIC = Pattern.compile("(?m)^\\s*%timeit\\b(.*)$");
    private static final Pattern CELL_MAGIC = Pattern.compile("^\\s*%%timeit\\b(.*)");
    private static final String METHOD = "$timeit";

    @Override
    public Void eval(CourseJavaKernel kernel, List<String> args) throws Exception {
        TimeitOptions options = TimeitOptions.parse(lineOf(kernel.cellSource(), args));
        if (options.code().isEmpty()) {
            throw new IllegalArgumentException("用法：%timeit [-n 次数] [-r 轮数] 语句，例如 %timeit Math.sqrt(2)");
        }
        System.out.println(time(kernel, "", options.code(), options));
        return null;
    }

    @Override
    public Void eval(CourseJavaKernel kernel, List<String> args, String body) throws Exception {
        Matcher first = CELL_MAGIC.matcher(kernel.cellSource());
        TimeitOptions options = TimeitOptions.parse(first.find() ? first.group(1) : String.join(" ", args));
        System.out.println(time(kernel, options.code(), body, options));
        return null;
    }

    /** The text after {@code %timeit} on the cell's line whose words are {@code args} (JJava split them). */
    private static String lineOf(String cell, List<String> args) {
        String wanted = squeezed(String.join("", args));
        Matcher line = LINE_MAGIC.matcher(cell);
        while (line.find()) {
            if (squeezed(line.group(1)).equals(wanted)) {
                return line.group(1);
            }
        }
        return String.join(" ", args);
    }

    private static String squeezed(String text) {
        return text.replaceAll("[\\s\"\\\\]", "");
    }

    private static TimeitReport time(CourseJavaKernel kernel, String setup, String statement, TimeitOptions options)
            throws Exception {
        LongUnaryOperator loop = compile(kernel, setup, statement);
        try {
            long loops = options.loops().isPresent() ? options.loops().getAsInt() : autorange(loop);
            List<Long> runs = new ArrayList<>();
            for (int run = 0; run < options.runs(); run++) {
                runs.add(loop.applyAsLong(loops));
            }
            return new TimeitReport(loops, runs);
        } catch (CompletionException failed) {
            if (failed.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw failed;
        } finally {
            dropGenerated(kernel.getJShell());
        }
    }

    /** IPython's choice: 1, 10, 100, ... loops until one run takes at least 0.2 s. */
    private static long autorange(LongUnaryOperator loop) {
        long loops = 1;
        for (int power = 0; power < 10; power++, loops *= 10) {
            if (loop.applyAsLong(loops) >= TARGET_RUN_NANOS) {
                break;
            }
        }
        return Math.min(loops, 1_000_000_000L);
    }

    /**
     * Compiles the statement into a method that runs it {@code loops} times and returns the nanoseconds taken, and
     * returns that method as a function. A statement that is only an expression ({@code x + 1}) is assigned to a
     * local variable. If neither compiles, the statement is evaluated on its own, so that the student sees the
     * compile error at the cell's own line.
     */
    private static LongUnaryOperator compile(CourseJavaKernel kernel, String setup, String statement) {
        String body = statement.strip();
        List<String> forms = List.of(body.endsWith(";") || body.endsWith("}") ? body : body + ";",
            "var $value = " + (body.endsWith(";") ? body.substring(0, body.length() - 1) : body) + ";");
        JShell shell = kernel.getJShell();
        for (String form : forms) {
            // 直接交给 JShell：编译不过的写法不算单元格的错误，换下一种写法
            if (shell.eval(method(setup, form)).stream().allMatch(event -> event.status().isDefined())) {
                return (LongUnaryOperator) kernel.evalRaw("(java.util.function.LongUnaryOperator) $loops -> { "
                    + "try { return " + METHOD + "($loops); } catch (Throwable $failure) { "
                    + "throw new java.util.concurrent.CompletionException($failure); } }");
            }
            dropGenerated(shell);
        }
        kernel.evalRaw(setup + "\n" + statement);   // 让编译错误指向单元格里的那一行
        throw new IllegalArgumentException("%timeit 无法把这段代码放进循环里计时：" + statement);
    }

    private static String method(String setup, String statement) {
        return "long " + METHOD + "(long $loops) throws Throwable {\n"
            + setup + "\n"
            + "long $start = System.nanoTime();\n"
            + "for (long $i = 0; $i < $loops; $i++) {\n"
            + statement + "\n"
            + "}\n"
            + "return System.nanoTime() - $start;\n"
            + "}";
    }

    /** Removes the generated method and function, so the notebook's names stay the student's. */
    private static void dropGenerated(JShell shell) {
        shell.snippets()
            .filter(snippet -> snippet.source().contains(METHOD) && shell.status(snippet).isActive())
            .toList()
            .forEach(shell::drop);
    }
}
