package edu.pyjava.itertools;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.BiFunction;
import java.util.function.BinaryOperator;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Python's {@code itertools} module: lazy building blocks for loops, in Python's output order.
 *
 * <p>Every method returns a {@link LazyIterable}: use it in a for-each loop, or call {@code .stream()}. Each
 * iteration starts afresh from the source. Tuples become unmodifiable {@link List}s, pairs of key and run
 * become {@link Group}s.
 *
 * <pre>{@code
 * Itertools.count(10).stream().limit(3).toList()              // = [10, 11, 12]
 * Itertools.accumulate(List.of(1, 2, 3, 4)).toList()          // = [1, 3, 6, 10]
 * Itertools.combinations(List.of("A", "B", "C"), 2).toList()  // = [[A, B], [A, C], [B, C]]
 * }</pre>
 *
 * <p>What the JDK already does, so this class does not wrap it:
 * <ul>
 *   <li>{@code takewhile(pred, it)} is {@link java.util.stream.Stream#takeWhile}, {@code dropwhile} is
 *       {@link java.util.stream.Stream#dropWhile}: {@code count(1).stream().takeWhile(n -> n < 4).toList()}
 *       = [1, 2, 3].</li>
 *   <li>{@code islice} without a step on a stream is {@code stream.skip(start).limit(stop - start)}.</li>
 *   <li>{@code chain(a, b)} of two streams is {@link java.util.stream.Stream#concat}.</li>
 *   <li>{@code repeat(x, n)} as a list is {@link Collections#nCopies(int, Object)};
 *       {@code count(start, step)} as a stream is {@code Stream.iterate(start, n -> n + step)}.</li>
 *   <li>{@code filterfalse}, {@code starmap}, {@code compress} are {@code filter}/{@code map} on a stream.</li>
 * </ul>
 */
public final class Itertools {

    private Itertools() {
    }

    // ---- infinite iterators ----------------------------------------------------------------------------------

    /**
     * Python's {@code count(start)}: start, start + 1, start + 2, ... without end.
     *
     * @param start the first number
     * @return an infinite lazy sequence; bound it with {@code stream().limit(n)} or a {@code break}
     */
    public static LazyIterable<Integer> count(int start) {
        return count(start, 1);
    }

    /**
     * Python's {@code count(start, step)}: start, start + step, ... without end. Past {@link Integer#MAX_VALUE}
     * the numbers wrap around (Java {@code int} arithmetic), where Python's would keep growing.
     *
     * @param start the first number
     * @param step  the distance between numbers, may be negative or 0
     * @return an infinite lazy sequence
     */
    public static LazyIterable<Integer> count(int start, int step) {
        return () -> new Iterator<>() {
            private int next = start;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Integer next() {
                int current = next;
                next += step;
                return current;
            }
        };
    }

    /**
     * Python's {@code cycle(items)}: the elements, then the same elements again, for ever. Like Python, the
     * source is iterated only once; the elements are remembered on the first pass. An empty source gives an
     * empty result (not an endless wait).
     *
     * @param items the elements to repeat, not null
     * @param <T>   the element type
     * @return an infinite lazy sequence, or an empty one if {@code items} is empty
     */
    public static <T> LazyIterable<T> cycle(Iterable<? extends T> items) {
        Objects.requireNonNull(items, "cycle 的参数 items 不能为 null");
        return lazy(() -> new CycleStep<T>(items.iterator()));
    }

    private static final class CycleStep<T> implements Step<T> {
        private final Iterator<? extends T> firstPass;
        private final List<T> saved = new ArrayList<>();
        private int replayPosition = -1;

        CycleStep(Iterator<? extends T> firstPass) {
            this.firstPass = firstPass;
        }

        @Override
        public boolean next(Consumer<? super T> out) {
            if (replayPosition < 0) {
                if (firstPass.hasNext()) {
                    T item = firstPass.next();
                    saved.add(item);
                    out.accept(item);
                    return true;
                }
                replayPosition = 0;
            }
            if (saved.isEmpty()) {
                return false;
            }
            out.accept(saved.get(replayPosition));
            replayPosition = (replayPosition + 1) % saved.size();
            return true;
        }
    }

    /**
     * Python's {@code repeat(item)}: the same object, for ever. The JDK way as a stream:
     * {@code Stream.generate(() -> item)}.
     *
     * @param item the object to repeat, may be null
     * @param <T>  the element type
     * @return an infinite lazy sequence
     */
    public static <T> LazyIterable<T> repeat(T item) {
        return () -> new Iterator<>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public T next() {
                return item;
            }
        };
    }

    /**
     * Python's {@code repeat(item, times)}: the same object {@code times} times; 0 or a negative count gives
     * nothing, as in Python. The JDK way as a list: {@code Collections.nCopies(times, item)}.
     *
     * @param item  the object to repeat, may be null
     * @param times how many times
     * @param <T>   the element type
     * @return a lazy sequence of {@code max(times, 0)} elements
     */
    public static <T> LazyIterable<T> repeat(T item, int times) {
        return () -> Collections.nCopies(Math.max(times, 0), item).iterator();
    }

    // ---- iterators that stop on the shortest input -----------------------------------------------------------

    /**
     * Python's {@code islice(items, stop)}: the first {@code stop} elements. Never reads past them, so it works on
     * infinite sources.
     *
     * @param items the source, not null
     * @param stop  how many elements to take, at least 0
     * @param <T>   the element type
     * @return a lazy sequence of at most {@code stop} elements
     * @throws IllegalArgumentException if {@code stop} is negative (islice has no negative indices)
     */
    public static <T> LazyIterable<T> islice(Iterable<? extends T> items, int stop) {
        return islice(items, 0, stop, 1);
    }

    /**
     * Python's {@code islice(items, start, stop)}: elements {@code start} up to (not including) {@code stop}.
     *
     * @param items the source, not null
     * @param start the first position taken, at least 0
     * @param stop  the first position not taken, at least 0, or {@code null} for "to the end" (Python's None)
     * @param <T>   the element type
     * @return a lazy sequence
     * @throws IllegalArgumentException if {@code start} or {@code stop} is negative
     */
    public static <T> LazyIterable<T> islice(Iterable<? extends T> items, int start, Integer stop) {
        return islice(items, start, stop, 1);
    }

    /**
     * Python's {@code islice(items, start, stop, step)}: every {@code step}-th element from {@code start} up to
     * (not including) {@code stop}. Unlike list slicing, no negative numbers: an iterator cannot count from its
     * end. For Python slicing of lists, strings and arrays see {@code edu.pyjava.slicing.Slice}.
     *
     * <pre>{@code
     * Itertools.islice(Itertools.count(0), 1, 10, 3).toList()   // = [1, 4, 7]
     * }</pre>
     *
     * @param items the source, not null
     * @param start the first position taken, at least 0
     * @param stop  the first position not taken, at least 0, or {@code null} for "to the end"
     * @param step  the distance between taken positions, at least 1
     * @param <T>   the element type
     * @return a lazy sequence
     * @throws IllegalArgumentException if a bound is negative or {@code step} is less than 1
     */
    public static <T> LazyIterable<T> islice(Iterable<? extends T> items, int start, Integer stop, int step) {
        Objects.requireNonNull(items, "islice 的参数 items 不能为 null");
        if (start < 0 || (stop != null && stop < 0)) {
            throw new IllegalArgumentException(
                "islice 的 start 和 stop 必须是 0 或正整数（迭代器不能从末尾倒数），实际为 start=" + start + ", stop=" + stop);
        }
        if (step < 1) {
            throw new IllegalArgumentException("islice 的步长 (step) 必须是正整数，实际为 " + step);
        }
        long end = stop == null ? Long.MAX_VALUE : stop;
        return lazy(() -> new IsliceStep<T>(items.iterator(), start, end, step));
    }

    private static final class IsliceStep<T> implements Step<T> {
        private final Iterator<? extends T> source;
        private final long end;
        private final int step;
        private long position;
        private long wanted;

        IsliceStep(Iterator<? extends T> source, long start, long end, int step) {
            this.source = source;
            this.wanted = start;
            this.end = end;
            this.step = step;
        }

        @Override
        public boolean next(Consumer<? super T> out) {
            if (wanted >= end) {
                return false;
            }
            for (; position < wanted; position++) {
                if (!source.hasNext()) {
                    return false;
                }
                source.next();
            }
            if (!source.hasNext()) {
                return false;
            }
            out.accept(source.next());
            position++;
            wanted += step;
            return true;
        }
    }

    /**
     * Python's {@code chain(a, b, ...)}: all elements of the first source, then of the second, and so on.
     *
     * <pre>{@code
     * Itertools.chain(List.of(1, 2), List.of(), Set.of(3)).toList()   // = [1, 2, 3]
     * }</pre>
     *
     * @param sources the sources, none of them null
     * @param <T>     the element type
     * @return a lazy sequence; each source is iterated only when its turn comes
     */
    @SafeVarargs
    public static <T> LazyIterable<T> chain(Iterable<? extends T>... sources) {
        Objects.requireNonNull(sources, "chain 的参数不能为 null");
        List<Iterable<? extends T>> all = new ArrayList<>();
        for (Iterable<? extends T> source : sources) {
            all.add(Objects.requireNonNull(source, "chain 的参数中有 null"));
        }
        return chainFromIterable(all);
    }

    /**
     * Python's {@code chain.from_iterable(sources)}: flattens a sequence of sequences by one level. On a stream the
     * JDK way is {@code flatMap}: {@code lists.stream().flatMap(List::stream)}.
     *
     * @param sources the sources, not null; they are reached one at a time, so this may be infinite
     * @param <T>     the element type
     * @return a lazy sequence
     */
    public static <T> LazyIterable<T> chainFromIterable(Iterable<? extends Iterable<? extends T>> sources) {
        Objects.requireNonNull(sources, "chainFromIterable 的参数不能为 null");
        return lazy(() -> new ChainStep<T>(sources.iterator()));
    }

    private static final class ChainStep<T> implements Step<T> {
        private final Iterator<? extends Iterable<? extends T>> sources;
        private Iterator<? extends T> current = Collections.emptyIterator();

        ChainStep(Iterator<? extends Iterable<? extends T>> sources) {
            this.sources = sources;
        }

        @Override
        public boolean next(Consumer<? super T> out) {
            while (!current.hasNext()) {
                if (!sources.hasNext()) {
                    return false;
                }
                current = Objects.requireNonNull(sources.next(), "chain 的来源中有 null").iterator();
            }
            out.accept(current.next());
            return true;
        }
    }

    /**
     * Python's {@code groupby(items)}: runs of consecutive equal elements; see {@link #groupBy(Iterable, Function)}.
     *
     * @param items the elements, not null
     * @param <T>   the element type
     * @return a lazy sequence of groups, each keyed by its element
     */
    public static <T> LazyIterable<Group<T, T>> groupBy(Iterable<? extends T> items) {
        return groupBy(items, Function.identity());
    }

    /**
     * Python's {@code itertools.groupby(items, key)}: splits the elements into RUNS of consecutive elements with
     * equal keys ({@link Objects#equals}). It does not gather equal keys from across the input: on unsorted input
     * the same key shows up again in a later group. Sort by the key first to get one group per key, or, for a
     * map from each key to all its elements, use the JDK's {@code Collectors.groupingBy}, which is SQL's
     * GROUP BY, not this.
     *
     * <pre>{@code
     * Itertools.groupBy(List.of(1, 1, 2, 1)).stream().map(Group::key).toList()   // = [1, 2, 1]
     * }</pre>
     *
     * <p>Python hands out each group as an iterator that is spoiled when the outer loop moves on; here each
     * group's elements are collected into an unmodifiable list, so groups can be kept. The outer sequence stays
     * lazy: a group is read only when it is asked for.
     *
     * @param items the elements, not null
     * @param key   computes each element's key, not null; may return null
     * @param <T>   the element type
     * @param <K>   the key type
     * @return a lazy sequence of groups in input order
     */
    public static <T, K> LazyIterable<Group<K, T>> groupBy(Iterable<? extends T> items,
                                                          Function<? super T, ? extends K> key) {
        Objects.requireNonNull(items, "groupBy 的参数 items 不能为 null");
        Objects.requireNonNull(key, "groupBy 的参数 key 不能为 null");
        return lazy(() -> new GroupByStep<T, K>(items.iterator(), key));
    }

    private static final class GroupByStep<T, K> implements Step<Group<K, T>> {
        private final Iterator<? extends T> source;
        private final Function<? super T, ? extends K> key;
        // 预读的下一个元素：读到了，但还没放进任何一组
        private final List<T> pending = new ArrayList<>(1);

        GroupByStep(Iterator<? extends T> source, Function<? super T, ? extends K> key) {
            this.source = source;
            this.key = key;
        }

        @Override
        public boolean next(Consumer<? super Group<K, T>> out) {
            if (pending.isEmpty()) {
                if (!source.hasNext()) {
                    return false;
                }
                pending.add(source.next());
            }
            T first = pending.removeFirst();
            K groupKey = key.apply(first);
            List<T> run = new ArrayList<>();
            run.add(first);
            while (source.hasNext()) {
                T item = source.next();
                if (!Objects.equals(key.apply(item), groupKey)) {
                    pending.add(item);
                    break;
                }
                run.add(item);
            }
            out.accept(new Group<>(groupKey, Collections.unmodifiableList(run)));
            return true;
        }
    }

    /**
     * Python's {@code accumulate(numbers)}: running totals.
     *
     * <pre>{@code
     * Itertools.accumulate(List.of(1, 2, 3, 4)).toList()   // = [1, 3, 6, 10]
     * }</pre>
     *
     * @param numbers the numbers, not null, none of them null
     * @return a lazy sequence of the same length: the sum of the first 1, 2, 3, ... numbers
     */
    public static LazyIterable<Integer> accumulate(Iterable<Integer> numbers) {
        return accumulate(numbers, Integer::sum);
    }

    /**
     * Python's {@code accumulate(items, func)}: running results of a two-argument function; the first result is
     * the first element itself. With {@code Math::max} it gives running maxima.
     *
     * <pre>{@code
     * Itertools.accumulate(List.of(3, 1, 4, 1, 5), Math::max).toList()   // = [3, 3, 4, 4, 5]
     * }</pre>
     *
     * @param items the elements, not null
     * @param func  combines the result so far with the next element, not null
     * @param <T>   the element type
     * @return a lazy sequence as long as {@code items}
     */
    public static <T> LazyIterable<T> accumulate(Iterable<? extends T> items, BinaryOperator<T> func) {
        Objects.requireNonNull(items, "accumulate 的参数 items 不能为 null");
        Objects.requireNonNull(func, "accumulate 的参数 func 不能为 null");
        return lazy(() -> {
            Iterator<? extends T> source = items.iterator();
            if (!source.hasNext()) {
                return out -> false;
            }
            return new AccumulateStep<T, T>(source, func, source.next());
        });
    }

    /**
     * Python's {@code accumulate(items, func, initial=initial)}: starts with {@code initial}, then each running
     * result; one element longer than {@code items}. The result type may differ from the element type, as with
     * the JDK's {@code Stream.reduce(identity, accumulator, combiner)}.
     *
     * <pre>{@code
     * Itertools.accumulate(List.of(1, 2, 3), Integer::sum, 100).toList()   // = [100, 101, 103, 106]
     * Itertools.accumulate(List.<Integer>of(), Integer::sum, 100).toList() // = [100]
     * }</pre>
     *
     * @param items   the elements, not null
     * @param func    combines the result so far with the next element, not null
     * @param initial the first result, may be null
     * @param <T>     the element type
     * @param <R>     the result type
     * @return a lazy sequence one longer than {@code items}
     */
    public static <T, R> LazyIterable<R> accumulate(Iterable<? extends T> items,
                                                   BiFunction<? super R, ? super T, ? extends R> func, R initial) {
        Objects.requireNonNull(items, "accumulate 的参数 items 不能为 null");
        Objects.requireNonNull(func, "accumulate 的参数 func 不能为 null");
        return lazy(() -> new AccumulateStep<T, R>(items.iterator(), func, initial));
    }

    /** Hands out {@code initial}, then each running result of {@code func}. */
    private static final class AccumulateStep<T, R> implements Step<R> {
        private final Iterator<? extends T> source;
        private final BiFunction<? super R, ? super T, ? extends R> func;
        private boolean started;
        private R total;

        AccumulateStep(Iterator<? extends T> source, BiFunction<? super R, ? super T, ? extends R> func, R initial) {
            this.source = source;
            this.func = func;
            this.total = initial;
        }

        @Override
        public boolean next(Consumer<? super R> out) {
            if (started) {
                if (!source.hasNext()) {
                    return false;
                }
                total = func.apply(total, source.next());
            }
            started = true;
            out.accept(total);
            return true;
        }
    }

    // ---- combinatoric iterators ------------------------------------------------------------------------------

    /**
     * Python's {@code product(a, b, ...)}: every way to pick one element from each source, as nested for-loops
     * would, the rightmost source changing fastest. Like Python, the sources are read into lists first; the
     * tuples are made lazily. Size: the product of the sources' sizes; no sources gives one empty tuple.
     *
     * <pre>{@code
     * Itertools.product(List.of("A", "B"), List.of("x", "y")).toList()   // = [[A, x], [A, y], [B, x], [B, y]]
     * }</pre>
     *
     * @param sources the sources, none of them null
     * @param <T>     the element type
     * @return a lazy sequence of unmodifiable lists, one element from each source
     */
    @SafeVarargs
    public static <T> LazyIterable<List<T>> product(Iterable<? extends T>... sources) {
        Objects.requireNonNull(sources, "product 的参数不能为 null");
        List<List<T>> pools = new ArrayList<>();
        for (Iterable<? extends T> source : sources) {
            pools.add(listOf(source, "product"));
        }
        return productOfPools(pools);
    }

    /**
     * Python's {@code product(items, repeat=n)}: every sequence of {@code repeat} elements drawn from
     * {@code items} with replacement, like {@code repeat} nested loops over the same source.
     *
     * <pre>{@code
     * Itertools.product(List.of(0, 1), 2).toList()   // = [[0, 0], [0, 1], [1, 0], [1, 1]]
     * }</pre>
     *
     * @param items  the source, not null
     * @param repeat how many positions, at least 0
     * @param <T>    the element type
     * @return a lazy sequence of {@code size ^ repeat} unmodifiable lists
     * @throws IllegalArgumentException if {@code repeat} is negative
     */
    public static <T> LazyIterable<List<T>> product(Iterable<? extends T> items, int repeat) {
        if (repeat < 0) {
            throw new IllegalArgumentException("product 的 repeat 不能为负数，实际为 " + repeat);
        }
        return productOfPools(Collections.nCopies(repeat, listOf(items, "product")));
    }

    private static <T> LazyIterable<List<T>> productOfPools(List<List<T>> pools) {
        return lazy(() -> new ProductStep<T>(pools));
    }

    private static final class ProductStep<T> extends IndexStep<T> {
        private final List<List<T>> pools;

        ProductStep(List<List<T>> pools) {
            super(new int[pools.size()], pools.stream().anyMatch(List::isEmpty));
            this.pools = pools;
        }

        @Override
        boolean advance() {
            // 像里程表一样进位：最右边的位置变化最快
            int position = indices.length - 1;
            while (position >= 0 && ++indices[position] == pools.get(position).size()) {
                indices[position] = 0;
                position--;
            }
            return position >= 0;
        }

        @Override
        List<T> tuple() {
            List<T> tuple = new ArrayList<>(indices.length);
            for (int i = 0; i < indices.length; i++) {
                tuple.add(pools.get(i).get(indices[i]));
            }
            return Collections.unmodifiableList(tuple);
        }
    }

    /**
     * Python's {@code permutations(items)}: every ordering of all the elements; see
     * {@link #permutations(Iterable, int)}.
     *
     * @param items the elements, not null
     * @param <T>   the element type
     * @return a lazy sequence of n! unmodifiable lists
     */
    public static <T> LazyIterable<List<T>> permutations(Iterable<? extends T> items) {
        List<T> pool = listOf(items, "permutations");
        return permutationsOfPool(pool, pool.size());
    }

    /**
     * Python's {@code permutations(items, r)}: every ordered choice of {@code r} elements from different
     * positions, in Python's order (lexicographic by position, so sorted input gives sorted output). Elements are
     * told apart by position, not value: repeated values give repeated tuples, as in Python.
     * Count: n! / (n - r)!; r greater than n gives nothing; r = 0 gives one empty tuple.
     *
     * <pre>{@code
     * Itertools.permutations(List.of(1, 2, 3), 2).toList()   // = [[1, 2], [1, 3], [2, 1], [2, 3], [3, 1], [3, 2]]
     * }</pre>
     *
     * @param items the elements, not null
     * @param r     the length of each tuple, at least 0
     * @param <T>   the element type
     * @return a lazy sequence of unmodifiable lists
     * @throws IllegalArgumentException if {@code r} is negative
     */
    public static <T> LazyIterable<List<T>> permutations(Iterable<? extends T> items, int r) {
        if (r < 0) {
            throw new IllegalArgumentException("permutations 的 r 不能为负数，实际为 " + r);
        }
        return permutationsOfPool(listOf(items, "permutations"), r);
    }

    private static <T> LazyIterable<List<T>> permutationsOfPool(List<T> pool, int r) {
        return lazy(() -> new PermutationStep<T>(pool, r));
    }

    /** CPython's algorithm (the equivalent code in the itertools docs), which gives Python's order. */
    private static final class PermutationStep<T> extends IndexStep<T> {
        private final List<T> pool;
        private final int r;
        // cycles[i]：位置 i 还要换几次，才轮到前一个位置变化
        private final int[] cycles;

        PermutationStep(List<T> pool, int r) {
            super(identity(pool.size()), r > pool.size());
            this.pool = pool;
            this.r = r;
            this.cycles = new int[r];
            Arrays.setAll(cycles, i -> pool.size() - i);
        }

        @Override
        boolean advance() {
            int n = pool.size();
            for (int i = r - 1; i >= 0; i--) {
                cycles[i]--;
                if (cycles[i] == 0) {
                    // 把 indices[i] 移到末尾，其后的左移一格
                    int moved = indices[i];
                    System.arraycopy(indices, i + 1, indices, i, n - i - 1);
                    indices[n - 1] = moved;
                    cycles[i] = n - i;
                } else {
                    int j = n - cycles[i];
                    int swap = indices[i];
                    indices[i] = indices[j];
                    indices[j] = swap;
                    return true;
                }
            }
            return false;
        }

        @Override
        List<T> tuple() {
            return pick(pool, indices, r);
        }
    }

    /**
     * Python's {@code combinations(items, r)}: every choice of {@code r} elements from different positions, kept
     * in input order, in Python's order (lexicographic by position). Count: n! / (r! (n - r)!); r greater than n
     * gives nothing; r = 0 gives one empty tuple.
     *
     * <pre>{@code
     * Itertools.combinations(List.of("A", "B", "C", "D"), 2).toList()
     * // = [[A, B], [A, C], [A, D], [B, C], [B, D], [C, D]]
     * }</pre>
     *
     * @param items the elements, not null
     * @param r     the length of each tuple, at least 0
     * @param <T>   the element type
     * @return a lazy sequence of unmodifiable lists
     * @throws IllegalArgumentException if {@code r} is negative
     */
    public static <T> LazyIterable<List<T>> combinations(Iterable<? extends T> items, int r) {
        if (r < 0) {
            throw new IllegalArgumentException("combinations 的 r 不能为负数，实际为 " + r);
        }
        List<T> pool = listOf(items, "combinations");
        return lazy(() -> new CombinationStep<T>(pool, r));
    }

    /** CPython's algorithm: the chosen positions, increasing, advanced like a counter from the right. */
    private static final class CombinationStep<T> extends IndexStep<T> {
        private final List<T> pool;

        CombinationStep(List<T> pool, int r) {
            super(identity(r), r > pool.size());
            this.pool = pool;
        }

        @Override
        boolean advance() {
            int n = pool.size();
            int r = indices.length;
            // 找到最右边还能加一的位置
            int i = r - 1;
            while (i >= 0 && indices[i] == i + n - r) {
                i--;
            }
            if (i < 0) {
                return false;
            }
            indices[i]++;
            for (int j = i + 1; j < r; j++) {
                indices[j] = indices[j - 1] + 1;
            }
            return true;
        }

        @Override
        List<T> tuple() {
            return pick(pool, indices, indices.length);
        }
    }

    /**
     * What product, permutations and combinations share: a row of indices into the pool(s) that moves on to the
     * next tuple on each step.
     */
    private abstract static class IndexStep<T> implements Step<List<T>> {
        final int[] indices;
        private boolean started;
        private boolean done;

        IndexStep(int[] indices, boolean empty) {
            this.indices = indices;
            this.done = empty;
        }

        /** Moves {@link #indices} on to the next tuple; returns {@code false} if there is none. */
        abstract boolean advance();

        /** The tuple the current indices point at. */
        abstract List<T> tuple();

        @Override
        public final boolean next(Consumer<? super List<T>> out) {
            if (done) {
                return false;
            }
            if (started && !advance()) {
                done = true;
                return false;
            }
            started = true;
            out.accept(tuple());
            return true;
        }
    }

    private static int[] identity(int length) {
        int[] indices = new int[length];
        Arrays.setAll(indices, i -> i);
        return indices;
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    private static <T> List<T> pick(List<T> pool, int[] indices, int r) {
        List<T> tuple = new ArrayList<>(r);
        for (int i = 0; i < r; i++) {
            tuple.add(pool.get(indices[i]));
        }
        return Collections.unmodifiableList(tuple);
    }

    private static <T> List<T> listOf(Iterable<? extends T> items, String function) {
        Objects.requireNonNull(items, function + " 的参数不能为 null");
        List<T> list = new ArrayList<>();
        items.forEach(list::add);
        return list;
    }

    /**
     * One step of a lazy sequence: hands the next element to {@code out} and returns {@code true}, or returns
     * {@code false} at the end. The same contract as {@link Spliterator#tryAdvance}.
     */
    @FunctionalInterface
    private interface Step<T> {
        boolean next(Consumer<? super T> out);
    }

    /** A lazy sequence whose every iteration starts from a fresh {@link Step} made by {@code start}. */
    private static <T> LazyIterable<T> lazy(Supplier<Step<T>> start) {
        return () -> {
            Step<T> step = start.get();
            return Spliterators.iterator(new Spliterators.AbstractSpliterator<T>(Long.MAX_VALUE, Spliterator.ORDERED) {
                @Override
                public boolean tryAdvance(Consumer<? super T> action) {
                    return step.next(action);
                }
            });
        };
    }
}
