package edu.pyjava.functional;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * A decorator: a function that takes a function and returns a new one, usually a wrapper that runs code around
 * the call. Python's {@code @d} above {@code def f} means {@code f = d(f)}; in Java, {@code f = d.apply(f)}.
 *
 * <pre>{@code
 * Decorator<Integer, Integer> twice = f -> x -> f.apply(f.apply(x));
 * Function1<Integer, Integer> addThree = x -> x + 3;
 * addThree.decorate(twice).apply(1)   // = 7
 * }</pre>
 *
 * <p>Stacked decorators apply bottom-up: {@code @a @b def f} is {@code a(b(f))}, so {@code a}'s wrapper is the
 * outer one and runs first. {@link #stack(Decorator[])} takes them in the order they would be written above
 * {@code def}, top to bottom, and means the same thing.
 *
 * @param <T> the argument type of the decorated function
 * @param <R> the result type of the decorated function
 */
@FunctionalInterface
public interface Decorator<T, R> extends UnaryOperator<Function<T, R>> {

    /**
     * Several decorators as one, listed the way they would be stacked above a Python {@code def}, TOP first:
     *
     * <pre>{@code
     * // Python:            Java:
     * // @outer             square.decorate(Decorator.stack(outer, inner))
     * // @inner             = outer.apply(inner.apply(square))
     * // def square(x): ...
     * }</pre>
     *
     * @param topToBottom the decorators, the outermost first; none of them null
     * @param <T>         the argument type
     * @param <R>         the result type
     * @return a decorator that applies the last one first and the first one last
     */
    @SafeVarargs
    static <T, R> Decorator<T, R> stack(Decorator<T, R>... topToBottom) {
        Objects.requireNonNull(topToBottom, "stack 的参数不能为 null");
        List<Decorator<T, R>> decorators = new ArrayList<>();
        for (Decorator<T, R> decorator : topToBottom) {
            decorators.add(Objects.requireNonNull(decorator, "stack 的参数中有 null"));
        }
        return function -> {
            Function<T, R> decorated = function;
            // 离 def 最近的（列表最后一个）最先包装
            for (Decorator<T, R> decorator : decorators.reversed()) {
                decorated = decorator.apply(decorated);
            }
            return decorated;
        };
    }
}
