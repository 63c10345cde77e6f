/**
 * Python's iteration built-ins and the {@code itertools} module, for the loops Python learners write.
 *
 * <p>Serves seed points 2 (内置函数 {@code range}), 3 (可迭代对象), 4 (切片 on iterators: {@code islice}),
 * 5 (生成器与迭代器: lazy sequences) and 19 (常用内建模块 {@code itertools}).
 *
 * <ul>
 *   <li>{@link edu.pyjava.itertools.Range}: {@code range(start, stop, step)}, usable in for-each and as an
 *       {@link java.util.stream.IntStream}.</li>
 *   <li>{@link edu.pyjava.itertools.Builtins}: {@code range}, {@code enumerate} and {@code zip}, made for
 *       {@code import static edu.pyjava.itertools.Builtins.*}.</li>
 *   <li>{@link edu.pyjava.itertools.Itertools}: {@code count}, {@code cycle}, {@code repeat}, {@code islice},
 *       {@code chain}, {@code groupby}, {@code accumulate}, {@code product}, {@code permutations},
 *       {@code combinations}.</li>
 *   <li>{@link edu.pyjava.itertools.LazyIterable}: what they return, a plain {@link java.lang.Iterable} that also
 *       offers {@code stream()} and {@code toList()}.</li>
 * </ul>
 *
 * <p>Where the JDK already has the tool, use the JDK: {@code takewhile}/{@code dropwhile} are
 * {@link java.util.stream.Stream#takeWhile} and {@link java.util.stream.Stream#dropWhile}, {@code map}/{@code filter}
 * are {@link java.util.stream.Stream#map} and {@link java.util.stream.Stream#filter}, {@code sorted} is
 * {@link java.util.stream.Stream#sorted()}, {@code reversed} is {@link java.util.List#reversed()} (Java 21).
 */
package edu.pyjava.itertools;
