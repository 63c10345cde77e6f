package edu.pyjava.kernel.launcher;

import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.dflib.jjava.jupyter.messages.publish.PublishStream.StreamType;

/**
 * Joins a cell's many small writes to stdout and stderr into few stream messages, in the order they were written.
 *
 * <p>JJava sends one message per {@code println}; a cell that prints 20,000 lines sends 20,000 messages, more than
 * Jupyter's IOPub socket queues, and the rest were dropped. Like ipykernel's {@code OutStream}, this keeps what a
 * cell writes and sends it at most {@link #FLUSH_INTERVAL_MILLIS} later, at once when a batch reaches
 * {@link #MAX_BATCH_CHARS}, when the other stream is written, and whenever its owner calls {@link #flush()}
 * (before any other output, the reply and the idle status). Safe for any number of writing threads.
 *
 * <pre>{@code
 * StreamBatcher streams = new StreamBatcher((stream, text) -> send(stream, text));
 * streams.write(StreamType.OUT, "a\n");
 * streams.write(StreamType.OUT, "b\n");
 * streams.flush();   // sends one message: OUT "a\nb\n"
 * }</pre>
 */
final class StreamBatcher {

    /** The longest a write waits before it is sent: short enough that a slow loop's output looks live. */
    static final long FLUSH_INTERVAL_MILLIS = 50;

    /** The most text one message carries; a larger backlog is sent as several. */
    static final int MAX_BATCH_CHARS = 64 * 1024;

    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(
        Thread.ofPlatform().name("course-stream-flush").daemon().factory());

    /** Where a batch goes. */
    @FunctionalInterface
    interface Sink {
        /**
         * Sends one batch.
         *
         * @param stream stdout or stderr
         * @param text what was written, never empty
         */
        void send(StreamType stream, String text);
    }

    private final Sink sink;
    private final StringBuilder pending = new StringBuilder();
    private StreamType pendingStream;
    private ScheduledFuture<?> scheduledFlush;

    /**
     * Creates a batcher that sends to {@code sink}.
     *
     * @param sink receives each batch, on the writing thread, the timer thread or the flushing thread
     */
    StreamBatcher(Sink sink) {
        this.sink = Objects.requireNonNull(sink, "sink");
    }

    /**
     * Keeps {@code text} for the next batch of {@code stream}.
     *
     * @param stream stdout or stderr
     * @param text what was written
     */
    synchronized void write(StreamType stream, String text) {
        if (text.isEmpty()) {
            return;
        }
        if (pendingStream != stream) {
            flush();   // keeps stdout and stderr in the order they were written
            pendingStream = stream;
        }
        pending.append(text);
        if (pending.length() >= MAX_BATCH_CHARS) {
            flush();
        } else if (scheduledFlush == null) {
            scheduledFlush = TIMER.schedule(this::flush, FLUSH_INTERVAL_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    /** Sends what is pending now. */
    synchronized void flush() {
        if (scheduledFlush != null) {
            scheduledFlush.cancel(false);
            scheduledFlush = null;
        }
        if (!pending.isEmpty()) {
            String text = pending.toString();
            pending.setLength(0);
            sink.send(pendingStream, text);
        }
    }
}
