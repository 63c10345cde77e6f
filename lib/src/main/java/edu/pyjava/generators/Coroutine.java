package edu.pyjava.generators;

import java.io.Serializable;
import java.lang.ref.Cleaner;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * A Python generator used as a coroutine: {@link #send} passes a value in and gets the next yielded value back,
 * so caller and body take turns, each keeping its own state. The seed's producer and consumer:
 *
 * <pre>{@code
 * Coroutine<Integer, String> consumer() {
 *     return Coroutine.of(self -> {
 *         String r = "";
 *         while (true) {
 *             Integer n = self.yield(r);                      // n = yield r
 *             if (n == null || n == 0) {                      // if not n:
 *                 return;                                     //     return
 *             }
 *             System.out.printf("[CONSUMER] Consuming %s...%n", n);
 *             r = "200 OK";
 *         }
 *     });
 * }
 * void produce(Coroutine<Integer, String> c) {
 *     c.send(null);                                           // c.send(None)
 *     int n = 0;
 *     while (n < 5) {
 *         n = n + 1;
 *         System.out.printf("[PRODUCER] Producing %s...%n", n);
 *         String r = c.send(n);                               // r = c.send(n)
 *         System.out.printf("[PRODUCER] Consumer return: %s%n", r);
 *     }
 *     c.close();
 * }
 * produce(consumer());   // prints [PRODUCER] Producing 1... / [CONSUMER] Consuming 1... / ... 15 lines
 * }</pre>
 *
 * <p>The protocol is Python's {@code generator.send}:
 * <ul>
 *   <li>The first call must be {@code send(null)}, which runs the body up to its first yield and returns
 *       the value yielded there (Python's {@code c.send(None)}); sending anything else first is an error.</li>
 *   <li>Each later {@code send(v)} makes that yield return {@code v} and runs to the next yield.</li>
 *   <li>When the body returns, {@code send} throws {@link NoSuchElementException} (Python's
 *       {@code StopIteration}); an exception thrown in the body reaches the caller of {@code send} unchanged,
 *       checked ones too. Either way the coroutine has ended and every later {@code send} says so.</li>
 *   <li>{@link #close()} raises {@link GeneratorExit} at the paused yield, so the body's {@code finally} blocks
 *       run; {@link #throwIn} raises any exception there. An abandoned coroutine is closed after the garbage
 *       collector finds it, so nothing is left behind.</li>
 * </ul>
 *
 * <p>In Java, a producer and consumer on <em>separate threads</em> would use a
 * {@link java.util.concurrent.BlockingQueue}; a coroutine is for taking turns on one thread, as in the seed.
 * Not thread-safe, like Python's.
 *
 * @param <S> the type of the values sent in
 * @param <Y> the type of the values yielded out
 */
public final class Coroutine<S, Y> implements AutoCloseable {

    /**
     * The body of a coroutine: code that yields values and receives what is sent, through {@code self}.
     * {@link Serializable} for the same reason as {@link Generator.Body}: to be rewritten into a state machine.
     *
     * <pre>{@code
     * Coroutine.Body<String, String> echo = self -> { String s = self.yield("ready"); self.yield("echo " + s); };
     * Coroutine<String, String> c = Coroutine.of(echo);
     * c.send(null)   // = "ready"
     * c.send("hi")   // = "echo hi"
     * }</pre>
     *
     * @param <S> the type of the values sent in
     * @param <Y> the type of the values yielded out
     */
    @FunctionalInterface
    public interface Body<S, Y> extends Serializable {

        /**
         * Runs the body; {@link Coroutine} calls it once, at the first {@code send(null)}.
         *
         * @param self where to yield values and receive sent ones
         * @throws Exception anything, passed on unchanged to the caller of {@code send}
         */
        void run(CoroutineYielder<S, Y> self) throws Exception;
    }

    private final Strand strand;
    private Cleaner.Cleanable cleanable;

    private Coroutine(Body<S, Y> body, Backend backend) {
        strand = Strand.create(backend, body, self -> body.run(new CoroutineYielder<>(self)));
    }

    /**
     * Creates a coroutine from its body; nothing runs until the first {@code send(null)}.
     *
     * <pre>{@code
     * Coroutine<Integer, Integer> doubler = Coroutine.of(self -> { int n = 0; while (true) n = 2 * self.yield(n); });
     * doubler.send(null)   // = 0
     * doubler.send(21)     // = 42
     * }</pre>
     *
     * @param body the code to run; not null
     * @param <S> the type of the values sent in
     * @param <Y> the type of the values yielded out
     * @return a new coroutine, not started
     * @throws NullPointerException if {@code body} is null
     */
    public static <S, Y> Coroutine<S, Y> of(Body<S, Y> body) {
        return of(body, Backend.active());
    }

    /** Creates a coroutine on a chosen backend: for tests, which run every behaviour on both. */
    static <S, Y> Coroutine<S, Y> of(Body<S, Y> body, Backend backend) {
        Objects.requireNonNull(body, "协程的 body 不能为 null：请传入 self -> { ... 收到的值 = self.yield(值); ... }");
        return new Coroutine<>(body, backend);
    }

    /**
     * Sends {@code value} in and returns the next yielded value: Python's {@code coroutine.send(value)}.
     *
     * @param value the result of the yield the body is paused at; must be {@code null} for the first call,
     *     which starts the body
     * @return the value of the body's next yield
     * @throws IllegalStateException if the coroutine has not started and {@code value} is not null
     * @throws NoSuchElementException if the body returns instead of yielding, or had already ended:
     *     Python's {@code StopIteration}
     */
    public Y send(S value) {
        switch (strand.state()) {
            case NEW -> {
                if (value != null) {
                    throw new IllegalStateException("生成器尚未启动：请先调用 send(null) 启动它（Python: c.send(None)），"
                        + "才能发送 " + value + "（Python: TypeError: can't send non-None value to a just-started generator）");
                }
            }
            case DONE -> throw finished();
            case SUSPENDED, RUNNING -> { }   // RUNNING is refused by the strand with its own message
        }
        step(value);
        return yieldedOrFinished();
    }

    /**
     * Raises {@code exception} inside the body, at the yield it is paused at: Python's
     * {@code coroutine.throw(exception)} ({@code throw} is a Java keyword). If the body catches it and yields
     * again, that value is returned; if not, the exception comes back out of this call.
     *
     * <pre>{@code
     * Coroutine<String, String> c = Coroutine.of(self -> {
     *     while (true) {
     *         try { self.yield("ok"); } catch (IllegalArgumentException e) { self.yield("caught " + e.getMessage()); }
     *     }
     * });
     * c.send(null)                                      // = "ok"
     * c.throwIn(new IllegalArgumentException("bad"))    // = "caught bad"
     * }</pre>
     *
     * <p>On a coroutine that has not started or has ended, the exception is thrown straight back and the
     * coroutine is ended, as in Python.
     *
     * @param exception what to raise; not null
     * @return the value of the body's next yield
     * @throws NoSuchElementException if the body returns instead of yielding
     */
    public Y throwIn(Throwable exception) {
        Objects.requireNonNull(exception, "throwIn 的参数不能为 null：请传入要在协程里抛出的异常");
        try {
            strand.raiseInside(exception);
        } finally {
            afterStep();
        }
        return yieldedOrFinished();
    }

    /**
     * Ends the coroutine: Python's {@code coroutine.close()}. If the body is paused at a yield,
     * {@link GeneratorExit} is raised there so its {@code finally} blocks run. Does nothing on a coroutine that
     * has not started or has ended; later {@code send}s say it has ended.
     *
     * @throws IllegalStateException if the body yields again after catching {@link GeneratorExit}
     */
    @Override
    public void close() {
        try {
            strand.close();
        } finally {
            afterStep();
        }
    }

    /**
     * Whether the body has returned, failed, or been closed (Python: {@code inspect.getgeneratorstate(c) ==
     * GEN_CLOSED}).
     *
     * <pre>{@code
     * Coroutine<Object, String> once = Coroutine.of(self -> self.yield("only"));
     * once.send(null);   // = "only"
     * once.isDone()      // = false (paused at the yield)
     * }</pre>
     *
     * @return {@code true} once no {@code send} can succeed any more
     */
    public boolean isDone() {
        return strand.state() == Strand.State.DONE;
    }

    /**
     * Which engine runs the body: {@link Backend#STATE_MACHINE} unless the body has a shape it cannot rewrite.
     *
     * <pre>{@code
     * Coroutine.of(self -> self.yield(1)).backend()   // = STATE_MACHINE
     * }</pre>
     *
     * @return the engine chosen when this was created
     */
    public Backend backend() {
        return strand.backend();
    }

    /**
     * Says where the coroutine is.
     *
     * @return for example {@code Coroutine[SUSPENDED]}
     */
    @Override
    public String toString() {
        return "Coroutine[" + strand.state() + "]";
    }

    private void step(S value) {
        try {
            strand.resume(value);
        } finally {
            afterStep();
        }
    }

    @SuppressWarnings("unchecked") // the body could only yield Y: CoroutineYielder<S, Y> is the only way in
    private Y yieldedOrFinished() {
        if (strand.state() == Strand.State.DONE) {
            throw finished();
        }
        return (Y) strand.takeYielded();
    }

    private void afterStep() {
        if (strand.state() == Strand.State.SUSPENDED) {
            if (cleanable == null) {
                cleanable = strand.closeWhenAbandoned(this);
            }
        } else if (strand.state() == Strand.State.DONE && cleanable != null) {
            cleanable.clean();
            cleanable = null;
        }
    }

    private static NoSuchElementException finished() {
        return new NoSuchElementException("协程已结束（StopIteration）：body 已经 return、抛出异常或被 close()");
    }
}
