package edu.pyjava.itertools;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * An {@link Iterable} that computes its elements only when asked, and can also be used as a {@link Stream}.
 *
 * <p>Python's {@code range}, {@code zip} and the {@code itertools} functions are lazy: they produce one element
 * per {@code next()}. Everything in {@code edu.pyjava.itertools} returns this type, which is a plain
 * {@code java.lang.Iterable}, so it works in a for-each loop and anywhere the JDK takes an {@code Iterable};
 * {@link #stream()} and {@link #toList()} save the {@code StreamSupport} boilerplate. Each call to
 * {@link #iterator()} starts again from the beginning (like iterating a Python {@code range} twice).
 *
 * <pre>{@code
 * LazyIterable<Integer> evens = Itertools.count(0, 2);           // Python: count(0, 2)
 * evens.stream().limit(4).toList()                               // = [0, 2, 4, 6]
 * for (int n : Builtins.range(3)) System.out.print(n);           // prints 012
 * }</pre>
 *
 * @param <T> the element type
 */
@FunctionalInterface
public interface LazyIterable<T> extends Iterable<T> {

    /**
     * A sequential stream over the elements, computed as the stream pulls them.
     *
     * <p>Infinite sources ({@code count}, {@code cycle}, {@code repeat} without a count) give infinite streams:
     * bound them with {@link Stream#limit(long)} or {@link Stream#takeWhile}.
     *
     * @return a new stream that starts from the first element
     */
    default Stream<T> stream() {
        return StreamSupport.stream(spliterator(), false);
    }

    /**
     * Collects every element into a new, unmodifiable list, like Python's {@code list(iterable)}.
     *
     * <p>Never call this on an infinite source: it would run until memory runs out.
     * Unlike {@link List#copyOf}, the list may hold {@code null} elements.
     *
     * @return an unmodifiable list of the elements in order
     */
    default List<T> toList() {
        List<T> items = new ArrayList<>();
        forEach(items::add);
        return Collections.unmodifiableList(items);
    }
}
