package edu.pyjava.itertools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RangeTest {

    @Test
    void negativeStepCountsDownAndStopsBeforeStop() {
        assertEquals(List.of(10, 7, 4, 1), Range.of(10, 0, -3).toList());
        assertEquals(List.of(5, 4, 3, 2, 1, 0), Range.of(5, -1, -1).toList());
    }

    @Test
    void stepThatDoesNotDivideTheDistanceStopsBeforeStop() {
        assertEquals(List.of(0, 3, 6, 9), Range.of(0, 10, 3).toList());
        assertEquals(4, Range.of(0, 10, 3).size());
    }

    @Test
    void rangesThatCannotReachStopAreEmpty() {
        assertTrue(Range.of(0).isEmpty());
        assertTrue(Range.of(-5).isEmpty());
        assertTrue(Range.of(3, 3).isEmpty());
        assertTrue(Range.of(5, 1).isEmpty(), "positive step cannot count down");
        assertTrue(Range.of(1, 5, -1).isEmpty(), "negative step cannot count up");
        assertEquals(List.of(), Range.of(1, 5, -1).toList());
        assertEquals(0, Range.of(1, 5, -1).intStream().count());
    }

    @Test
    void stepZeroIsRejectedWithAClearMessage() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> Range.of(0, 10, 0));
        assertTrue(error.getMessage().contains("步长 (step) 不能为 0"), error.getMessage());
    }

    @Test
    void worksInForEachWithUnboxing() {
        List<Integer> seen = new ArrayList<>();
        for (int i : Builtins.range(10, 0, -3)) {
            seen.add(i);
        }
        assertEquals(List.of(10, 7, 4, 1), seen);
    }

    @Test
    void intStreamMatchesIteration() {
        assertEquals(10, Range.of(5).intStream().sum());
        assertEquals(List.of(10, 7, 4, 1), Range.of(10, 0, -3).intStream().boxed().toList());
        assertEquals(List.of(1, 2, 3), Range.of(1, 4).stream().toList());
    }

    @Test
    void canBeIteratedTwice() {
        Range range = Range.of(3);
        assertEquals(range.toList(), range.toList());
    }

    @Test
    void containsAndGetFollowPython() {
        Range odds = Range.of(1, 10, 2);
        assertTrue(odds.contains(9));
        assertFalse(odds.contains(10));
        assertFalse(odds.contains(-1));
        assertTrue(Range.of(10, 0, -3).contains(4));
        assertFalse(Range.of(10, 0, -3).contains(0));
        assertEquals(1, odds.get(0));
        assertEquals(9, odds.get(-1));
        IndexOutOfBoundsException error = assertThrows(IndexOutOfBoundsException.class, () -> odds.get(5));
        assertTrue(error.getMessage().contains("下标越界"), error.getMessage());
        assertThrows(IndexOutOfBoundsException.class, () -> odds.get(-6));
    }

    @Test
    void extremeBoundsDoNotOverflow() {
        Range wide = Range.of(Integer.MIN_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE);
        assertEquals(List.of(Integer.MIN_VALUE, -1, Integer.MAX_VALUE - 1), wide.toList());
        ArithmeticException error = assertThrows(ArithmeticException.class,
            () -> Range.of(Integer.MIN_VALUE, Integer.MAX_VALUE).size());
        assertTrue(error.getMessage().contains("range 太长"), error.getMessage());
    }

    @Test
    void equalityComparesTheNumbersLikePython() {
        assertEquals(Range.of(0), Range.of(5, 5));
        assertEquals(Range.of(0, 3, 5), Range.of(0, 1));
        assertEquals(Range.of(0, 3, 5).hashCode(), Range.of(0, 1).hashCode());
        assertNotEquals(Range.of(0, 4, 2), Range.of(0, 4));
    }

    @Test
    void printsLikePython() {
        assertEquals("range(0, 5)", Range.of(5).toString());
        assertEquals("range(10, 0, -3)", Range.of(10, 0, -3).toString());
    }
}
