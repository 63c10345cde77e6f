package edu.pyjava.functional;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A function of any number of arguments of any type: Python's {@code def f(*args)}. Inside, {@code args} is an
 * {@code Object[]}, just as Python's {@code args} is a tuple of anything; check types with
 * {@code instanceof}, as Python checks them with {@code isinstance}.
 *
 * <p>The seed's {@code my_sum = dec(my_sum)} reads the same in Java:
 *
 * <pre>{@code
 * VarArgsFunction<Integer> mySum = args -> Arrays.stream(args).mapToInt(arg -> (Integer) arg).sum();
 * mySum = Decorators.dec(mySum);
 * mySum.apply(1, 2, 3)      // = 6
 * mySum.apply()             // = 0
 * mySum.apply(1, "2")       // = 0
 * mySum.partial(10).apply(1, 2)   // = 13     Python: partial(my_sum, 10)(1, 2)
 * }</pre>
 *
 * <p>Java checks the number and types of arguments when it compiles; a varargs function gives that up, so keep it
 * for what is truly variadic and prefer {@link Function1} / {@link Function2} / {@link Function3} otherwise.
 * {@link #ofArity(String, int, VarArgsFunction)} puts the count check back, with Python's error.
 *
 * @param <R> the result type
 */
@FunctionalInterface
public interface VarArgsFunction<R> {

    /**
     * Calls the function.
     *
     * <p>Java's varargs pitfall: {@code f.apply(null)} passes NO array (args is {@code null}), not one
     * {@code null} argument; write {@code f.apply((Object) null)} for that.
     *
     * @param args the arguments, in order
     * @return the result
     */
    R apply(Object... args);

    /**
     * A varargs function that insists on exactly {@code arity} arguments, failing like Python's
     * {@code TypeError: add() takes 2 positional arguments but 3 were given}.
     *
     * <pre>{@code
     * VarArgsFunction<Integer> add = VarArgsFunction.ofArity("add", 2, args -> (Integer) args[0] + (Integer) args[1]);
     * add.apply(1, 2)   // = 3
     * add.apply(1)      // throws IllegalArgumentException: add() 需要 2 个参数，实际传入了 1 个
     * }</pre>
     *
     * @param name  the function's name, for the error message
     * @param arity how many arguments it takes, at least 0
     * @param body  the function, called only with exactly {@code arity} arguments
     * @param <R>   the result type
     * @return the checked function
     */
    static <R> VarArgsFunction<R> ofArity(String name, int arity, VarArgsFunction<R> body) {
        Objects.requireNonNull(name, "name 不能为 null");
        Objects.requireNonNull(body, "body 不能为 null");
        if (arity < 0) {
            throw new IllegalArgumentException("参数个数 (arity) 不能为负数，实际为 " + arity);
        }
        return args -> {
            int given = args == null ? 1 : args.length;
            if (given != arity) {
                throw new IllegalArgumentException(name + "() 需要 " + arity + " 个参数，实际传入了 " + given + " 个");
            }
            return body.apply(args);
        };
    }

    /**
     * {@code functools.partial(f, *leading)}: fixes the first arguments; the new function takes the rest.
     * Like Python, the count is not checked here but when the new function is called.
     *
     * @param leading the arguments to fix, in order (a {@code null} array is taken as one {@code null} argument)
     * @return a function that calls this one with {@code leading} followed by its own arguments
     */
    default VarArgsFunction<R> partial(Object... leading) {
        Object[] fixed = leading == null ? new Object[] {null} : leading.clone();
        return rest -> {
            Object[] restArgs = rest == null ? new Object[] {null} : rest;
            Object[] all = Arrays.copyOf(fixed, fixed.length + restArgs.length);
            System.arraycopy(restArgs, 0, all, fixed.length, restArgs.length);
            return apply(all);
        };
    }

    /**
     * First this function, then {@code after} on its result.
     *
     * @param after the function applied to the result, not null
     * @param <V>   the final result type
     * @return the composed function
     */
    default <V> VarArgsFunction<V> andThen(Function<? super R, ? extends V> after) {
        Objects.requireNonNull(after, "andThen 的参数不能为 null");
        return args -> after.apply(apply(args));
    }

    /**
     * {@code functools.cache}: remembers the result for each list of arguments (compared element by element with
     * {@code equals}; nulls allowed; an array passed as ONE argument is compared by identity).
     *
     * @return the memoized function
     */
    default VarArgsFunction<R> memoized() {
        LruCache<List<Object>, R> cache = LruCache.unbounded();
        return args -> {
            Object[] copy = args == null ? new Object[] {null} : args.clone();
            return cache.get(Arrays.asList(copy), key -> apply(copy));
        };
    }
}
