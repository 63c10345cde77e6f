package edu.pyjava.kernel.interrupt;

import java.util.Objects;
import java.util.function.Predicate;

/**
 * The check that rewritten cell code runs at every backward jump (the end of each loop iteration), and the switch
 * that the kernel throws when the student presses <em>Interrupt</em>.
 *
 * <p>Python analog: the interpreter's periodic check for a pending {@code KeyboardInterrupt}, which Python raises
 * only in the main thread. Here too only the thread that runs the interrupted cell is stopped. The check never
 * looks at a thread's interrupt flag: a worker that a cell started keeps Java's own semantics, so the idiom
 * {@code while (!Thread.currentThread().isInterrupted()) ...} followed by {@code executor.shutdownNow()} ends the
 * loop normally, exactly as in plain Java.
 *
 * <pre>{@code
 * CellInterrupts.stop(thread -> thread == cellThread);   // the kernel, on an interrupt request
 * CellInterrupts.checkpoint();   // on cellThread: throws CellInterruptedError; on any other thread: returns
 * CellInterrupts.checkpoint();   // on cellThread again: returns, the request was used up
 * }</pre>
 */
public final class CellInterrupts {

    /** Which threads to stop at their next checkpoint; {@code null} when no interrupt is pending. */
    private static volatile Predicate<Thread> pendingStop;

    private CellInterrupts() {
    }

    /**
     * Asks the threads that run the current cell to stop at their next checkpoint. The first such thread that
     * reaches one throws {@link CellInterruptedError} and uses the request up.
     *
     * @param isCellThread tells the threads that run the interrupted cell from every other thread
     */
    public static void stop(Predicate<Thread> isCellThread) {
        pendingStop = Objects.requireNonNull(isCellThread, "isCellThread 不能为 null");
    }

    /** Withdraws a pending stop request, so that it cannot reach the next cell. */
    public static void clear() {
        pendingStop = null;
    }

    /**
     * Throws {@link CellInterruptedError} if a stop was requested for the current thread's cell. On every other
     * thread, and whenever no interrupt is pending, it costs one volatile read and returns.
     *
     * @throws CellInterruptedError if the current thread runs the cell that the student interrupted
     */
    public static void checkpoint() {
        Predicate<Thread> stop = pendingStop;
        if (stop != null && stop.test(Thread.currentThread())) {
            pendingStop = null;
            throw new CellInterruptedError();
        }
    }
}
