package edu.pyjava.exercises;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class HintsTest {

    @Test
    void theIdeaShowsBeforeAnyAttemptAndAfterTheFirstWrongOne() {
        Hints hints = Hints.of("想法", "近一点", "更近");

        assertEquals(List.of("想法"), hints.shownAfter(0));
        assertEquals(List.of("想法"), hints.shownAfter(1));
    }

    @Test
    void eachFurtherWrongAttemptAddsOneCloserHintUntilAllAreShown() {
        Hints hints = Hints.of("想法", "近一点", "更近");

        assertEquals(List.of("想法", "近一点"), hints.shownAfter(2));
        assertEquals(List.of("想法", "近一点", "更近"), hints.shownAfter(3));
        assertEquals(List.of("想法", "近一点", "更近"), hints.shownAfter(100));
    }

    @Test
    void noHintsShowNothing() {
        assertTrue(Hints.none().shownAfter(5).isEmpty());
        assertEquals(0, Hints.none().size());
        assertEquals(Hints.none(), Hints.fromText("  "));
        assertEquals(Hints.of("一条"), Hints.fromText("一条"));
    }

    @Test
    void blankOrMissingHintsAreRejectedWithTheirPosition() {
        assertEquals("第 1 条提示 (idea)不能为空白",
            assertThrows(IllegalArgumentException.class, () -> Hints.of(" ")).getMessage());
        assertEquals("第 3 条提示不能为 null",
            assertThrows(NullPointerException.class, () -> Hints.of("a", "b", null)).getMessage());
        assertThrows(NullPointerException.class, () -> Hints.fromText(null));
    }

    @Test
    void negativeAttemptCountIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> Hints.of("a").shownAfter(-1));
    }

    @Test
    void hintsAreImmutable() {
        String[] closer = {"b"};
        Hints hints = Hints.of("a", closer);
        closer[0] = "changed";

        assertEquals(List.of("a", "b"), hints.shownAfter(2));
        assertThrows(UnsupportedOperationException.class, () -> hints.shownAfter(2).add("c"));
    }
}
