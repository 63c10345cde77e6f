package edu.pyjava.functional;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A two-argument function that is a {@link BiFunction} and can also be {@linkplain #curried() curried},
 * {@linkplain #partial(Object) partially applied} and {@linkplain #memoized() memoized}, in the spirit of Vavr's
 * {@code Function2}.
 *
 * <pre>{@code
 * Function2<Integer, Integer, Integer> power = (base, exp) -> (int) Math.pow(base, exp);
 * power.partial(2).apply(10)             // = 1024     Python: partial(power, 2)(10)
 * power.curried().apply(3).apply(2)      // = 9        Python: (lambda b: lambda e: power(b, e))(3)(2)
 * Function2.of(Integer::sum).andThen(n -> n * 10).apply(1, 2)   // = 30
 * }</pre>
 *
 * @param <T> the first argument's type
 * @param <U> the second argument's type
 * @param <R> the result type
 */
@FunctionalInterface
public interface Function2<T, U, R> extends BiFunction<T, U, R> {

    /**
     * Wraps a JDK {@link BiFunction} (or a method reference such as {@code Integer::sum}).
     *
     * @param function the function, not null
     * @param <T>      the first argument's type
     * @param <U>      the second argument's type
     * @param <R>      the result type
     * @return the same function as a {@code Function2} (itself if it already is one)
     */
    static <T, U, R> Function2<T, U, R> of(BiFunction<T, U, R> function) {
        Objects.requireNonNull(function, "function 不能为 null");
        return function instanceof Function2<T, U, R> already ? already : function::apply;
    }

    /**
     * Currying (柯理化): one argument at a time, {@code f.curried().apply(a).apply(b)} = {@code f.apply(a, b)}.
     *
     * @return a function that takes the first argument and returns a function of the second
     */
    default Function1<T, Function1<U, R>> curried() {
        return first -> second -> apply(first, second);
    }

    /**
     * {@code functools.partial(f, first)}: fixes the first argument.
     *
     * @param first the first argument, may be null
     * @return a function of the second argument
     */
    default Function1<U, R> partial(T first) {
        return second -> apply(first, second);
    }

    /**
     * {@code functools.partial(f, first, second)}: fixes both arguments, leaving a function of none.
     *
     * @param first  the first argument, may be null
     * @param second the second argument, may be null
     * @return a function of no arguments
     */
    default Supplier<R> partial(T first, U second) {
        return () -> apply(first, second);
    }

    /**
     * First this function, then {@code after} on its result.
     *
     * @param after the function applied to the result, not null
     * @param <V>   the final result type
     * @return the composed function
     */
    @Override
    default <V> Function2<T, U, V> andThen(Function<? super R, ? extends V> after) {
        Objects.requireNonNull(after, "andThen 的参数不能为 null");
        return (first, second) -> after.apply(apply(first, second));
    }

    /**
     * {@code functools.cache}: remembers the result for each pair of arguments (compared with {@code equals};
     * nulls allowed).
     *
     * @return the memoized function
     */
    default Function2<T, U, R> memoized() {
        LruCache<List<Object>, R> cache = LruCache.unbounded();
        return (first, second) -> cache.get(Arrays.asList(first, second), key -> apply(first, second));
    }
}
