package edu.pyjava.generators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class BackendTest {

    @Test
    void withoutAPropertyTheStateMachineIsChosen() {
        assertEquals(Backend.STATE_MACHINE, Backend.active());
        assertEquals(Backend.STATE_MACHINE, Backend.choose(null));
        assertEquals(Backend.STATE_MACHINE, Backend.choose(" "));
    }

    @Test
    void thePropertyForcesABackend() {
        assertEquals(Backend.THREAD, Backend.choose("thread"));
        assertEquals(Backend.THREAD, Backend.choose("THREAD"));
        assertEquals(Backend.STATE_MACHINE, Backend.choose("state_machine"));
    }

    @Test
    void anUnknownPropertyValueIsExplained() {
        IllegalArgumentException error =
            assertThrows(IllegalArgumentException.class, () -> Backend.choose("continuation"));
        assertTrue(error.getMessage().contains(Backend.PROPERTY) && error.getMessage().contains("continuation"),
            error.getMessage());
    }

    @Test
    void aBodyThatCannotBeRewrittenRunsOnAThreadOfItsOwn() {
        Generator<Integer> delegating = Generator.of(out -> countTo(2, out));
        assertEquals(Backend.THREAD, delegating.backend());
        assertEquals(List.of(0, 1, 2), delegating.stream().toList());
    }

    private static void countTo(int last, Yielder<Integer> out) {
        for (int i = 0; i <= last; i++) {
            out.yield(i);
        }
    }
}
