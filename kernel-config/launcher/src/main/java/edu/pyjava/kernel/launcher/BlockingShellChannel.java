package edu.pyjava.kernel.launcher;

import org.dflib.jjava.jupyter.channels.JupyterConnection;
import org.dflib.jjava.jupyter.channels.Loop;
import org.dflib.jjava.jupyter.channels.ShellChannel;
import org.dflib.jjava.jupyter.channels.ShellHandler;
import org.dflib.jjava.jupyter.channels.ShellReplyEnvironment;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;
import org.dflib.jjava.jupyter.messages.HMACGenerator;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.shaded.org.zeromq.ZMQ;

/**
 * A shell or control channel that waits for the next request inside the socket poll, so it wakes up the moment a
 * request arrives and costs nothing while the kernel is idle.
 *
 * <p>JJava's own {@link ShellChannel} polls without waiting and then sleeps a fixed time: 50 ms by default, so a
 * request waits 25 ms on average before it is read; a short sleep fixes that but wakes the thread a thousand
 * times a second, about 3% of a core per channel in an idle kernel (a class of 50 idle kernels: 3 cores). This
 * channel binds like JJava's and handles each request exactly as JJava's loop does, through the same public
 * API: the connection's handler for the message type, a reply environment, its deferred replies, shutdown.
 *
 * <pre>{@code
 * ShellChannel shell = new BlockingShellChannel(context, signer, false, connection);
 * shell.bind(properties);   // now answers within a millisecond, and sleeps in the poll while idle
 * }</pre>
 */
final class BlockingShellChannel extends ShellChannel {

    /** The longest the loop stays in one poll: how quickly it notices that it should stop. */
    private static final long POLL_TIMEOUT_MILLIS = 200;

    /** How long {@link #close()} waits for the loop to finish the request it is handling. */
    private static final long CLOSE_WAIT_MILLIS = 2_000;

    private final boolean isControl;
    private final JupyterConnection connection;
    private volatile Loop loop;
    private ZMQ.Poller poller;

    /**
     * Creates the channel; nothing is bound until {@link #bind}.
     *
     * @param context the ZeroMQ context that owns the socket
     * @param signer signs and checks the messages
     * @param isControl {@code true} for the control channel, {@code false} for the shell channel
     * @param connection whose handlers answer the requests
     */
    BlockingShellChannel(ZMQ.Context context, HMACGenerator signer, boolean isControl, JupyterConnection connection) {
        super(context, signer, isControl, connection);
        this.isControl = isControl;
        this.connection = connection;
    }

    @Override
    public void bind(KernelConnectionProperties properties) {
        if (loop != null) {
            throw new IllegalStateException("通道已经绑定（channel already bound）");
        }
        String name = isControl ? "Control" : "Shell";
        int port = isControl ? properties.getControlPort() : properties.getShellPort();
        bind(formatAddress(properties.getTransport(), properties.getIp(), port));
        poller = ctx.poller(1);
        poller.register(this, ZMQ.Poller.POLLIN);
        loop = new Loop(name, 0, () -> {
            if (poller.poll(POLL_TIMEOUT_MILLIS) > 0) {
                handle(readMessage());
            }
        });
        loop.start();
        logger.debug("{} bound, waiting in a blocking poll", name);
    }

    /**
     * Stops the loop and closes the socket on a thread that is not inside the socket's poll: ZeroMQ sockets are not
     * thread-safe, and closing one while another thread polled it made JeroMQ throw at every shutdown. Called from
     * another thread, it waits for the loop to leave its poll (at most {@link #POLL_TIMEOUT_MILLIS}); called from the
     * loop's own thread (a shutdown request handled on this channel), the loop is not polling. A loop still busy
     * with a request after {@link #CLOSE_WAIT_MILLIS} keeps its socket: the process is about to exit anyway.
     */
    @Override
    public synchronized void close() {
        Loop running = loop;
        if (running != null) {
            running.shutdown();
            if (Thread.currentThread() != running && !hasEnded(running)) {
                logger.debug("{} is still handling a request; its socket stays open", running.getName());
                return;
            }
        }
        if (!closed) {
            if (poller != null) {
                poller.close();
            }
            super.close();
        }
    }

    private static boolean hasEnded(Thread thread) {
        try {
            thread.join(CLOSE_WAIT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return !thread.isAlive();
    }

    @Override
    public void waitUntilClose() {
        Loop running = loop;
        if (running != null) {
            try {
                running.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** What JJava's shell loop does with one request. */
    @SuppressWarnings({"unchecked", "rawtypes"}) // the handler is looked up by the message's own type
    private void handle(Message message) {
        ShellHandler handler = connection.getHandler(message.getHeader().getType());
        if (handler == null) {
            logger.warn("Unhandled message: {}", message.getHeader().getType().getName());
            return;
        }
        ShellReplyEnvironment environment = connection.prepareReplyEnv(this, message);
        try {
            handler.handle(environment, message);
        } catch (Exception e) {
            logger.warn("Unhandled exception handling {}. {} - {}", message.getHeader().getType().getName(),
                e.getClass().getSimpleName(), e.getLocalizedMessage());
        } finally {
            environment.resolveDeferrals();
        }
        if (environment.isMarkedForShutdown()) {
            logger.debug("{} shutting down connection as environment was marked for shutdown.", getClass().getName());
            connection.close();
        }
    }
}
