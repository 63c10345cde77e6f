package edu.pyjava.functional;

import java.util.LinkedHashMap;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * The store behind every memoized function: a map in least-recently-used order, with Python's counters.
 * Keys and values may be {@code null}. Thread-safe; like Python's {@code lru_cache}, two threads that miss the same
 * key at once may both compute it.
 */
final class LruCache<K, V> {

    private final OptionalInt maxSize;
    // accessOrder = true：每次 get 都把条目移到末尾，所以最前面的就是最久没用的
    private final LinkedHashMap<K, V> entries = new LinkedHashMap<>(16, 0.75f, true);
    private long hits;
    private long misses;

    private LruCache(OptionalInt maxSize) {
        this.maxSize = maxSize;
    }

    static <K, V> LruCache<K, V> unbounded() {
        return new LruCache<>(OptionalInt.empty());
    }

    static <K, V> LruCache<K, V> withMaxSize(int maxSize) {
        if (maxSize < 1) {
            throw new IllegalArgumentException("lru_cache 的 maxSize 至少为 1，实际为 " + maxSize + "；不限大小请用 memoize");
        }
        return new LruCache<>(OptionalInt.of(maxSize));
    }

    V get(K key, Function<? super K, ? extends V> compute) {
        synchronized (this) {
            // 用 containsKey 而不是 get(key) != null：结果本身可能就是 null
            if (entries.containsKey(key)) {
                hits++;
                return entries.get(key);
            }
            misses++;
        }
        // 在锁外计算：递归的记忆化函数（如 fib）会在计算中再次调用 get
        V value = compute.apply(key);
        synchronized (this) {
            entries.put(key, value);
            while (maxSize.isPresent() && entries.size() > maxSize.getAsInt()) {
                entries.pollFirstEntry();
            }
        }
        return value;
    }

    synchronized CacheInfo info() {
        return new CacheInfo(hits, misses, maxSize, entries.size());
    }

    synchronized void clear() {
        entries.clear();
        hits = 0;
        misses = 0;
    }
}
