package edu.pyjava.generators;

/**
 * What a coroutine's body yields through and receives from: Python's yield <em>expression</em>
 * {@code n = yield r}, written {@code n = self.yield(r)}.
 *
 * <pre>{@code
 * Coroutine<Integer, Integer> runningTotal = Coroutine.of(self -> {
 *     int total = 0;
 *     while (true) {
 *         total += self.yield(total);   // Python: total += yield total
 *     }
 * });
 * runningTotal.send(null)   // = 0   (starts it, like c.send(None))
 * runningTotal.send(5)      // = 5
 * runningTotal.send(10)     // = 15
 * }</pre>
 *
 * <p>Use it only inside its own body, on the thread running the body.
 *
 * @param <S> the type of the values sent in with {@link Coroutine#send}
 * @param <Y> the type of the values yielded out
 */
public final class CoroutineYielder<S, Y> {

    private final Strand strand;

    CoroutineYielder(Strand strand) {
        this.strand = strand;
    }

    /**
     * Hands {@code value} to the caller of {@code send} and pauses until the next {@code send}:
     * Python's {@code received = yield value}.
     *
     * <p>If the caller uses {@link Coroutine#throwIn} instead, that exception is thrown here; if it
     * {@linkplain Coroutine#close() closes} the coroutine, {@link GeneratorExit} is thrown here.
     *
     * @param value what this {@code send} returns; may be {@code null}
     * @return the value passed to the next {@code send}
     */
    @SuppressWarnings("unchecked") // only Coroutine<S, Y>.send(S) puts values in
    public S yield(Y value) {
        return (S) strand.suspend(value);
    }
}
