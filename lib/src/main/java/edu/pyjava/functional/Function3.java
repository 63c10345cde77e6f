package edu.pyjava.functional;

import java.util.Objects;
import java.util.function.Function;

/**
 * A three-argument function, which the JDK lacks, with {@linkplain #curried() currying} and
 * {@linkplain #partial(Object) partial application}.
 *
 * <pre>{@code
 * Function3<Integer, Integer, Integer, Integer> volume = (length, width, height) -> length * width * height;
 * volume.curried().apply(2).apply(3).apply(4)   // = 24
 * volume.partial(2).apply(3, 4)                 // = 24     Python: partial(volume, 2)(3, 4)
 * volume.partial(2, 3).apply(4)                 // = 24
 * }</pre>
 *
 * @param <T> the first argument's type
 * @param <U> the second argument's type
 * @param <V> the third argument's type
 * @param <R> the result type
 */
@FunctionalInterface
public interface Function3<T, U, V, R> {

    /**
     * Calls the function.
     *
     * @param first  the first argument
     * @param second the second argument
     * @param third  the third argument
     * @return the result
     */
    R apply(T first, U second, V third);

    /**
     * Currying: one argument at a time.
     *
     * @return a function that takes the first argument and returns a function of the second, and so on
     */
    default Function1<T, Function1<U, Function1<V, R>>> curried() {
        return first -> second -> third -> apply(first, second, third);
    }

    /**
     * {@code functools.partial(f, first)}: fixes the first argument.
     *
     * @param first the first argument, may be null
     * @return a function of the other two
     */
    default Function2<U, V, R> partial(T first) {
        return (second, third) -> apply(first, second, third);
    }

    /**
     * {@code functools.partial(f, first, second)}: fixes the first two arguments.
     *
     * @param first  the first argument, may be null
     * @param second the second argument, may be null
     * @return a function of the third
     */
    default Function1<V, R> partial(T first, U second) {
        return third -> apply(first, second, third);
    }

    /**
     * First this function, then {@code after} on its result.
     *
     * @param after the function applied to the result, not null
     * @param <W>   the final result type
     * @return the composed function
     */
    default <W> Function3<T, U, V, W> andThen(Function<? super R, ? extends W> after) {
        Objects.requireNonNull(after, "andThen 的参数不能为 null");
        return (first, second, third) -> after.apply(apply(first, second, third));
    }
}
