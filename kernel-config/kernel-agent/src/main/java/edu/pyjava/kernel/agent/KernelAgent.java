package edu.pyjava.kernel.agent;

import edu.pyjava.kernel.classfiles.CellClassFiles;
import edu.pyjava.kernel.interrupt.LoopCheckTransformer;
import java.lang.instrument.Instrumentation;

/**
 * The Java agent that the course kernel starts with ({@code -javaagent:kernel-agent.jar}). It has two jobs, one
 * package each, and registers one class-file transformer for each.
 *
 * <ol>
 *   <li>{@link LoopCheckTransformer} ({@code edu.pyjava.kernel.interrupt}): classes compiled from notebook cells
 *       check for an interrupt at the end of every loop iteration, so that <em>Interrupt kernel</em> stops
 *       {@code while (true) { spins++; }} within microseconds.</li>
 *   <li>{@link CellClassFiles} ({@code edu.pyjava.kernel.classfiles}): keeps the class files of cells that write
 *       generator bodies, for the helper jar's generator compiler to rewrite them into state machines.</li>
 * </ol>
 *
 * <pre>{@code
 * java -javaagent:kernel-agent.jar -cp ... edu.pyjava.kernel.launcher.CourseKernel connection.json
 * }</pre>
 */
public final class KernelAgent {

    private KernelAgent() {
    }

    /**
     * Called by the JVM before {@code main} when started with {@code -javaagent}.
     *
     * @param arguments the agent's options (none are used)
     * @param instrumentation the JVM's instrumentation service
     */
    public static void premain(String arguments, Instrumentation instrumentation) {
        instrumentation.addTransformer(new LoopCheckTransformer());
        instrumentation.addTransformer(new CellClassFiles());   // after: it keeps the checked bytes
    }
}
