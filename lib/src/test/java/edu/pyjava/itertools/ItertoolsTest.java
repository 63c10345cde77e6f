package edu.pyjava.itertools;

import static edu.pyjava.itertools.Itertools.accumulate;
import static edu.pyjava.itertools.Itertools.chain;
import static edu.pyjava.itertools.Itertools.chainFromIterable;
import static edu.pyjava.itertools.Itertools.combinations;
import static edu.pyjava.itertools.Itertools.count;
import static edu.pyjava.itertools.Itertools.cycle;
import static edu.pyjava.itertools.Itertools.groupBy;
import static edu.pyjava.itertools.Itertools.islice;
import static edu.pyjava.itertools.Itertools.permutations;
import static edu.pyjava.itertools.Itertools.product;
import static edu.pyjava.itertools.Itertools.repeat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ItertoolsTest {

    /** An iterable that can be iterated only once, like a Python iterator, and counts what was read. */
    private static <T> Iterable<T> once(List<T> items, AtomicInteger reads) {
        Iterator<T> it = items.iterator();
        AtomicInteger uses = new AtomicInteger();
        return () -> {
            if (uses.getAndIncrement() > 0) {
                throw new IllegalStateException("iterated twice");
            }
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return it.hasNext();
                }

                @Override
                public T next() {
                    reads.incrementAndGet();
                    return it.next();
                }
            };
        };
    }

    @Test
    void countIsInfiniteWithAStep() {
        assertEquals(List.of(10, 11, 12), count(10).stream().limit(3).toList());
        assertEquals(List.of(5, 3, 1, -1), count(5, -2).stream().limit(4).toList());
    }

    @Test
    void takeWhileFromTheJdkBoundsAnInfiniteCount() {
        assertEquals(List.of(1, 2, 3), count(1).stream().takeWhile(n -> n < 4).toList());
        assertEquals(List.of(4, 5), count(1).stream().dropWhile(n -> n < 4).limit(2).toList());
    }

    @Test
    void cycleRepeatsAndReadsTheSourceOnlyOnce() {
        AtomicInteger reads = new AtomicInteger();
        assertEquals(List.of("a", "b", "a", "b", "a"), cycle(once(List.of("a", "b"), reads)).stream().limit(5).toList());
        assertEquals(2, reads.get());
    }

    @Test
    void cycleOfEmptyIsEmpty() {
        assertEquals(List.of(), cycle(List.of()).toList());
    }

    @Test
    void repeatWithAndWithoutCount() {
        assertEquals(List.of("x", "x", "x"), repeat("x", 3).toList());
        assertEquals(List.of(), repeat("x", 0).toList());
        assertEquals(List.of(), repeat("x", -2).toList());
        assertEquals(List.of(7, 7), repeat(7).stream().limit(2).toList());
    }

    @Test
    void isliceFollowsPython() {
        List<Integer> digits = Range.of(10).toList();
        assertEquals(List.of(0, 1, 2), islice(digits, 3).toList());
        assertEquals(List.of(2, 3), islice(digits, 2, 4).toList());
        assertEquals(List.of(2, 3, 4, 5, 6, 7, 8, 9), islice(digits, 2, null).toList());
        assertEquals(List.of(0, 2, 4, 6, 8), islice(digits, 0, null, 2).toList());
        assertEquals(List.of(1, 4, 7), islice(count(0), 1, 10, 3).toList());
        assertEquals(List.of(), islice(digits, 5, 2).toList());
        assertEquals(List.of(), islice(digits, 20, 30).toList());
        assertEquals(List.of(), islice(List.of(), 3).toList());
    }

    @Test
    void isliceDoesNotReadPastStop() {
        AtomicInteger reads = new AtomicInteger();
        assertEquals(List.of(1, 2), islice(once(List.of(0, 1, 2, 3, 4), reads), 1, 3).toList());
        assertEquals(3, reads.get());
    }

    @Test
    void isliceRejectsNegativeBoundsAndNonPositiveStep() {
        IllegalArgumentException negative = assertThrows(IllegalArgumentException.class, () -> islice(List.of(1), -1));
        assertTrue(negative.getMessage().contains("不能从末尾倒数"), negative.getMessage());
        IllegalArgumentException zeroStep =
            assertThrows(IllegalArgumentException.class, () -> islice(List.of(1), 0, null, 0));
        assertTrue(zeroStep.getMessage().contains("步长"), zeroStep.getMessage());
    }

    @Test
    void chainConcatenatesInOrderAndSkipsEmptySources() {
        assertEquals(List.of(1, 2, 3, 4), chain(List.of(1, 2), List.of(), List.of(3), List.of(4)).toList());
        assertEquals(List.of(), chain().toList());
        assertEquals(List.of("a", "b", "c"), chainFromIterable(List.of(List.of("a"), List.of(), List.of("b", "c"))).toList());
    }

    @Test
    void chainFromIterableIsLazyOverInfiniteSources() {
        assertEquals(List.of(1, 1, 1, 1), chainFromIterable(repeat(List.of(1, 1))).stream().limit(4).toList());
    }

    @Test
    void groupByGroupsOnlyConsecutiveEqualKeysOnUnsortedInput() {
        List<Group<Integer, Integer>> groups = groupBy(List.of(1, 1, 2, 1, 3, 3)).toList();
        assertEquals(List.of(
            new Group<>(1, List.of(1, 1)),
            new Group<>(2, List.of(2)),
            new Group<>(1, List.of(1)),
            new Group<>(3, List.of(3, 3))), groups);
    }

    @Test
    void groupByWithAKeyFunction() {
        List<Group<Character, String>> groups =
            groupBy(List.of("apple", "avocado", "banana", "blueberry", "cherry"), word -> word.charAt(0)).toList();
        assertEquals(List.of('a', 'b', 'c'), groups.stream().map(Group::key).toList());
        assertEquals(List.of("banana", "blueberry"), groups.get(1).items());
    }

    @Test
    void groupByOfEmptyIsEmptyAndNullKeysGroup() {
        assertEquals(List.of(), groupBy(List.of()).toList());
        assertEquals(1, groupBy(List.of("a", "b"), word -> null).toList().size());
    }

    @Test
    void groupByIsLazy() {
        AtomicInteger reads = new AtomicInteger();
        Iterator<Group<Integer, Integer>> groups = groupBy(once(List.of(1, 1, 2, 3), reads)).iterator();
        assertEquals(new Group<>(1, List.of(1, 1)), groups.next());
        assertEquals(3, reads.get(), "reads one element ahead to see the run has ended, no more");
    }

    @Test
    void accumulateSumsByDefault() {
        assertEquals(List.of(1, 3, 6, 10), accumulate(List.of(1, 2, 3, 4)).toList());
        assertEquals(List.of(), accumulate(List.<Integer>of()).toList());
    }

    @Test
    void accumulateWithAFunctionAndAnInitialValue() {
        assertEquals(List.of(3, 3, 4, 4, 5), accumulate(List.of(3, 1, 4, 1, 5), Math::max).toList());
        assertEquals(List.of(100, 101, 103, 106), accumulate(List.of(1, 2, 3), Integer::sum, 100).toList());
        assertEquals(List.of(100), accumulate(List.<Integer>of(), Integer::sum, 100).toList());
        assertEquals(List.of("", "a", "ab"), accumulate(List.of('a', 'b'), (String text, Character c) -> text + c, "").toList());
    }

    @Test
    void productCountAndOrderFollowNestedLoops() {
        assertEquals(List.of(List.of("A", "x"), List.of("A", "y"), List.of("B", "x"), List.of("B", "y")),
            product(List.of("A", "B"), List.of("x", "y")).toList());
        assertEquals(24, product(Range.of(2), Range.of(3), Range.of(4)).stream().count());
        assertEquals(List.of(List.of(0, 0), List.of(0, 1), List.of(1, 0), List.of(1, 1)), product(List.of(0, 1), 2).toList());
        assertEquals(27, product(List.of(1, 2, 3), 3).stream().count());
    }

    @Test
    void productEdgeCases() {
        assertEquals(List.of(List.of()), product().toList(), "no sources: one empty tuple");
        assertEquals(List.of(List.of()), product(List.of(1, 2), 0).toList());
        assertEquals(List.of(), product(List.of(1, 2), List.of()).toList(), "an empty source empties the product");
        assertThrows(IllegalArgumentException.class, () -> product(List.of(1), -1));
    }

    @Test
    void permutationsCountAndOrderMatchPython() {
        // Python: list(permutations([1, 2, 3], 2))
        assertEquals(List.of(List.of(1, 2), List.of(1, 3), List.of(2, 1), List.of(2, 3), List.of(3, 1), List.of(3, 2)),
            permutations(List.of(1, 2, 3), 2).toList());
        // Python: [''.join(p) for p in permutations('ABC')]
        assertEquals(List.of("ABC", "ACB", "BAC", "BCA", "CAB", "CBA"),
            permutations(List.of("A", "B", "C")).stream().map(p -> String.join("", p)).toList());
        assertEquals(120, permutations(Range.of(5)).stream().count());
        assertEquals(60, permutations(Range.of(5), 3).stream().count());
        assertEquals(permutations(Range.of(5), 3).stream().sorted((a, b) -> a.toString().compareTo(b.toString())).toList(),
            permutations(Range.of(5), 3).toList(), "sorted input gives sorted output");
    }

    @Test
    void permutationsEdgeCases() {
        assertEquals(List.of(List.of()), permutations(List.of()).toList());
        assertEquals(List.of(List.of()), permutations(List.of(1, 2), 0).toList());
        assertEquals(List.of(), permutations(List.of(1, 2), 3).toList());
        assertEquals(List.of(List.of(1, 1), List.of(1, 1)), permutations(List.of(1, 1)).toList(), "by position, not value");
        assertThrows(IllegalArgumentException.class, () -> permutations(List.of(1), -1));
    }

    @Test
    void combinationsCountAndOrderMatchPython() {
        // Python: [''.join(c) for c in combinations('ABCD', 2)]
        assertEquals(List.of("AB", "AC", "AD", "BC", "BD", "CD"),
            combinations(List.of("A", "B", "C", "D"), 2).stream().map(c -> String.join("", c)).toList());
        assertEquals(List.of(List.of(0, 1, 2), List.of(0, 1, 3), List.of(0, 2, 3), List.of(1, 2, 3)),
            combinations(Range.of(4), 3).toList());
        assertEquals(252, combinations(Range.of(10), 5).stream().count());
    }

    @Test
    void combinationsEdgeCases() {
        assertEquals(List.of(List.of()), combinations(List.of(1, 2), 0).toList());
        assertEquals(List.of(List.of()), combinations(List.of(), 0).toList());
        assertEquals(List.of(), combinations(List.of(1, 2), 3).toList());
        assertEquals(List.of(List.of(1, 2)), combinations(List.of(1, 2), 2).toList());
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> combinations(List.of(1), -1));
        assertTrue(error.getMessage().contains("r 不能为负数"), error.getMessage());
    }

    @Test
    void combinatoricTuplesAreUnmodifiable() {
        List<Integer> tuple = combinations(List.of(1, 2), 1).iterator().next();
        assertThrows(UnsupportedOperationException.class, () -> tuple.add(3));
    }

    @Test
    void resultsCanBeIteratedAgainFromTheStart() {
        LazyIterable<List<Integer>> pairs = combinations(List.of(1, 2, 3), 2);
        assertEquals(pairs.toList(), pairs.toList());
        LazyIterable<Integer> sums = accumulate(List.of(1, 2));
        assertEquals(List.of(1, 3), sums.toList());
        assertEquals(List.of(1, 3), sums.toList());
    }
}
