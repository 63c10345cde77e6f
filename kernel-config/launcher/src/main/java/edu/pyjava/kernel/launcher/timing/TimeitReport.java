package edu.pyjava.kernel.launcher.timing;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Locale;

/**
 * The result of {@code %timeit}: how long each run of {@code loops} loops took, worded as IPython words it.
 *
 * <pre>{@code
 * new TimeitReport(10, List.of(101_000_000L, 100_000_000L)).toString()
 * // = 10.1 ms ± 50 μs per loop (mean ± std. dev. of 2 runs, 10 loops each)
 * }</pre>
 *
 * @param loops how many times each run executed the statement
 * @param runNanos each run's total time, in nanoseconds
 */
public record TimeitReport(long loops, List<Long> runNanos) {

    /** IPython's units; its micro is the Greek letter mu (U+03BC). */
    private static final String[] UNITS = {"s", "ms", "\u03bcs", "ns"};
    private static final int PRECISION = 3;

    /** Checks the numbers and freezes the runs. */
    public TimeitReport {
        if (loops < 1 || runNanos.isEmpty()) {
            throw new IllegalArgumentException("至少要有一轮、每轮至少一次：loops=" + loops + ", runs=" + runNanos.size());
        }
        runNanos = List.copyOf(runNanos);
    }

    /**
     * The mean time of one loop, in seconds.
     *
     * @return the mean over the runs of (run time / loops)
     */
    public double mean() {
        return runNanos.stream().mapToDouble(this::perLoop).average().orElseThrow();
    }

    /**
     * The standard deviation of one loop's time over the runs, in seconds (the population's, as IPython's).
     *
     * @return the standard deviation
     */
    public double standardDeviation() {
        double mean = mean();
        double squares = runNanos.stream().mapToDouble(run -> Math.pow(perLoop(run) - mean, 2)).sum();
        return Math.sqrt(squares / runNanos.size());
    }

    private double perLoop(long nanos) {
        return nanos / 1e9 / loops;
    }

    /** IPython's line: {@code 1.23 μs ± 45.6 ns per loop (mean ± std. dev. of 7 runs, 100,000 loops each)}. */
    @Override
    public String toString() {
        int runs = runNanos.size();
        return String.format(Locale.ROOT, "%s ± %s per loop (mean ± std. dev. of %d run%s, %,d loop%s each)",
            formatTime(mean()), formatTime(standardDeviation()), runs, runs == 1 ? "" : "s", loops,
            loops == 1 ? "" : "s");
    }

    /**
     * A time span as IPython's {@code _format_time} writes it: three significant digits in s, ms, μs or ns.
     *
     * @param seconds the span
     * @return the span with its unit, as {@code 10.1 ms}
     */
    static String formatTime(double seconds) {
        int order = seconds > 0 ? Math.min(-(int) Math.floor(Math.floor(Math.log10(seconds)) / 3), 3) : 3;
        order = Math.max(order, 0);
        return formatSignificant(seconds * Math.pow(1000, order)) + " " + UNITS[order];
    }

    /** Python's {@code format(value, '.3g')}: three significant digits, no trailing zeros. */
    static String formatSignificant(double value) {
        if (value == 0) {
            return "0";
        }
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(PRECISION));
        int exponent = rounded.precision() - rounded.scale() - 1;
        if (exponent < -4 || exponent >= PRECISION) {
            BigDecimal mantissa = rounded.movePointLeft(exponent).stripTrailingZeros();
            return mantissa.toPlainString() + String.format(Locale.ROOT, "e%s%02d", exponent < 0 ? "-" : "+",
                Math.abs(exponent));
        }
        return rounded.stripTrailingZeros().toPlainString();
    }
}
