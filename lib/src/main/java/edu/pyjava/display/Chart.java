package edu.pyjava.display;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SequencedMap;

/**
 * A small chart for a notebook cell: a bar chart of named values or a line chart of (x, y) points. Left as a
 * cell's last expression it shows as an SVG picture; {@link #toString()} gives the numbers as text.
 *
 * <pre>{@code
 * var seconds = new LinkedHashMap<String, Double>();
 * seconds.put("顺序", 1.02);
 * seconds.put("并发", 0.11);
 * Chart.bars("10 个请求", "秒", seconds)
 * // = two horizontal bars, labelled 顺序 and 并发, each with its value at the end
 * Chart.line("堆内存", "轮次", "MiB", List.of(1, 2, 3), List.of(10, 30, 12)).toString()
 * // = "堆内存（x: 轮次，y: MiB）\n1 → 10\n2 → 30\n3 → 12\n"
 * }</pre>
 *
 * <p>SVG is text, so a chart needs no graphics library, no screen and no internet, and stays sharp at any zoom.
 * Python analog: {@code plt.barh(...)} and {@code plt.plot(xs, ys)} in matplotlib, without the styling options.
 */
public final class Chart {

    private static final int WIDTH = 640;
    private static final String BAR_COLOUR = "#4c72b0";
    private static final String GRID_COLOUR = "#dddddd";
    private static final String AXIS_COLOUR = "#333333";

    private final String title;
    private final String svg;
    private final String text;

    private Chart(String title, String svg, String text) {
        this.title = title;
        this.svg = svg;
        this.text = text;
    }

    /**
     * A horizontal bar chart, one bar per entry, in the map's order. Bars start at zero.
     *
     * @param title the caption, not null
     * @param unit the unit of the values, shown after each value (empty for none), not null
     * @param values label → value, at least one, each finite and not negative; a {@link LinkedHashMap} keeps
     *     the order you put them in
     * @return the chart
     */
    public static Chart bars(String title, String unit, SequencedMap<String, ? extends Number> values) {
        Objects.requireNonNull(title, "图表标题不能为 null");
        Objects.requireNonNull(unit, "单位不能为 null（没有单位请用空字符串）");
        Objects.requireNonNull(values, "柱状图的数据不能为 null");
        if (values.isEmpty()) {
            throw new IllegalArgumentException("柱状图至少需要一个值");
        }
        Map<String, Double> bars = new LinkedHashMap<>();
        values.forEach((label, value) -> {
            Objects.requireNonNull(label, "柱的名字不能为 null");
            double number = finite(value, "柱 " + label);
            if (number < 0) {
                throw new IllegalArgumentException("柱状图的值不能为负数：" + label + " = " + number);
            }
            bars.put(label, number);
        });
        return new Chart(title, barsSvg(title, unit, bars), barsText(title, unit, bars));
    }

    /**
     * A line chart through the points (xs[i], ys[i]) in the given order.
     *
     * @param title the caption, not null
     * @param xLabel the name of the horizontal axis, not null
     * @param yLabel the name of the vertical axis, not null
     * @param xs the x values, not null, at least one, each finite
     * @param ys the y values, as many as {@code xs}, each finite
     * @return the chart
     */
    public static Chart line(String title, String xLabel, String yLabel,
                             List<? extends Number> xs, List<? extends Number> ys) {
        Objects.requireNonNull(title, "图表标题不能为 null");
        Objects.requireNonNull(xLabel, "x 轴名称不能为 null");
        Objects.requireNonNull(yLabel, "y 轴名称不能为 null");
        Objects.requireNonNull(xs, "折线图的 x 值不能为 null");
        Objects.requireNonNull(ys, "折线图的 y 值不能为 null");
        if (xs.isEmpty() || xs.size() != ys.size()) {
            throw new IllegalArgumentException(
                "折线图需要至少一个点，且 x 与 y 一样多：x 有 " + xs.size() + " 个，y 有 " + ys.size() + " 个");
        }
        double[] x = new double[xs.size()];
        double[] y = new double[ys.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = finite(xs.get(i), "x[" + i + "]");
            y[i] = finite(ys.get(i), "y[" + i + "]");
        }
        return new Chart(title, lineSvg(title, xLabel, yLabel, x, y), lineText(title, xLabel, yLabel, x, y));
    }

    /**
     * The caption.
     *
     * @return the title given to the factory
     */
    public String title() {
        return title;
    }

    /**
     * The picture as a standalone SVG document, what the notebook shows.
     *
     * @return SVG text
     */
    public String toSvg() {
        return svg;
    }

    /**
     * The chart's numbers as text, one line per bar or point.
     *
     * @return the title, then {@code label: value unit} lines (bars) or {@code x → y} lines (line chart)
     */
    @Override
    public String toString() {
        return text;
    }

    private static double finite(Number value, String what) {
        Objects.requireNonNull(value, what + " 的值不能为 null");
        double number = value.doubleValue();
        if (!Double.isFinite(number)) {
            throw new IllegalArgumentException(what + " 必须是有限的数，而不是 " + number);
        }
        return number;
    }

    private static String barsSvg(String title, String unit, Map<String, Double> bars) {
        int labelWidth = 150;
        int valueWidth = 90;
        int rowHeight = 30;
        int top = 44;
        double plotWidth = WIDTH - labelWidth - valueWidth;
        double largest = bars.values().stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        double scale = largest == 0 ? 0 : plotWidth / largest;

        Svg svg = new Svg(WIDTH, top + rowHeight * bars.size() + 16);
        svg.text(WIDTH / 2.0, 26, title, "middle", 16);
        int row = 0;
        for (Map.Entry<String, Double> bar : bars.entrySet()) {
            double y = top + row * rowHeight;
            double length = bar.getValue() * scale;
            svg.text(labelWidth - 8, y + 19, bar.getKey(), "end", 13)
                .rect(labelWidth, y + 4, length, rowHeight - 8, BAR_COLOUR)
                .text(labelWidth + length + 6, y + 19, withUnit(bar.getValue(), unit), "start", 13);
            row++;
        }
        return svg.line(labelWidth, top, labelWidth, top + rowHeight * bars.size(), AXIS_COLOUR).toString();
    }

    private static String lineSvg(String title, String xLabel, String yLabel, double[] xs, double[] ys) {
        int left = 70;
        int right = 20;
        int top = 44;
        int bottom = 56;
        int height = 360;
        double plotWidth = WIDTH - left - right;
        double plotHeight = height - top - bottom;
        Axis xAxis = Axis.covering(min(xs), max(xs));
        // 纵轴从 0 开始（数据有负数时除外），免得小的起伏看起来像大的变化
        Axis yAxis = Axis.covering(Math.min(0, min(ys)), max(ys));

        Svg svg = new Svg(WIDTH, height);
        svg.text(WIDTH / 2.0, 26, title, "middle", 16);
        for (double tick : yAxis.ticks()) {
            double y = top + plotHeight * (1 - yAxis.fraction(tick));
            svg.line(left, y, left + plotWidth, y, GRID_COLOUR).text(left - 6, y + 4, Axis.label(tick), "end", 12);
        }
        for (double tick : xAxis.ticks()) {
            double x = left + plotWidth * xAxis.fraction(tick);
            svg.line(x, top + plotHeight, x, top + plotHeight + 5, AXIS_COLOUR)
                .text(x, top + plotHeight + 20, Axis.label(tick), "middle", 12);
        }
        double[] px = new double[xs.length];
        double[] py = new double[ys.length];
        for (int i = 0; i < xs.length; i++) {
            px[i] = left + plotWidth * xAxis.fraction(xs[i]);
            py[i] = top + plotHeight * (1 - yAxis.fraction(ys[i]));
        }
        return svg.line(left, top + plotHeight, left + plotWidth, top + plotHeight, AXIS_COLOUR)
            .line(left, top, left, top + plotHeight, AXIS_COLOUR)
            .polyline(px, py, BAR_COLOUR)
            .text(left + plotWidth / 2, height - 12, xLabel, "middle", 13)
            .verticalText(18, top + plotHeight / 2, yLabel, 13)
            .toString();
    }

    private static String barsText(String title, String unit, Map<String, Double> bars) {
        StringBuilder text = new StringBuilder(title).append('\n');
        bars.forEach((label, value) -> text.append(label).append(": ").append(withUnit(value, unit)).append('\n'));
        return text.toString();
    }

    private static String lineText(String title, String xLabel, String yLabel, double[] xs, double[] ys) {
        StringBuilder text = new StringBuilder(title)
            .append("（x: ").append(xLabel).append("，y: ").append(yLabel).append("）\n");
        for (int i = 0; i < xs.length; i++) {
            text.append(Axis.label(xs[i])).append(" → ").append(Axis.label(ys[i])).append('\n');
        }
        return text.toString();
    }

    private static String withUnit(double value, String unit) {
        return unit.isEmpty() ? Axis.label(value) : Axis.label(value) + " " + unit;
    }

    private static double min(double[] values) {
        return Arrays.stream(values).min().orElseThrow();
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElseThrow();
    }
}
