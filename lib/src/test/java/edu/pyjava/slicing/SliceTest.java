package edu.pyjava.slicing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.pyjava.itertools.Range;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class SliceTest {

    private static final List<Character> ABCDE = List.of('a', 'b', 'c', 'd', 'e');

    @ParameterizedTest(name = "\"abcde\"[{0}:{1}:{2}] = \"{3}\"")
    @CsvFileSource(resources = "python-slices.csv")
    void matchesCPythonOnEverySmallSlice(Integer start, Integer stop, Integer step, String python) {
        Slice slice = Slice.of(start, stop, step);

        assertEquals(python, slice.from("abcde"), "String");
        assertEquals(python, slice.from(ABCDE).stream().map(String::valueOf).reduce("", String::concat), "List");
        assertEquals(python, new String(slice.from("abcde".toCharArray())), "char[]");
        assertEquals(python, String.join("", slice.from(new String[] {"a", "b", "c", "d", "e"})), "Object[]");
    }

    @Test
    void examplesFromTheSeed() {
        assertEquals("ell", Slice.of(1, -1).from("hello"));
        assertEquals(List.of(3, 2, 1), Slice.parse("::-1").from(List.of(1, 2, 3)));
        assertEquals(List.of(1, 2), Slice.parse(":2").from(List.of(1, 2, 3)), "start included, stop excluded");
    }

    @Test
    void outOfRangeBoundsAreClampedNotErrors() {
        assertEquals("abc", Slice.of(null, 100).from("abc"));
        assertEquals("abc", Slice.of(-100, 100).from("abc"));
        assertEquals("", Slice.of(10, 20).from("abc"));
        assertEquals("", Slice.of(2, 1).from("abc"), "start after stop gives an empty slice");
        assertEquals("cba", Slice.of(100, -100, -1).from("abc"));
    }

    @Test
    void negativeStepsWalkBackwardsFromTheEnd() {
        assertEquals("edcba", Slice.parse("::-1").from("abcde"));
        assertEquals("eca", Slice.parse("::-2").from("abcde"));
        assertEquals("dcb", Slice.parse("3:0:-1").from("abcde"));
        assertEquals("dc", Slice.parse("-2:-4:-1").from("abcde"));
        assertEquals("", Slice.parse("1:3:-1").from("abcde"), "cannot walk backwards from 1 to 3");
    }

    @Test
    void emptyInputsGiveEmptyResults() {
        assertEquals("", Slice.parse("::-1").from(""));
        assertEquals(List.of(), Slice.of(-3, 3).from(List.of()));
        assertArrayEquals(new int[0], Slice.parse("1:").from(new int[0]));
    }

    @Test
    void stepZeroIsAClearError() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> Slice.of(null, null, 0));
        assertTrue(error.getMessage().contains("步长 (step) 不能为 0"), error.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Slice.parse("::0"));
    }

    @Test
    void parseReadsEveryShapeOfNotation() {
        assertEquals(Slice.of(1, -1), Slice.parse("1:-1"));
        assertEquals(Slice.of(null, null, -1), Slice.parse("::-1"));
        assertEquals(Slice.of(2, null), Slice.parse("2:"));
        assertEquals(Slice.of(null, null), Slice.parse(":"));
        assertEquals(Slice.of(1, 5, 2), Slice.parse(" 1 : 5 : 2 "));
    }

    @Test
    void parseExplainsBadNotation() {
        IllegalArgumentException noColon = assertThrows(IllegalArgumentException.class, () -> Slice.parse("3"));
        assertTrue(noColon.getMessage().contains("start:stop"), noColon.getMessage());
        IllegalArgumentException notNumber = assertThrows(IllegalArgumentException.class, () -> Slice.parse("a:2"));
        assertTrue(notNumber.getMessage().contains("\"a\" 不是整数"), notNumber.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Slice.parse("1:2:3:4"));
        assertThrows(NullPointerException.class, () -> Slice.parse(null));
    }

    @Test
    void listSliceIsACopyNotAView() {
        List<Integer> original = new ArrayList<>(List.of(1, 2, 3, 4));
        List<Integer> slice = Slice.of(1, 3).from(original);

        slice.set(0, 99);
        original.clear();

        assertEquals(List.of(99, 3), slice, "changing either side leaves the other alone");
        List<Integer> copy = Slice.parse(":").from(List.of(1, 2));
        copy.add(3);
        assertEquals(List.of(1, 2, 3), copy, "a[:] gives a list you can grow");
    }

    @Test
    void listsWithNullsAndLinkedListsSlice() {
        assertEquals(Arrays.asList(null, "b"), Slice.of(null, 2).from(Arrays.asList(null, "b", "c")));
        assertEquals(List.of(5, 3, 1), Slice.parse("::-2").from(new LinkedList<>(List.of(1, 2, 3, 4, 5))));
    }

    @Test
    void arraysOfEachKindSlice() {
        assertArrayEquals(new int[] {0, 2, 4}, Slice.parse("::2").from(new int[] {0, 1, 2, 3, 4}));
        assertArrayEquals(new long[] {3L, 2L}, Slice.parse(":0:-1").from(new long[] {1L, 2L, 3L}));
        assertArrayEquals(new double[] {2.5}, Slice.of(-1, null).from(new double[] {1.5, 2.5}));
        Integer[] boxed = {1, 2, 3};
        Integer[] sliced = Slice.of(null, null).from(boxed);
        assertArrayEquals(boxed, sliced);
        assertNotSame(boxed, sliced);
        assertEquals(Integer[].class, sliced.getClass());
    }

    @Test
    void stringsSliceByCodePointLikePython() {
        assertEquals("😀ba", Slice.parse("::-1").from("ab😀"));
        assertEquals("😀", Slice.of(-1, null).from("ab😀"));
        assertEquals("中文", Slice.of(0, 2).from("中文字符"));
    }

    @Test
    void indicesResolvesNegativeAndMissingBounds() {
        assertEquals(Range.of(1, 4), Slice.of(1, -1).indices(5));
        assertEquals(List.of(2, 1, 0), Slice.parse("::-1").indices(3).toList());
        assertEquals(Range.of(0), Slice.parse("::-1").indices(0));
        assertThrows(IllegalArgumentException.class, () -> Slice.of(1, 2).indices(-1));
    }

    @Test
    void extremeIndicesDoNotOverflow() {
        assertEquals("abc", Slice.of(Integer.MIN_VALUE, Integer.MAX_VALUE).from("abc"));
        assertEquals("cba", Slice.of(Integer.MAX_VALUE, Integer.MIN_VALUE, -1).from("abc"));
        assertEquals("a", Slice.of(null, null, Integer.MAX_VALUE).from("abc"));
        assertEquals("c", Slice.of(null, null, Integer.MIN_VALUE).from("abc"));
    }

    @Test
    void printsLikePythonsSliceObject() {
        assertEquals("slice(1, -1, None)", Slice.of(1, -1).toString());
        assertEquals("slice(None, None, -1)", Slice.parse("::-1").toString());
    }

    @Test
    void nullSequencesAreRejectedWithAClearMessage() {
        NullPointerException error = assertThrows(NullPointerException.class, () -> Slice.of(0, 1).from((String) null));
        assertTrue(error.getMessage().contains("不能为 null"), error.getMessage());
    }
}
