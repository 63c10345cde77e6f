package edu.pyjava.kernel.launcher;

import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import org.dflib.jjava.jupyter.channels.JupyterConnection;
import org.dflib.jjava.jupyter.channels.ShellChannel;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;
import org.dflib.jjava.jupyter.messages.HMACGenerator;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.publish.PublishStatus;
import org.dflib.jjava.shaded.org.zeromq.ZMQ;

/**
 * A {@link JupyterConnection} whose shell and control channels poll every {@code loopSleepMillis} instead of
 * JJava's fixed 50 ms, built with JJava's public {@code ShellChannel(context, hmac, isControl, connection, sleep)}.
 *
 * <p>JJava's shell loop polls its socket without waiting and then sleeps 50 ms, so a request waits 25 ms on
 * average before it is even read; a cell's round trip was 80 ms where JShell needs 10-20. The heartbeat, stdin
 * and IOPub channels are JJava's own.
 *
 * <pre>{@code
 * JupyterConnection connection = new QuickShellConnection(properties, 1);
 * kernel.becomeHandlerForConnection(connection);
 * connection.connect();   // the kernel now answers within about a millisecond of each request
 * }</pre>
 */
public final class QuickShellConnection extends JupyterConnection {

    private final KernelConnectionProperties properties;
    private final ZMQ.Context shellContext;
    private final ShellChannel quickShell;
    private final ShellChannel quickControl;
    private boolean connected;

    /**
     * Creates the connection; nothing is bound until {@link #connect()}.
     *
     * @param properties the connection file's contents
     * @param loopSleepMillis how long the shell and control loops sleep between two polls
     * @throws NoSuchAlgorithmException if the connection's signature scheme is unknown
     * @throws InvalidKeyException if the connection's key is unusable
     */
    public QuickShellConnection(KernelConnectionProperties properties, long loopSleepMillis)
            throws NoSuchAlgorithmException, InvalidKeyException {
        super(properties);
        if (loopSleepMillis < 0) {
            throw new IllegalArgumentException("loopSleepMillis 不能为负数：" + loopSleepMillis);
        }
        this.properties = properties;
        this.shellContext = ZMQ.context(1);
        HMACGenerator signer = properties.createHMACGenerator();
        this.quickShell = new ShellChannel(shellContext, signer, false, this, loopSleepMillis);
        this.quickControl = new ShellChannel(shellContext, signer, true, this, loopSleepMillis);
    }

    @Override
    public void connect() {
        if (connected) {
            return;
        }
        heartbeat.bind(properties);
        quickShell.bind(properties);
        quickControl.bind(properties);
        stdin.bind(properties);
        iopub.bind(properties);
        getIOPub().sendMessage(new Message<>(null, PublishStatus.MESSAGE_TYPE, PublishStatus.STARTING));
        connected = true;
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
