package edu.pyjava.kernel.interrupt;

/**
 * The check that rewritten cell code runs at every backward jump (the end of each loop iteration).
 *
 * <p>Python analog: the interpreter's periodic check for a pending {@code KeyboardInterrupt}.
 *
 * <pre>{@code
 * Thread.currentThread().interrupt();
 * CellInterrupts.checkpoint();   // throws CellInterruptedError
 * CellInterrupts.checkpoint();   // returns: the interrupt was consumed
 * }</pre>
 */
public final class CellInterrupts {

    private CellInterrupts() {
    }

    /**
     * Throws {@link CellInterruptedError} if the current thread was interrupted, and clears that interrupt.
     *
     * @throws CellInterruptedError if the current thread's interrupt flag was set
     */
    public static void checkpoint() {
        if (Thread.interrupted()) {
            throw new CellInterruptedError();
        }
    }
}
