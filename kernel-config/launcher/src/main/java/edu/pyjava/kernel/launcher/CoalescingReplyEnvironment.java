package edu.pyjava.kernel.launcher;

import org.dflib.jjava.jupyter.channels.JupyterSocket;
import org.dflib.jjava.jupyter.channels.ShellChannel;
import org.dflib.jjava.jupyter.channels.ShellReplyEnvironment;
import org.dflib.jjava.jupyter.channels.StdinChannel;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.MessageContext;
import org.dflib.jjava.jupyter.messages.publish.PublishStream;
import org.dflib.jjava.jupyter.messages.publish.PublishStream.StreamType;

/**
 * The reply environment of one request, with its stdout and stderr batched ({@link StreamBatcher}).
 *
 * <p>Every other message of the request — a result, a display, an error, the reply, the idle status, a prompt for
 * input — first sends the pending stream text, so a client sees everything in the order the cell made it, and all
 * of a cell's output before the cell is done. Stream batches go straight to the IOPub socket, so a worker thread that
 * prints never meets the environment's not-thread-safe defer switch.
 *
 * <pre>{@code
 * ShellReplyEnvironment env = new CoalescingReplyEnvironment(shell, stdin, iopub, request);
 * env.writeToStdOut("line 1\n");
 * env.writeToStdOut("line 2\n");
 * env.resolveDeferrals();   // one stream message, then the reply, then idle
 * }</pre>
 */
final class CoalescingReplyEnvironment extends ShellReplyEnvironment {

    private final StreamBatcher streams;

    /**
     * Creates the environment for one request.
     *
     * @param shell the channel the request came on
     * @param stdin the stdin channel, for input prompts
     * @param iopub the IOPub socket
     * @param request the request, the parent of every message sent
     */
    CoalescingReplyEnvironment(ShellChannel shell, StdinChannel stdin, JupyterSocket iopub, MessageContext request) {
        super(shell, stdin, iopub, request);
        this.streams = new StreamBatcher((stream, text) ->
            iopub.sendMessage(new Message<>(request, PublishStream.MESSAGE_TYPE, new PublishStream(stream, text))));
    }

    @Override
    public void writeToStdOut(String text) {
        streams.write(StreamType.OUT, text);
    }

    @Override
    public void writeToStdErr(String text) {
        streams.write(StreamType.ERR, text);
    }

    @Override
    public void publish(Message<?> message) {
        streams.flush();
        super.publish(message);
    }

    @Override
    public void reply(Message<?> message) {
        streams.flush();
        super.reply(message);
    }

    @Override
    public String readFromStdIn(String prompt, boolean isPassword) {
        streams.flush();
        return super.readFromStdIn(prompt, isPassword);
    }

    @Override
    public void resolveDeferrals() {
        streams.flush();
        super.resolveDeferrals();
        streams.flush();   // what a worker thread printed while the reply went out
    }
}
