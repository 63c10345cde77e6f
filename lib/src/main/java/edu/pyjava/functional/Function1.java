package edu.pyjava.functional;

import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A one-argument function that is a {@link Function} and can also be {@linkplain #memoized() memoized},
 * {@linkplain #partial(Object) partially applied} and {@linkplain #decorate(Decorator) decorated}, in the spirit
 * of Vavr's {@code Function1}.
 *
 * <p>Python's closure from the seed, {@code set_passline(60)} returning {@code is_pass}, is a method that returns
 * a {@code Function1}:
 *
 * <pre>{@code
 * Function1<Integer, Function1<Integer, Boolean>> setPassline = passline -> score -> score >= passline;
 * Function1<Integer, Boolean> isPass = setPassline.apply(60);
 * isPass.apply(75)                                 // = true
 * isPass.andThen(ok -> ok ? "pass" : "fail").apply(59)   // = "fail"
 * }</pre>
 *
 * <p>Any {@code Function} converts with {@link #of(Function)}; a {@code Function1} goes wherever a
 * {@code Function} is expected.
 *
 * @param <T> the argument type
 * @param <R> the result type
 */
@FunctionalInterface
public interface Function1<T, R> extends Function<T, R> {

    /**
     * Wraps a JDK {@link Function} (or a method reference) so it gains the methods of this type:
     * {@code Function1.of(String::length).apply("abc")} = 3.
     *
     * @param function the function, not null
     * @param <T>      the argument type
     * @param <R>      the result type
     * @return the same function as a {@code Function1} (itself if it already is one)
     */
    static <T, R> Function1<T, R> of(Function<T, R> function) {
        Objects.requireNonNull(function, "function 不能为 null");
        return function instanceof Function1<T, R> already ? already : function::apply;
    }

    /**
     * First this function, then {@code after} on its result: {@code f.andThen(g)} is Python's
     * {@code lambda x: g(f(x))}.
     *
     * @param after the function applied to the result, not null
     * @param <V>   the final result type
     * @return the composed function
     */
    @Override
    default <V> Function1<T, V> andThen(Function<? super R, ? extends V> after) {
        Objects.requireNonNull(after, "andThen 的参数不能为 null");
        return argument -> after.apply(apply(argument));
    }

    /**
     * First {@code before}, then this function: {@code f.compose(g)} is Python's {@code lambda x: f(g(x))}.
     *
     * @param before the function applied first, not null
     * @param <V>    the argument type of {@code before}
     * @return the composed function
     */
    @Override
    default <V> Function1<V, R> compose(Function<? super V, ? extends T> before) {
        Objects.requireNonNull(before, "compose 的参数不能为 null");
        return argument -> apply(before.apply(argument));
    }

    /**
     * {@code functools.partial(f, argument)}: fixes the only argument, leaving a function of none.
     *
     * @param argument the argument, may be null
     * @return a supplier that calls this function with {@code argument} each time it is asked
     */
    default Supplier<R> partial(T argument) {
        return () -> apply(argument);
    }

    /**
     * {@code functools.cache(f)}: remembers every result, so each distinct argument is computed once.
     * See {@link Decorators#memoize(Function)}.
     *
     * @return the memoized function, with {@link Memoized#cacheInfo()}
     */
    default Memoized<T, R> memoized() {
        return Decorators.memoize(this);
    }

    /**
     * Applies a decorator: {@code f.decorate(d)} is Python's {@code f = d(f)}, i.e. {@code @d} above
     * {@code def f}. Stack several with {@link Decorator#stack}.
     *
     * @param decorator the decorator, not null
     * @return the decorated function
     */
    default Function1<T, R> decorate(Decorator<T, R> decorator) {
        Objects.requireNonNull(decorator, "decorator 不能为 null");
        return of(decorator.apply(this));
    }
}
