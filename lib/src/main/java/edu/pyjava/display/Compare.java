package edu.pyjava.display;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A side-by-side "Python vs Java" table for a notebook cell: each row puts a piece of Python next to the Java
 * that does the same, with an optional note. Left as a cell's last expression it shows as an HTML table with the
 * code in {@code <code>}; {@link #toString()} gives a plain-text copy.
 *
 * <pre>{@code
 * Compare.of("列表")
 *     .row("len(xs)", "xs.size()")
 *     .row("xs.append(4)", "xs.add(4)", "List.of(...) 得到的列表不能 add")
 * // = a table captioned 列表 with columns Python | Java | 说明 and two rows
 * Compare.of("").row("a = 1", "int a = 1;").rows().size()   // = 1
 * }</pre>
 *
 * <p>For a fixed table in the text of a notebook a Markdown table is simpler; use this class where the comparison
 * belongs next to running code. Python analog: an IPython {@code HTML(...)} object.
 */
public final class Compare {

    /**
     * One row: the Python, the Java, and a note that may be empty.
     *
     * <pre>{@code
     * new Compare.Row("len(xs)", "xs.size()", "").note().isEmpty()  // = true
     * }</pre>
     *
     * @param python the Python code, not null
     * @param java the Java code, not null
     * @param note a remark, not null, empty for none
     */
    public record Row(String python, String java, String note) {
        /** Checks that no part is null. */
        public Row {
            Objects.requireNonNull(python, "Compare 的 Python 代码不能为 null");
            Objects.requireNonNull(java, "Compare 的 Java 代码不能为 null");
            Objects.requireNonNull(note, "Compare 的说明不能为 null（没有说明请用空字符串）");
        }
    }

    // Jupyter 默认把表格单元格右对齐；代码要左对齐才好读
    private static final String LEFT_CELL = "<td style=\"text-align:left\">";

    private final String title;
    private final List<Row> rows;

    private Compare(String title, List<Row> rows) {
        this.title = title;
        this.rows = List.copyOf(rows);
    }

    /**
     * Starts an empty comparison.
     *
     * @param title the caption, not null, may be empty
     * @return a comparison without rows
     */
    public static Compare of(String title) {
        Objects.requireNonNull(title, "Compare 的标题不能为 null（不要标题请用空字符串）");
        return new Compare(title, List.of());
    }

    /**
     * A copy with one more row and no note.
     *
     * @param python the Python code, not null
     * @param java the Java code, not null
     * @return a new comparison; this one is unchanged
     */
    public Compare row(String python, String java) {
        return row(python, java, "");
    }

    /**
     * A copy with one more row.
     *
     * @param python the Python code, not null
     * @param java the Java code, not null
     * @param note a remark shown in a third column, not null
     * @return a new comparison; this one is unchanged
     */
    public Compare row(String python, String java, String note) {
        List<Row> more = new ArrayList<>(rows);
        more.add(new Row(python, java, note));
        return new Compare(title, more);
    }

    /**
     * The caption.
     *
     * @return the title given to {@link #of(String)}
     */
    public String title() {
        return title;
    }

    /**
     * The rows in the order they were added.
     *
     * @return an unmodifiable list
     */
    public List<Row> rows() {
        return rows;
    }

    /**
     * Renders the comparison as an HTML table; the 说明 column appears only if some row has a note.
     *
     * @return an HTML fragment
     */
    public String toHtml() {
        boolean notes = hasNotes();
        StringBuilder html = new StringBuilder("<table class=\"pyjava-compare\">\n");
        if (!title.isBlank()) {
            html.append("<caption>").append(HtmlTable.escape(title)).append("</caption>\n");
        }
        html.append("<thead><tr>").append(header("Python")).append(header("Java"));
        if (notes) {
            html.append(header("说明"));
        }
        html.append("</tr></thead>\n<tbody>\n");
        for (Row row : rows) {
            html.append("<tr>").append(codeCell(row.python())).append(codeCell(row.java()));
            if (notes) {
                html.append(LEFT_CELL).append(HtmlTable.escape(row.note())).append("</td>");
            }
            html.append("</tr>\n");
        }
        return html.append("</tbody>\n</table>\n").toString();
    }

    /**
     * A plain-text copy, one line per row: {@code Python: len(xs) | Java: xs.size()}.
     *
     * @return the text, with the title on the first line if there is one
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        if (!title.isBlank()) {
            text.append(title).append('\n');
        }
        for (Row row : rows) {
            text.append("Python: ").append(row.python()).append(" | Java: ").append(row.java());
            if (!row.note().isEmpty()) {
                text.append(" | 说明: ").append(row.note());
            }
            text.append('\n');
        }
        return text.toString();
    }

    private static String header(String name) {
        return "<th style=\"text-align:left\">" + name + "</th>";
    }

    private static String codeCell(String code) {
        return LEFT_CELL + "<code style=\"white-space:pre\">" + HtmlTable.escape(code) + "</code></td>";
    }

    private boolean hasNotes() {
        return rows.stream().anyMatch(row -> !row.note().isEmpty());
    }
}
