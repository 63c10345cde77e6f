package edu.pyjava.kernel.launcher;

import edu.pyjava.kernel.interrupt.CellInterrupts;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.logging.Logger;
import org.dflib.jjava.jupyter.channels.JupyterConnection;
import org.dflib.jjava.jupyter.channels.ShellHandler;
import org.dflib.jjava.jupyter.messages.MessageType;

/**
 * Routes the student's <em>Interrupt</em> to the one thread that runs the cell, and to no other.
 *
 * <p>JJava answers an interrupt request by interrupting the thread that runs the cell, which ends a {@code sleep} or
 * a {@code join} but not a busy loop; the kernel agent's checkpoints end those ({@link CellInterrupts}). The
 * checkpoints must not act on every interrupted thread: a worker that a cell shut down with
 * {@code shutdownNow()} is interrupted too, and Java promises it a loop that ends normally when it sees its flag.
 * So on an interrupt request this asks JJava's cell threads, and only those, to stop: the ones inside cell code
 * now, whenever they reach a checkpoint, and the rest of the interrupted cell (a statement not yet started). Each
 * execute request ends that, so an interrupt pressed while the kernel was idle cannot stop the next cell.
 *
 * <pre>{@code
 * CellInterruptRouting.install(connection);   // after kernel.becomeHandlerForConnection(connection)
 * }</pre>
 */
final class CellInterruptRouting {

    /**
     * The name JJava 1.0a8 gives the threads that run cells ({@code JJavaExecutionControl}'s pool:
     * {@code jjava-exec-<random>-<n>}). The pool runs nothing else.
     */
    static final String JJAVA_CELL_THREAD_PREFIX = "jjava-exec-";

    /** Tells JJava's cell threads from every other thread. */
    static final Predicate<Thread> IS_CELL_THREAD = thread -> thread.getName().startsWith(JJAVA_CELL_THREAD_PREFIX);

    private static final Logger LOG = Logger.getLogger("CourseKernel");

    private CellInterruptRouting() {
    }

    /**
     * Wraps the connection's interrupt, shutdown and execute handlers: a shutdown also stops a running cell, so the
     * kernel can exit.
     *
     * @param connection the kernel's connection, its handlers installed
     */
    static void install(JupyterConnection connection) {
        before(connection, MessageType.INTERRUPT_REQUEST, () -> {
            List<Thread> running = threadsRunningCellCode();
            LOG.info("interrupt requested: " + running.size() + " thread(s) running cell code stop at their next"
                + " loop check, and so does the rest of the cell");
            CellInterrupts.stop(running, IS_CELL_THREAD);
        });
        before(connection, MessageType.SHUTDOWN_REQUEST, () -> CellInterrupts.stop(threadsRunningCellCode(),
            IS_CELL_THREAD));
        before(connection, MessageType.EXECUTE_REQUEST, CellInterrupts::endRequest);
    }

    /**
     * JJava's cell threads that are inside a snippet's code now. JJava reports an interrupted cell as soon as it has
     * cancelled the cell's task, and the student may start the next cell before the old loop reaches a checkpoint:
     * naming those threads lets them stop even then.
     */
    static List<Thread> threadsRunningCellCode() {
        return Thread.getAllStackTraces().entrySet().stream()
            .filter(entry -> IS_CELL_THREAD.test(entry.getKey()))
            .filter(entry -> Arrays.stream(entry.getValue()).anyMatch(frame -> frame.getClassName().startsWith("REPL.")))
            .map(Map.Entry::getKey)
            .toList();
    }

    private static <T> void before(JupyterConnection connection, MessageType<T> type, Runnable action) {
        ShellHandler<T> handler = connection.getHandler(type);
        if (handler != null) {
            connection.setHandler(type, (reply, message) -> {
                action.run();
                handler.handle(reply, message);
            });
        }
    }
}
