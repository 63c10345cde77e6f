package edu.pyjava.kernel.interrupt;

import java.io.Serial;

/**
 * Ends a notebook cell that the user interrupted: the Java counterpart of Python's {@code KeyboardInterrupt}.
 *
 * <p>It is an {@link Error}, not an {@link Exception}, for the same reason that {@code KeyboardInterrupt} is not an
 * {@code Exception} in Python: a cell's {@code catch (Exception e)} must not swallow the user's request to stop.
 *
 * <pre>{@code
 * try { while (true) { } } catch (Exception e) { }   // interrupting still stops it
 * new CellInterruptedError().getMessage()             // = "单元格已被中断 (interrupted)"
 * }</pre>
 */
public final class CellInterruptedError extends Error {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Creates the error with a message that says what happened. */
    public CellInterruptedError() {
        super("单元格已被中断 (interrupted)");
    }
}
