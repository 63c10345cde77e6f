package edu.pyjava.kernel.launcher;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.dflib.jjava.jupyter.channels.JupyterConnection;
import org.dflib.jjava.jupyter.channels.ShellHandler;
import org.dflib.jjava.jupyter.messages.MessageType;
import org.dflib.jjava.kernel.JavaKernel;

/**
 * Readies JShell — the course classpath, the kernel extensions, the start-up imports — on a background thread,
 * while the kernel already answers Jupyter.
 *
 * <p>Most of a Java kernel's start-up is javac warming up on the first snippets it compiles. JJava does that before
 * it connects, so the notebook shows "connecting" for the whole time. The course kernel connects first and warms
 * up at the same time; the requests that need JShell (run a cell, complete, inspect, is-complete) wait until it is
 * done, so they see exactly the kernel that JJava's own order would give. A student who opens a notebook reads the
 * first cells while this runs; "Run All" right away waits as long as before, never longer.
 *
 * <pre>{@code
 * BackgroundStartup startup = BackgroundStartup.begin(kernel, environment);
 * kernel.becomeHandlerForConnection(connection);
 * startup.guard(connection);   // cells now wait for the warm-up
 * }</pre>
 */
final class BackgroundStartup {

    /** The requests whose handlers use JShell; kernel_info, history, shutdown and interrupt do not. */
    static final List<MessageType<?>> JSHELL_REQUESTS = List.of(MessageType.EXECUTE_REQUEST,
        MessageType.COMPLETE_REQUEST, MessageType.INSPECT_REQUEST, MessageType.IS_COMPLETE_REQUEST);

    private static final Logger LOG = Logger.getLogger("CourseKernel");

    private final CountDownLatch finished = new CountDownLatch(1);
    private final ClassIndexing indexing;
    private volatile StartupFailure failure;

    private BackgroundStartup(ClassIndexing indexing) {
        this.indexing = indexing;
    }

    /**
     * Starts the warm-up: adds the course classpath (which also installs the kernel extensions found on it and
     * JJava's own), holds back JShell's class-path indexing, runs {@code onStartup}, then evaluates the start-up
     * snippets.
     *
     * <p>The classpath comes before the first snippet on purpose: javac then indexes the course jars once,
     * instead of once for JJava's own start-up imports and again after the classpath changes.
     *
     * @param kernel the kernel, built but not yet started
     * @param environment where the classpath and the start-up snippets come from
     * @return the running warm-up
     */
    static BackgroundStartup begin(JavaKernel kernel, KernelEnvironment environment) {
        BackgroundStartup startup = new BackgroundStartup(new ClassIndexing(kernel.getJShell()));
        Thread.ofPlatform().name("course-startup").daemon().start(() -> startup.run(kernel, environment));
        return startup;
    }

    private void run(JavaKernel kernel, KernelEnvironment environment) {
        long started = System.nanoTime();
        try {
            // The class path first, before anything makes JShell create its source analysis: that starts JShell's
            // indexer thread, which reads javac's class-path setting without a lock while addToClasspath writes it,
            // and javac could then keep the old, empty class path (the start-up imports were REJECTED once in ~30
            // kernels under load, and CI once ran a whole notebook that way).
            kernel.addToClasspath(environment.classpath());
            indexing.holdBack();
            kernel.onStartup();
            environment.startupSnippets().forEach(snippet -> kernel.evalBuilder(snippet).resolveMagics().eval());
            LOG.info("JShell ready in " + (System.nanoTime() - started) / 1_000_000 + " ms (background start-up)");
        } catch (RuntimeException | Error e) {
            // 每个单元格都会收到这个错误，而不是在没有课程类路径的内核里报出让人误会的编译错误
            failure = new StartupFailure(e);
            LOG.log(Level.SEVERE, "the kernel's start-up failed; every cell answers with the cause", e);
        } finally {
            finished.countDown();
        }
    }

    /**
     * Makes the connection's JShell requests wait for the warm-up, and the first completion request start the
     * class-path indexing that the warm-up held back ({@link ClassIndexing}). If the warm-up failed, every cell is
     * answered with a {@link StartupFailure} instead of being run. Call it after
     * {@link JavaKernel#becomeHandlerForConnection(JupyterConnection)}, before the connection starts.
     *
     * @param connection the kernel's connection, its handlers installed
     */
    void guard(JupyterConnection connection) {
        JSHELL_REQUESTS.forEach(type -> guard(connection, type));
    }

    private <T> void guard(JupyterConnection connection, MessageType<T> type) {
        ShellHandler<T> handler = connection.getHandler(type);
        if (handler != null) {
            boolean completion = type == MessageType.COMPLETE_REQUEST;
            boolean execution = type == MessageType.EXECUTE_REQUEST;
            connection.setHandler(type, (reply, message) -> {
                awaitFinished();
                if (completion) {
                    indexing.release();   // completion is what the class-path index is for
                }
                StartupFailure failed = failure;
                if (execution && failed != null) {
                    failed.reply(reply);
                } else {
                    handler.handle(reply, message);
                }
            });
        }
    }

    /** Blocks until the warm-up has finished, successfully or not. */
    private void awaitFinished() {
        boolean interrupted = false;
        while (true) {
            try {
                finished.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
