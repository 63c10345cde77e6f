package edu.pyjava.functional;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Ready-made decorators: the ones Python programmers write first ({@code logged}, {@code timed}, {@code retry}),
 * {@code functools.cache} / {@code lru_cache}, and the seed's {@code dec}.
 *
 * <pre>{@code
 * List<String> log = new ArrayList<>();
 * Function1<Integer, Integer> square = x -> x * x;
 * square.decorate(Decorators.logged("square", log::add)).apply(3)   // = 9
 * log                                                                // = [调用 square(3), square(3) 返回 9]
 * }</pre>
 *
 * <p>Parameterized decorators ({@code logged}, {@code timed}, {@code retry}) return a {@link Decorator}, just as
 * Python's {@code @logged("square")} is a call that returns the decorator. Apply one with
 * {@link Function1#decorate(Decorator)}, or several with {@link Decorator#stack}.
 */
public final class Decorators {

    private Decorators() {
    }

    /**
     * Prints each call, its result or its exception to {@code System.out}; see {@link #logged(String, Consumer)}.
     *
     * @param name the name to print for the function
     * @param <T>  the argument type
     * @param <R>  the result type
     * @return the decorator
     */
    public static <T, R> Decorator<T, R> logged(String name) {
        return logged(name, System.out::println);
    }

    /**
     * Reports each call before it runs ({@code 调用 square(3)}), then its result ({@code square(3) 返回 9}) or
     * its exception ({@code square(3) 抛出 IllegalStateException: ...}, and the exception is rethrown).
     *
     * @param name the name to report for the function, not null
     * @param out  where the lines go, not null, e.g. {@code System.out::println} or {@code list::add}
     * @param <T>  the argument type
     * @param <R>  the result type
     * @return the decorator
     */
    public static <T, R> Decorator<T, R> logged(String name, Consumer<String> out) {
        Objects.requireNonNull(name, "logged 的 name 不能为 null");
        Objects.requireNonNull(out, "logged 的输出 out 不能为 null");
        return function -> argument -> {
            String call = describeCall(name, argument);
            out.accept("调用 " + call);
            try {
                R result = function.apply(argument);
                out.accept(call + " 返回 " + result);
                return result;
            } catch (RuntimeException | Error e) {
                out.accept(call + " 抛出 " + describe(e));
                throw e;
            }
        };
    }

    /**
     * Prints how long each call took to {@code System.out}; see {@link #timed(String, Consumer)}.
     *
     * @param name the name to print for the function
     * @param <T>  the argument type
     * @param <R>  the result type
     * @return the decorator
     */
    public static <T, R> Decorator<T, R> timed(String name) {
        return timed(name, System.out::println);
    }

    /**
     * Reports how long each call took, {@code square(3) 用时 0.012 ms}, whether it returned or threw. A first
     * call is often much slower than later ones (class loading, JIT compilation): time several calls.
     *
     * @param name the name to report for the function, not null
     * @param out  where the lines go, not null
     * @param <T>  the argument type
     * @param <R>  the result type
     * @return the decorator
     */
    public static <T, R> Decorator<T, R> timed(String name, Consumer<String> out) {
        Objects.requireNonNull(name, "timed 的 name 不能为 null");
        Objects.requireNonNull(out, "timed 的输出 out 不能为 null");
        return function -> argument -> {
            long started = System.nanoTime();
            try {
                return function.apply(argument);
            } finally {
                out.accept(describeCall(name, argument) + " 用时 " + millis(System.nanoTime() - started));
            }
        };
    }

    /**
     * Calls again when the call fails with one of the given exception types, up to {@code attempts} calls in all.
     * Other exceptions pass straight through. If every attempt fails, the last exception is thrown, with the
     * earlier ones, in order, as its {@linkplain Throwable#getSuppressed() suppressed} exceptions. There is no pause between
     * attempts.
     *
     * <pre>{@code
     * Function1<String, String> fetch = url -> download(url);   // sometimes throws UncheckedIOException
     * fetch.decorate(Decorators.retry(3, UncheckedIOException.class)).apply(url)
     * }</pre>
     *
     * <p>A {@link Function} cannot throw checked exceptions, so only unchecked ones can be retried; wrap checked
     * ones (e.g. {@code IOException} in {@link java.io.UncheckedIOException}).
     *
     * @param attempts how many calls at most, at least 1
     * @param retryOn  the exception types worth another try (subclasses count), at least one
     * @param <T>      the argument type
     * @param <R>      the result type
     * @return the decorator
     * @throws IllegalArgumentException if {@code attempts} is below 1 or no exception type is given
     */
    @SafeVarargs
    public static <T, R> Decorator<T, R> retry(int attempts, Class<? extends RuntimeException>... retryOn) {
        if (attempts < 1) {
            throw new IllegalArgumentException("retry 的次数 (attempts) 至少为 1，实际为 " + attempts);
        }
        Objects.requireNonNull(retryOn, "retry 的异常类型不能为 null");
        if (retryOn.length == 0) {
            throw new IllegalArgumentException("retry 需要至少一个异常类型，例如 retry(3, UncheckedIOException.class)");
        }
        List<Class<? extends RuntimeException>> types = new ArrayList<>();
        for (Class<? extends RuntimeException> type : retryOn) {
            types.add(Objects.requireNonNull(type, "retry 的异常类型中有 null"));
        }
        return function -> argument -> {
            List<RuntimeException> earlierFailures = new ArrayList<>();
            for (int attempt = 1; ; attempt++) {
                try {
                    return function.apply(argument);
                } catch (RuntimeException e) {
                    if (types.stream().noneMatch(type -> type.isInstance(e))) {
                        throw e;
                    }
                    if (attempt == attempts) {
                        earlierFailures.forEach(e::addSuppressed);
                        throw e;
                    }
                    earlierFailures.add(e);
                }
            }
        };
    }

    /**
     * Python's {@code @functools.cache}: remembers every result, so each distinct argument is computed once.
     * Turns an exponential recursive {@code fib} linear, if the recursion calls the memoized function.
     *
     * <pre>{@code
     * Memoized<Integer, Integer> square = Decorators.memoize(n -> n * n);
     * square.apply(3) + square.apply(3)    // = 18
     * square.cacheInfo()                   // = CacheInfo(hits=1, misses=1, maxsize=None, currsize=1)
     * }</pre>
     *
     * @param function the function, not null; it should give the same result for the same argument
     * @param <T>      the argument type
     * @param <R>      the result type
     * @return the memoized function
     */
    public static <T, R> Memoized<T, R> memoize(Function<T, R> function) {
        return Memoized.unbounded(function);
    }

    /**
     * Python's {@code @functools.lru_cache(maxsize)}: remembers at most {@code maxSize} results, dropping the one
     * least recently used.
     *
     * @param maxSize  how many results to keep, at least 1
     * @param function the function, not null
     * @param <T>      the argument type
     * @param <R>      the result type
     * @return the memoized function
     * @throws IllegalArgumentException if {@code maxSize} is below 1
     */
    public static <T, R> Memoized<T, R> lruCache(int maxSize, Function<T, R> function) {
        return Memoized.withMaxSize(maxSize, function);
    }

    /**
     * The seed's decorator {@code dec}, under its seed name: the returned function gives 0 when called with no
     * arguments or with any argument that is not an {@link Integer} (Python's {@code isinstance(val, int)}),
     * and otherwise calls {@code function}.
     *
     * <pre>{@code
     * VarArgsFunction<Integer> mySum = args -> Arrays.stream(args).mapToInt(arg -> (Integer) arg).sum();
     * mySum = dec(mySum);
     * mySum.apply(1, 2, 3)   // = 6
     * mySum.apply(1, "2")    // = 0
     * }</pre>
     *
     * <p>Unlike Python, where {@code True} is an {@code int}, a {@link Boolean} is not an {@link Integer}; nor are
     * {@link Long} and the other number types.
     *
     * @param function the function to guard, not null
     * @return the guarded function: Python's {@code in_dec}
     */
    public static VarArgsFunction<Integer> dec(VarArgsFunction<Integer> function) {
        Objects.requireNonNull(function, "dec 的参数 function 不能为 null");
        return args -> {
            if (args == null || args.length == 0) {
                return 0;
            }
            for (Object value : args) {
                if (!(value instanceof Integer)) {
                    return 0;
                }
            }
            return function.apply(args);
        };
    }

    static String describeCall(String name, Object... arguments) {
        String joined = arguments == null ? ""
            : Arrays.stream(arguments).map(String::valueOf).collect(Collectors.joining(", "));
        return name + "(" + joined + ")";
    }

    static String describe(Throwable error) {
        return error.getClass().getSimpleName() + (error.getMessage() == null ? "" : ": " + error.getMessage());
    }

    static String millis(long nanos) {
        return String.format(Locale.ROOT, "%.3f ms", nanos / 1_000_000.0);
    }
}
