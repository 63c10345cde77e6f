package edu.pyjava.itertools;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * Python's iteration built-ins {@code range}, {@code enumerate} and {@code zip}, made to be imported statically:
 * {@code import static edu.pyjava.itertools.Builtins.*;} then the loops read like Python.
 *
 * <pre>{@code
 * for (int i : range(10, 0, -3)) System.out.print(i + " ");       // prints 10 7 4 1
 * enumerate(List.of("a", "b"), 1).toList()                        // = [Indexed[index=1, value=a], Indexed[index=2, value=b]]
 * zip(List.of(1, 2, 3), List.of("x", "y")).toList()               // = [Pair[first=1, second=x], Pair[first=2, second=y]]
 * }</pre>
 *
 * <p>The JDK's nearest tools: {@code IntStream.range(0, list.size())} for indices, and
 * {@code IntStream.range(0, Math.min(a.size(), b.size())).mapToObj(i -> new Pair<>(a.get(i), b.get(i)))} for
 * zipping two lists; these work on any {@link Iterable}, not only lists, and never read ahead.
 */
public final class Builtins {

    private Builtins() {
    }

    /**
     * {@code range(stop)}; see {@link Range#of(int)}.
     *
     * @param stop the first number not included
     * @return 0, 1, ..., stop - 1
     */
    public static Range range(int stop) {
        return Range.of(stop);
    }

    /**
     * {@code range(start, stop)}; see {@link Range#of(int, int)}.
     *
     * @param start the first number
     * @param stop  the first number not included
     * @return start, ..., stop - 1
     */
    public static Range range(int start, int stop) {
        return Range.of(start, stop);
    }

    /**
     * {@code range(start, stop, step)}; see {@link Range#of(int, int, int)}.
     *
     * @param start the first number
     * @param stop  the number not reached
     * @param step  the distance between numbers, not 0; negative counts down
     * @return the range
     * @throws IllegalArgumentException if {@code step} is 0
     */
    public static Range range(int start, int stop, int step) {
        return Range.of(start, stop, step);
    }

    /**
     * Python's {@code enumerate(items)}: each element with its position, counting from 0.
     *
     * @param items the elements, not null
     * @param <T>   the element type
     * @return a lazy sequence of (index, value) items
     */
    public static <T> LazyIterable<Indexed<T>> enumerate(Iterable<? extends T> items) {
        return enumerate(items, 0);
    }

    /**
     * Python's {@code enumerate(items, start)}: each element with a count that begins at {@code start}.
     *
     * @param items the elements, not null
     * @param start the count given to the first element
     * @param <T>   the element type
     * @return a lazy sequence of (index, value) items
     */
    public static <T> LazyIterable<Indexed<T>> enumerate(Iterable<? extends T> items, int start) {
        Objects.requireNonNull(items, "enumerate 的参数 items 不能为 null");
        return () -> new Iterator<>() {
            private final Iterator<? extends T> source = items.iterator();
            private int index = start;

            @Override
            public boolean hasNext() {
                return source.hasNext();
            }

            @Override
            public Indexed<T> next() {
                return new Indexed<>(index++, source.next());
            }
        };
    }

    /**
     * Python's {@code zip(first, second)}: pairs up the elements in step and stops as soon as EITHER source runs
     * out (the shortest wins; the extra elements of the longer source are never read). For three sources,
     * zip twice: {@code zip(zip(a, b), c)}.
     *
     * @param first  the first source, not null
     * @param second the second source, not null
     * @param <A>    the first source's element type
     * @param <B>    the second source's element type
     * @return a lazy sequence of pairs, as long as the shorter source
     */
    public static <A, B> LazyIterable<Pair<A, B>> zip(Iterable<? extends A> first, Iterable<? extends B> second) {
        Objects.requireNonNull(first, "zip 的第一个参数不能为 null");
        Objects.requireNonNull(second, "zip 的第二个参数不能为 null");
        return () -> new Iterator<>() {
            private final Iterator<? extends A> left = first.iterator();
            private final Iterator<? extends B> right = second.iterator();

            @Override
            public boolean hasNext() {
                return left.hasNext() && right.hasNext();
            }

            @Override
            public Pair<A, B> next() {
                if (!hasNext()) {
                    throw new NoSuchElementException("zip 已经遍历完了：较短的一方没有元素了");
                }
                return new Pair<>(left.next(), right.next());
            }
        };
    }
}
