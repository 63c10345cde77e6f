package edu.pyjava.functional;

import java.util.OptionalInt;

/**
 * A memoized function's counters, Python's {@code f.cache_info()}.
 *
 * <pre>{@code
 * Memoized<Integer, Integer> square = Decorators.lruCache(2, n -> n * n);
 * square.apply(3); square.apply(3); square.apply(4);
 * square.cacheInfo()   // = CacheInfo(hits=1, misses=2, maxsize=2, currsize=2)
 * }</pre>
 *
 * @param hits        calls answered from the cache
 * @param misses      calls that ran the function
 * @param maxSize     how many results are kept at most; empty means no limit (Python's {@code maxsize=None})
 * @param currentSize how many results are kept now
 */
public record CacheInfo(long hits, long misses, OptionalInt maxSize, int currentSize) {

    /**
     * Python's printout, {@code CacheInfo(hits=1, misses=2, maxsize=None, currsize=2)}.
     *
     * @return the counters as Python prints them
     */
    @Override
    public String toString() {
        String max = maxSize.isPresent() ? String.valueOf(maxSize.getAsInt()) : "None";
        return "CacheInfo(hits=" + hits + ", misses=" + misses + ", maxsize=" + max + ", currsize=" + currentSize + ")";
    }
}
