package edu.pyjava.kernel.launcher;

import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import org.dflib.jjava.jupyter.channels.JupyterConnection;
import org.dflib.jjava.jupyter.channels.ShellChannel;
import org.dflib.jjava.jupyter.channels.ShellReplyEnvironment;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;
import org.dflib.jjava.jupyter.messages.HMACGenerator;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.MessageContext;
import org.dflib.jjava.jupyter.messages.publish.PublishStatus;
import org.dflib.jjava.shaded.org.zeromq.ZMQ;

/**
 * A {@link JupyterConnection} whose shell and control channels wait for requests in a blocking poll
 * ({@link BlockingShellChannel}) instead of JJava's poll-then-sleep-50-ms loop.
 *
 * <p>JJava's shell loop polls its socket without waiting and then sleeps 50 ms, so a request waits 25 ms on
 * average before it is even read. Each request's stdout and stderr are batched into few messages
 * ({@link CoalescingReplyEnvironment}), and the IOPub socket never drops a message. The heartbeat, stdin and IOPub
 * channels are JJava's own.
 *
 * <pre>{@code
 * JupyterConnection connection = new QuickShellConnection(properties);
 * kernel.becomeHandlerForConnection(connection);
 * connection.connect();   // the kernel now answers within about a millisecond of each request
 * }</pre>
 */
public final class QuickShellConnection extends JupyterConnection {

    /**
     * ZeroMQ's "no high-water mark". With the default of 1000 queued messages a PUB socket silently drops what a
     * slow client has not read yet; for Jupyter's IOPub that lost cell output and even the {@code idle} status, and
     * a notebook waited forever. Output is batched ({@link StreamBatcher}), so the queue stays short anyway.
     */
    private static final int UNLIMITED = 0;

    private final KernelConnectionProperties properties;
    private final ZMQ.Context shellContext;
    private final BlockingShellChannel quickShell;
    private final BlockingShellChannel quickControl;
    private boolean connected;

    /**
     * Creates the connection; nothing is bound until {@link #connect()}.
     *
     * @param properties the connection file's contents
     * @throws NoSuchAlgorithmException if the connection's signature scheme is unknown
     * @throws InvalidKeyException if the connection's key is unusable
     */
    public QuickShellConnection(KernelConnectionProperties properties)
            throws NoSuchAlgorithmException, InvalidKeyException {
        super(properties);
        this.properties = properties;
        this.shellContext = ZMQ.context(1);
        HMACGenerator signer = properties.createHMACGenerator();
        this.quickShell = new BlockingShellChannel(shellContext, signer, false, this);
        this.quickControl = new BlockingShellChannel(shellContext, signer, true, this);
    }

    @Override
    public void connect() {
        if (connected) {
            return;
        }
        iopub.setSndHWM(UNLIMITED);   // before bind: the queue of each subscriber's pipe is sized when it connects
        heartbeat.bind(properties);
        quickShell.bind(properties);
        quickControl.bind(properties);
        stdin.bind(properties);
        iopub.bind(properties);
        getIOPub().sendMessage(new Message<>(null, PublishStatus.MESSAGE_TYPE, PublishStatus.STARTING));
        connected = true;
    }

    /** Every request's replies go through a {@link CoalescingReplyEnvironment}: stdout and stderr batched. */
    @Override
    public ShellReplyEnvironment prepareReplyEnv(ShellChannel channel, MessageContext request) {
        return new CoalescingReplyEnvironment(channel, stdin, iopub, request);
    }

    @Override
    public void close() {
        quickShell.close();
        quickControl.close();
        super.close();
        shellContext.close();
    }

    @Override
    public void waitUntilClose() {
        quickShell.waitUntilClose();
        quickControl.waitUntilClose();
        super.waitUntilClose();
    }
}
