package edu.pyjava.itertools;

import java.util.List;
import java.util.Objects;

/**
 * One run of consecutive elements that share a key, as yielded by {@link Itertools#groupBy}: the Java form of the
 * {@code (key, group)} pairs of Python's {@code itertools.groupby}.
 *
 * <pre>{@code
 * Itertools.groupBy(List.of("apple", "avocado", "banana"), word -> word.charAt(0)).toList()
 * // = [Group[key=a, items=[apple, avocado]], Group[key=b, items=[banana]]]
 * }</pre>
 *
 * @param key   the key shared by every element of the run, may be {@code null}
 * @param items the elements of the run in their original order; never empty, unmodifiable
 * @param <K>   the key type
 * @param <T>   the element type
 */
public record Group<K, T>(K key, List<T> items) {

    /**
     * Checks the items are present.
     *
     * @param key   the shared key
     * @param items the run's elements, not null
     */
    public Group {
        Objects.requireNonNull(items, "Group 的 items 不能为 null");
    }
}
