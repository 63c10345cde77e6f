package edu.pyjava.functional;

import java.util.Objects;
import java.util.function.Function;

/**
 * A function that remembers its results: Python's {@code @functools.cache} or {@code @functools.lru_cache(maxsize)}.
 * Made by {@link Decorators#memoize(Function)}, {@link Decorators#lruCache(int, Function)} or
 * {@link Function1#memoized()}.
 *
 * <pre>{@code
 * List<Integer> computed = new ArrayList<>();
 * Memoized<Integer, Integer> square = Decorators.lruCache(2, n -> { computed.add(n); return n * n; });
 * square.apply(4) + square.apply(4)   // = 32
 * computed                            // = [4] (the second call was answered from the cache)
 * square.cacheInfo().hits()           // = 1
 * }</pre>
 *
 * <p>A {@code null} argument is a key like any other and a {@code null} result is remembered too (it does not
 * count as "missing"). Arguments are compared with {@code equals}, so they should be immutable: a key changed
 * after it was cached is never found again. With a maximum size, the least recently USED result is dropped first.
 *
 * @param <T> the argument type
 * @param <R> the result type
 */
public final class Memoized<T, R> implements Function1<T, R> {

    private final Function<T, R> function;
    private final LruCache<T, R> cache;

    private Memoized(Function<T, R> function, LruCache<T, R> cache) {
        this.function = Objects.requireNonNull(function, "要记忆化的函数不能为 null");
        this.cache = cache;
    }

    static <T, R> Memoized<T, R> unbounded(Function<T, R> function) {
        return new Memoized<>(function, LruCache.unbounded());
    }

    static <T, R> Memoized<T, R> withMaxSize(int maxSize, Function<T, R> function) {
        return new Memoized<>(function, LruCache.withMaxSize(maxSize));
    }

    /**
     * The remembered result for {@code argument}, computing and remembering it the first time.
     *
     * @param argument the argument, may be null
     * @return the result, may be null
     */
    @Override
    public R apply(T argument) {
        return cache.get(argument, function);
    }

    /**
     * The counters, Python's {@code cache_info()}.
     *
     * @return hits, misses, maximum size and current size
     */
    public CacheInfo cacheInfo() {
        return cache.info();
    }

    /** Forgets every result and resets the counters, Python's {@code cache_clear()}. */
    public void cacheClear() {
        cache.clear();
    }

    /**
     * Already memoized: returns itself rather than caching twice.
     *
     * @return this
     */
    @Override
    public Memoized<T, R> memoized() {
        return this;
    }
}
