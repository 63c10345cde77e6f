package edu.pyjava.generators;

import java.io.Serializable;
import java.lang.ref.Cleaner;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A Python generator in Java: a body that {@linkplain Yielder#yield yields} values one at a time, paused between
 * them, consumed as an {@link Iterator}, in a for-each loop, or as a {@link Stream}.
 *
 * <pre>{@code
 * // Python: def fibonacci(n): ... yield a ...
 * Generator<Long> fibonacci(int n) {
 *     return Generator.of(out -> {
 *         long a = 0, b = 1;
 *         for (int i = 0; i <= n; i++) {
 *             out.yield(a);
 *             long next = a + b;
 *             a = b;
 *             b = next;
 *         }
 *     });
 * }
 * fibonacci(10).stream().toList()   // = [0, 1, 1, 2, 3, 5, 8, 13, 21, 34, 55]
 * Generator<Long> f = fibonacci(3);
 * f.next()                          // = 0   (Python: next(f))
 * f.next()                          // = 1
 * }</pre>
 *
 * <p>It behaves as Python's does:
 * <ul>
 *   <li><b>Lazy</b>: the body does not start before the first {@link #next()} or {@link #hasNext()}, and runs
 *       only up to the next yield each time. It may be infinite: take what you need with
 *       {@code stream().limit(n)}.</li>
 *   <li><b>Its own iterator</b>: {@link #iterator()} returns this generator, so a second for-each loop
 *       <em>continues</em> where the first stopped; it does not start over. Call the factory again for a fresh
 *       one, as in Python.</li>
 *   <li><b>The end</b>: when the body returns, {@link #hasNext()} is {@code false} and {@link #next()} throws
 *       {@link NoSuchElementException}, Java's {@code StopIteration}.</li>
 *   <li><b>Exceptions</b>: an exception thrown in the body reaches the caller of {@code next()} unchanged, with
 *       its own type, checked ones too (the body may throw any {@code Exception}; {@code next()} rethrows it
 *       without wrapping, since wrapping would hide the type Python shows). Catch a checked one with
 *       {@code catch (Exception e)} and test its type. The generator has then ended.</li>
 *   <li><b>Closing</b>: {@link #close()} (also by try-with-resources, or by closing its {@link #stream()})
 *       raises {@link GeneratorExit} at the paused yield, so the body's {@code finally} blocks run. A generator
 *       abandoned without closing is closed the same way after the garbage collector finds it unreachable
 *       (on a cleaner thread). Nothing is left behind either way: no thread, no pending {@code finally}.</li>
 *   <li><b>Delegation</b>: {@link Yielder#yieldFrom} is {@code yield from}.</li>
 * </ul>
 *
 * <p>Where the JDK already has a lazy sequence, use it: {@code Stream.iterate(new long[] {0, 1}, p -> new long[]
 * {p[1], p[0] + p[1]}).map(p -> p[0])} is also a Fibonacci stream. A generator is for when the sequence is
 * easiest to write as a loop with state, which is what Python's {@code yield} is for.
 *
 * <p>A generator is not thread-safe, like Python's: use it from one thread at a time. How it pauses is chosen
 * by {@link Backend}; all behave the same.
 *
 * @param <T> the type of the values yielded
 */
public final class Generator<T> implements Iterator<T>, Iterable<T>, AutoCloseable {

    /**
     * The body of a generator: code that yields values through {@code out}. It may throw any exception; the
     * consumer receives it from {@code next()}.
     *
     * <p>It is {@link Serializable} only so that the library can find a lambda's code (through the
     * {@code SerializedLambda} the compiler then provides) and rewrite it into a fast state machine; nothing is
     * ever serialized.
     *
     * <pre>{@code
     * Generator.Body<Integer> countdown = out -> { for (int i = 3; i > 0; i--) out.yield(i); };
     * Generator.of(countdown).stream().toList()   // = [3, 2, 1]
     * }</pre>
     *
     * @param <T> the type of the values yielded
     */
    @FunctionalInterface
    public interface Body<T> extends Serializable {

        /**
         * Runs the body; {@link Generator} calls it once, lazily.
         *
         * @param out where to yield values
         * @throws Exception anything, passed on unchanged to the consumer
         */
        void run(Yielder<T> out) throws Exception;
    }

    private final Strand strand;
    /** Set once the body first pauses: only a paused body has finally blocks left to run. */
    private Cleaner.Cleanable cleanable;
    /** Whether a yielded value waits for {@link #next()}: {@link #hasNext()} had to run the body to know. */
    private boolean hasBuffered;

    private Generator(Body<T> body, Backend backend) {
        strand = Strand.create(backend, body, self -> body.run(new Yielder<>(self)));
    }

    /**
     * Creates a generator from its body; nothing runs yet: Python's calling a generator function.
     *
     * <pre>{@code
     * Generator<String> hello = Generator.of(out -> { out.yield("hello"); out.yield("world"); });
     * String.join(" ", hello)   // = "hello world"
     * }</pre>
     *
     * @param body the code to run, yielding through its argument; not null
     * @param <T> the type of the values yielded
     * @return a new generator, not started
     * @throws NullPointerException if {@code body} is null
     */
    public static <T> Generator<T> of(Body<T> body) {
        return of(body, Backend.active());
    }

    /** Creates a generator on a chosen backend: for tests, which run every behaviour on both. */
    static <T> Generator<T> of(Body<T> body, Backend backend) {
        Objects.requireNonNull(body, "生成器的 body 不能为 null：请传入 out -> { ... out.yield(值); ... }");
        return new Generator<>(body, backend);
    }

    /**
     * Whether there is a next value; runs the body up to its next yield if needed. Calling it twice in a row
     * does not skip a value.
     *
     * @return {@code false} once the body has returned or the generator is closed
     */
    @Override
    public boolean hasNext() {
        if (!hasBuffered && strand.state() != Strand.State.DONE) {
            step();
        }
        return hasBuffered;
    }

    /**
     * The next value: runs the body up to its next yield. Python's {@code next(generator)}.
     *
     * @return the yielded value (may be {@code null} if the body yielded {@code null})
     * @throws NoSuchElementException when the body has returned: Python's {@code StopIteration}
     */
    @Override
    @SuppressWarnings("unchecked") // the body could only yield T: Yielder<T> is the only way in
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException("生成器已结束（StopIteration）：body 已经 return，或生成器已 close()");
        }
        hasBuffered = false;
        return (T) strand.takeYielded();
    }

    /**
     * This generator itself, as Python's {@code iter(generator)} is: a second loop continues where the first
     * stopped.
     *
     * <pre>{@code
     * Generator<Integer> g = Generator.of(out -> { out.yield(1); out.yield(2); out.yield(3); });
     * for (int x : g) { if (x == 1) break; }
     * g.next()   // = 2  (the loop did not start over)
     * }</pre>
     *
     * @return {@code this}
     */
    @Override
    public Iterator<T> iterator() {
        return this;
    }

    /**
     * The remaining values as a sequential, ordered stream; closing the stream closes the generator.
     *
     * <pre>{@code
     * try (Stream<Long> first = fibonacci(1_000_000).stream()) {
     *     first.limit(5).toList();   // = [0, 1, 1, 2, 3]
     * }                              // the generator's finally blocks have run
     * }</pre>
     *
     * @return a lazy stream over the values not yet consumed
     */
    public Stream<T> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED), false)
            .onClose(this::close);
    }

    /**
     * Stops the generator early: Python's {@code generator.close()}. If the body is paused at a yield,
     * {@link GeneratorExit} is raised there, so its {@code finally} blocks run now; then {@code hasNext()} is
     * {@code false}. Closing a generator that has not started or has ended does nothing.
     *
     * @throws IllegalStateException if the body yields again after catching {@link GeneratorExit}
     */
    @Override
    public void close() {
        hasBuffered = false;
        strand.takeYielded();
        try {
            strand.close();
        } finally {
            forgetCleaner();
        }
    }

    /**
     * Which engine runs the body: {@link Backend#STATE_MACHINE} unless the body has a shape it cannot rewrite.
     *
     * <pre>{@code
     * Generator.of(out -> out.yield(1)).backend()   // = STATE_MACHINE
     * }</pre>
     *
     * @return the engine chosen when this was created
     */
    public Backend backend() {
        return strand.backend();
    }

    /**
     * Says where the generator is, as Python shows {@code <generator object ...>}.
     *
     * @return for example {@code Generator[SUSPENDED]}
     */
    @Override
    public String toString() {
        return "Generator[" + strand.state() + "]";
    }

    private void step() {
        try {
            strand.resume(null);
        } finally {
            if (strand.state() == Strand.State.SUSPENDED) {
                hasBuffered = true;
                if (cleanable == null) {
                    cleanable = strand.closeWhenAbandoned(this);
                }
            } else {
                forgetCleaner();
            }
        }
    }

    private void forgetCleaner() {
        if (cleanable != null) {
            cleanable.clean();   // the strand is done: its cleaning action does nothing now
            cleanable = null;
        }
    }
}
