package edu.pyjava.display;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A numeric axis with "nice" tick marks (0, 20, 40 … rather than 0, 17.3, 34.6 …), as chart libraries such as
 * matplotlib choose them.
 *
 * <pre>{@code
 * Axis.covering(0, 93).ticks()       // = [0.0, 20.0, 40.0, 60.0, 80.0, 100.0]
 * Axis.covering(0, 93).fraction(50)  // = 0.5
 * }</pre>
 *
 * @param min the first tick
 * @param max the last tick, greater than {@code min}
 * @param step the distance between ticks, positive
 */
record Axis(double min, double max, double step) {

    private static final int TARGET_TICKS = 5;

    /**
     * The smallest axis with nice ticks that covers {@code [low, high]}.
     *
     * @param low the smallest value to show
     * @param high the largest value to show, at least {@code low}
     * @return an axis whose first tick is at most {@code low} and last tick at least {@code high}
     */
    static Axis covering(double low, double high) {
        if (low == high) {
            // 只有一个值时，给它一个单位宽的范围，免得除以零
            double pad = low == 0 ? 1 : Math.abs(low);
            return covering(low - pad, high + pad);
        }
        double step = niceStep((high - low) / TARGET_TICKS);
        return new Axis(Math.floor(low / step) * step, Math.ceil(high / step) * step, step);
    }

    /** Rounds a raw step up to 1, 2 or 5 times a power of ten. */
    private static double niceStep(double raw) {
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double factor : new double[] {1, 2, 5}) {
            if (factor * power >= raw) {
                return factor * power;
            }
        }
        return 10 * power;
    }

    /**
     * The tick values from {@link #min()} to {@link #max()}.
     *
     * @return the ticks in increasing order
     */
    List<Double> ticks() {
        List<Double> ticks = new ArrayList<>();
        long count = Math.round((max - min) / step);
        for (long i = 0; i <= count; i++) {
            ticks.add(min + i * step);
        }
        return ticks;
    }

    /**
     * Where a value sits on the axis.
     *
     * @param value a value
     * @return 0 at {@link #min()}, 1 at {@link #max()}
     */
    double fraction(double value) {
        return (value - min) / (max - min);
    }

    /**
     * A short label for a number: no trailing zeros, at most three decimals.
     *
     * <pre>{@code
     * Axis.label(40.0)    // = "40"
     * Axis.label(0.1234)  // = "0.123"
     * }</pre>
     *
     * @param value a finite number
     * @return its label
     */
    static String label(double value) {
        return BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
