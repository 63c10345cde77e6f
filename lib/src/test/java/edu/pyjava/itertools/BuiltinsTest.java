package edu.pyjava.itertools;

import static edu.pyjava.itertools.Builtins.enumerate;
import static edu.pyjava.itertools.Builtins.zip;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class BuiltinsTest {

    @Test
    void enumerateCountsFromZeroOrFromStart() {
        assertEquals(List.of(new Indexed<>(0, "a"), new Indexed<>(1, "b")), enumerate(List.of("a", "b")).toList());
        assertEquals(List.of(new Indexed<>(1, "a"), new Indexed<>(2, "b")), enumerate(List.of("a", "b"), 1).toList());
    }

    @Test
    void enumerateOfEmptyIsEmptyAndKeepsNulls() {
        assertEquals(List.of(), enumerate(List.of()).toList());
        assertEquals(List.of(new Indexed<>(0, null)), enumerate(Arrays.asList((String) null)).toList());
    }

    @Test
    void zipStopsAtTheShorterSource() {
        assertEquals(List.of(new Pair<>(1, "x"), new Pair<>(2, "y")), zip(List.of(1, 2, 3), List.of("x", "y")).toList());
        assertEquals(List.of(new Pair<>(1, "x")), zip(List.of(1), List.of("x", "y")).toList());
        assertEquals(List.of(), zip(List.of(), List.of("x")).toList());
    }

    @Test
    void zipWorksWithAnInfiniteSource() {
        assertEquals(List.of(new Pair<>(0, "a"), new Pair<>(1, "b")), zip(Itertools.count(0), List.of("a", "b")).toList());
    }

    @Test
    void zipPastTheEndExplains() {
        Iterator<Pair<Integer, Integer>> it = zip(List.of(1), List.<Integer>of()).iterator();
        NoSuchElementException error = assertThrows(NoSuchElementException.class, it::next);
        assertTrue(error.getMessage().contains("zip"), error.getMessage());
    }

    @Test
    void nullSourcesAreRejectedWithTheirName() {
        NullPointerException error = assertThrows(NullPointerException.class, () -> zip(null, List.of()));
        assertTrue(error.getMessage().contains("zip"), error.getMessage());
        assertThrows(NullPointerException.class, () -> enumerate(null));
    }
}
