package edu.pyjava.kernel.interrupt;

import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * The check that rewritten cell code runs at every backward jump (the end of each loop iteration), and the switch
 * that the kernel throws when the student presses <em>Interrupt</em>.
 *
 * <p>Python analog: the interpreter's periodic check for a pending {@code KeyboardInterrupt}, which Python raises
 * only in the main thread. Here too only the threads that run the interrupted cell are stopped. The check never
 * looks at a thread's interrupt flag: a worker that a cell started keeps Java's own semantics, so the idiom
 * {@code while (!Thread.currentThread().isInterrupted()) ...} followed by {@code executor.shutdownNow()} ends the
 * loop normally, exactly as in plain Java.
 *
 * <p>An interrupt stops two things: the threads that run cell code at that moment, each at its next checkpoint
 * whenever that comes (so a loop the kernel already reported as interrupted cannot spin on unseen); and the rest of
 * the interrupted cell, whose next statements may not have started yet, until {@link #endRequest()}.
 *
 * <pre>{@code
 * CellInterrupts.stop(List.of(cellThread), isCellThread);   // the kernel, on an interrupt request
 * CellInterrupts.checkpoint();   // on cellThread: throws CellInterruptedError; on a worker thread: returns
 * CellInterrupts.checkpoint();   // on cellThread again: returns, the request was used up
 * }</pre>
 */
public final class CellInterrupts {

    /** Threads that ran cell code when an interrupt came, each to stop at its next checkpoint. */
    private static final Set<Thread> STOPPING = ConcurrentHashMap.newKeySet();

    /** Tells the threads that may run the rest of the interrupted cell; {@code null} outside such a cell. */
    private static volatile Predicate<Thread> restOfCell;

    private CellInterrupts() {
    }

    /**
     * Stops the interrupted cell: each of {@code running} at its next checkpoint, and the first thread that
     * {@code isCellThread} accepts and that reaches a checkpoint before {@link #endRequest()}.
     *
     * @param running the threads that run cell code now
     * @param isCellThread tells the threads that run cells from every other thread
     */
    public static void stop(Collection<Thread> running, Predicate<Thread> isCellThread) {
        Objects.requireNonNull(isCellThread, "isCellThread 不能为 null");
        STOPPING.addAll(running);
        restOfCell = isCellThread;
    }

    /**
     * Ends the interrupted cell's request: a new cell starts, which no earlier interrupt may stop. Threads that
     * were running cell code when the interrupt came still stop at their next checkpoint.
     */
    public static void endRequest() {
        restOfCell = null;
    }

    /**
     * Marks the start of a snippet's code on the current thread (JShell's {@code do_it$}, where the agent inserts
     * this call): whatever the thread ran before has ended, so a stop meant for that is dropped. A thread that was
     * running a cell when the interrupt came, but finished it without reaching a checkpoint (it was asleep, say),
     * must not stop the next cell it runs.
     */
    public static void snippetStarted() {
        if (!STOPPING.isEmpty()) {
            STOPPING.remove(Thread.currentThread());
        }
    }

    /**
     * Throws {@link CellInterruptedError} if the current thread runs the cell that the student interrupted. On
     * every other thread, and whenever no interrupt is pending, it costs two volatile reads and returns.
     *
     * @throws CellInterruptedError if the current thread runs the interrupted cell
     */
    public static void checkpoint() {
        Predicate<Thread> rest = restOfCell;
        if (rest == null && STOPPING.isEmpty()) {
            return;
        }
        Thread current = Thread.currentThread();
        if (STOPPING.remove(current)) {
            throw new CellInterruptedError();
        }
        if (rest != null && rest.test(current)) {
            restOfCell = null;
            throw new CellInterruptedError();
        }
    }
}
