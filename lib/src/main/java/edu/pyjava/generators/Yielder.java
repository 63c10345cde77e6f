package edu.pyjava.generators;

import java.util.Iterator;
import java.util.Objects;

/**
 * What a generator's body yields through: the {@code out} in {@code Generator.of(out -> ...)}. Python writes
 * {@code yield a}; Java writes {@code out.yield(a)}.
 *
 * <pre>{@code
 * Generator<String> letters = Generator.of(out -> {
 *     out.yield("a");                       // Python: yield "a"
 *     out.yieldFrom(List.of("b", "c"));     // Python: yield from ["b", "c"]
 * });
 * letters.stream().toList()                 // = [a, b, c]
 * }</pre>
 *
 * <p>({@code yield} is a restricted word in Java only when unqualified, so {@code out.yield(a)} is fine.)
 * Use it only inside its own body, on the thread running the body.
 *
 * @param <T> the type of the values yielded
 */
public final class Yielder<T> {

    private final Strand strand;

    Yielder(Strand strand) {
        this.strand = strand;
    }

    /**
     * Hands {@code value} to the consumer and pauses the body until the consumer asks for the next value:
     * Python's {@code yield value}.
     *
     * <p>If the generator is closed while paused here, this throws {@link GeneratorExit} so that the body's
     * {@code finally} blocks run.
     *
     * @param value the value that {@code next()} will return; may be {@code null}
     * @throws GeneratorExit if the generator is closed meanwhile
     */
    public void yield(T value) {
        strand.suspend(value);
    }

    /**
     * Yields every value of {@code source} in order: Python's {@code yield from source}.
     *
     * <p>If {@code source} is itself a {@link Generator} and this generator is closed in the middle, the inner
     * one is closed too, so both run their {@code finally} blocks (Python does the same). For a stream, pass
     * {@code stream::iterator}.
     *
     * @param source the values to yield, not null
     * @throws NullPointerException if {@code source} is null
     */
    public void yieldFrom(Iterable<? extends T> source) {
        Iterator<? extends T> values = requireSource(source).iterator();
        try {
            while (values.hasNext()) {
                this.yield(values.next());
            }
        } catch (GeneratorExit closing) {
            if (source instanceof Generator<?> inner) {
                inner.close();
            }
            throw closing;
        }
    }

    /** {@code yieldFrom}'s argument check, shared with the state machine's own {@code yieldFrom}. */
    static <S extends Iterable<?>> S requireSource(S source) {
        return Objects.requireNonNull(source, "yieldFrom 的参数不能为 null（Python: yield from None 也会出错）");
    }
}
