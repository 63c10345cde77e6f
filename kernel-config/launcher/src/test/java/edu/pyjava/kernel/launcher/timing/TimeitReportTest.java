package edu.pyjava.kernel.launcher.timing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Collections;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** IPython's wording, checked against IPython's own {@code _format_time} and {@code TimeitResult} (8.x). */
class TimeitReportTest {

    @Test
    void timesAreWrittenAsIpythonWritesThem() {
        assertEquals("10.1 ms", TimeitReport.formatTime(0.0101));
        assertEquals("52.3 \u03bcs", TimeitReport.formatTime(5.23e-05));
        assertEquals("1.23 \u03bcs", TimeitReport.formatTime(1.234e-06));
        assertEquals("1e+03 ns", TimeitReport.formatTime(9.999e-07));
        assertEquals("2.5 s", TimeitReport.formatTime(2.5));
        assertEquals("0 ns", TimeitReport.formatTime(0.0));
        assertEquals("0.1 ns", TimeitReport.formatTime(1e-10));
        assertEquals("123 \u03bcs", TimeitReport.formatTime(0.00012345));
    }

    @Test
    void theLineSaysMeanDeviationRunsAndLoops() {
        assertEquals("10.1 ms ± 50 \u03bcs per loop (mean ± std. dev. of 2 runs, 10 loops each)",
            new TimeitReport(10, List.of(101_000_000L, 100_000_000L)).toString());
        assertEquals("1.23 \u03bcs ± 0 ns per loop (mean ± std. dev. of 7 runs, 100,000 loops each)",
            new TimeitReport(100_000, Collections.nCopies(7, 123_000_000L)).toString());
        assertEquals("2 s ± 0 ns per loop (mean ± std. dev. of 1 run, 1 loop each)",
            new TimeitReport(1, List.of(2_000_000_000L)).toString());
    }

    @Test
    void optionsComeBeforeTheCode() {
        assertEquals(new TimeitOptions(OptionalInt.of(10), 3, "Thread.sleep(1)"),
            TimeitOptions.parse("-n 10 -r 3 Thread.sleep(1)"));
        assertEquals(new TimeitOptions(OptionalInt.empty(), 7, "x - -n"), TimeitOptions.parse(" x - -n"));
        assertEquals(new TimeitOptions(OptionalInt.of(5), 7, ""), TimeitOptions.parse("-n5"));
    }

    @Test
    void aReportNeedsAtLeastOneRunOfOneLoop() {
        assertThrows(IllegalArgumentException.class, () -> new TimeitReport(0, List.of(1L)));
        assertThrows(IllegalArgumentException.class, () -> new TimeitReport(1, List.of()));
        assertThrows(IllegalArgumentException.class, () -> TimeitOptions.parse("-r 0 x"));
    }
}
