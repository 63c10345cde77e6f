package edu.pyjava.kernel.interrupt;

import java.lang.instrument.Instrumentation;

/**
 * The Java agent that the course kernel starts with ({@code -javaagent:interrupt-agent.jar}).
 *
 * <p>It registers a {@link LoopCheckTransformer}, so that classes compiled from notebook cells check for an
 * interrupt at the end of every loop iteration. With it, interrupting this cell stops it within microseconds:
 *
 * <pre>{@code
 * long spins = 0;
 * while (true) { spins++; }   // the toolbar's ■ button now ends it with CellInterruptedError
 * }</pre>
 *
 * <p>Then it registers {@link CellClassFiles}, which keeps the (checked) class files of cells that write
 * generator bodies, for the helper jar to rewrite them into state machines.
 */
public final class InterruptAgent {

    private InterruptAgent() {
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
