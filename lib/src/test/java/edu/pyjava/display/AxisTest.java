package edu.pyjava.display;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class AxisTest {

    @Test
    void ticksAreRoundNumbersCoveringTheRange() {
        assertEquals(List.of(0.0, 20.0, 40.0, 60.0, 80.0, 100.0), Axis.covering(0, 93).ticks());
        assertEquals(List.of(0.0, 0.05, 0.1, 0.15, 0.2, 0.25), Axis.covering(0, 0.21).ticks().stream()
            .map(tick -> Math.round(tick * 100) / 100.0).toList());
    }

    @Test
    void negativeRangesAreCovered() {
        Axis axis = Axis.covering(-7, 3);

        assertEquals(-8.0, axis.min());
        assertEquals(4.0, axis.max());
    }

    @Test
    void fractionIsZeroAtMinAndOneAtMax() {
        Axis axis = Axis.covering(0, 93);

        assertEquals(0.0, axis.fraction(0));
        assertEquals(0.5, axis.fraction(50));
        assertEquals(1.0, axis.fraction(100));
    }

    @Test
    void aSingleValueGetsAPaddedRange() {
        Axis axis = Axis.covering(5, 5);

        assertEquals(0.0, axis.min());
        assertEquals(10.0, axis.max());
    }

    @Test
    void labelsDropTrailingZeros() {
        assertEquals("40", Axis.label(40.0));
        assertEquals("0.123", Axis.label(0.1234));
        assertEquals("-2.5", Axis.label(-2.5));
    }
}
