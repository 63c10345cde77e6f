package edu.pyjava.display;

import java.util.Locale;

/**
 * Writes an SVG picture element by element; coordinates are pixels from the top-left corner.
 *
 * <pre>{@code
 * new Svg(100, 50).rect(0, 0, 10, 10, "#4c72b0").text(5, 20, "a<b", "start", 12).toString()
 * // = "<svg ...><rect .../><text ...>a&lt;b</text></svg>"
 * }</pre>
 *
 * <p>Python analog: what matplotlib's SVG backend writes, reduced to the few elements a simple chart needs.
 */
final class Svg {

    private static final String FONT = "'Noto Sans CJK SC', 'Microsoft YaHei', sans-serif";

    private final StringBuilder body = new StringBuilder();
    private final int width;
    private final int height;

    Svg(int width, int height) {
        this.width = width;
        this.height = height;
    }

    Svg rect(double x, double y, double w, double h, String fill) {
        body.append(String.format(Locale.ROOT,
            "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"/>%n", x, y, w, h, fill));
        return this;
    }

    Svg line(double x1, double y1, double x2, double y2, String stroke) {
        body.append(String.format(Locale.ROOT,
            "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"/>%n", x1, y1, x2, y2, stroke));
        return this;
    }

    Svg polyline(double[] xs, double[] ys, String stroke) {
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < xs.length; i++) {
            points.append(String.format(Locale.ROOT, "%.1f,%.1f ", xs[i], ys[i]));
        }
        body.append("<polyline fill=\"none\" stroke-width=\"2\" stroke=\"").append(stroke)
            .append("\" points=\"").append(points.toString().strip()).append("\"/>\n");
        return this;
    }

    /** Text anchored at (x, y); {@code anchor} is "start", "middle" or "end". */
    Svg text(double x, double y, String text, String anchor, int size) {
        return text(x, y, text, anchor, size, "");
    }

    /** Text turned 90° anticlockwise around its anchor, for a vertical axis label. */
    Svg verticalText(double x, double y, String text, int size) {
        return text(x, y, text, "middle", size,
            String.format(Locale.ROOT, " transform=\"rotate(-90 %.1f %.1f)\"", x, y));
    }

    private Svg text(double x, double y, String text, String anchor, int size, String transform) {
        body.append(String.format(Locale.ROOT,
                "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-size=\"%d\"%s>", x, y, anchor, size, transform))
            .append(HtmlTable.escape(text)).append("</text>\n");
        return this;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\""
                + " font-family=\"%s\">%n", width, height, width, height, FONT)
            + String.format(Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", width, height)
            + body + "</svg>\n";
    }
}
