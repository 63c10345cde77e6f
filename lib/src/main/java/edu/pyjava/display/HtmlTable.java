package edu.pyjava.display;

import java.util.Objects;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Renders a Tablesaw {@link Table} as an HTML {@code <table>}, showing the head and tail of long tables.
 *
 * <p>In Python, a pandas {@code DataFrame} at the end of a cell shows as a table; in the course kernel a
 * {@code Table} does the same through this class. Used directly:
 *
 * <pre>{@code
 * Table t = Table.create("demo", IntColumn.create("n", 1, 2));
 * HtmlTable.withRowLimit(10).render(t).contains("<td>2</td>")  // = true
 * HtmlTable.withRowLimit(1).render(t).contains("共 2 行")       // = true (only the first row is shown)
 * }</pre>
 */
public final class HtmlTable {

    /** How many rows a notebook shows before it elides the middle, like pandas' {@code display.max_rows}. */
    public static final int DEFAULT_ROW_LIMIT = 20;

    private final int rowLimit;

    private HtmlTable(int rowLimit) {
        this.rowLimit = rowLimit;
    }

    /**
     * A renderer that shows at most {@code rowLimit} rows: the first half and the last half of a longer table.
     *
     * @param rowLimit how many rows to show, at least 1
     * @return the renderer
     * @throws IllegalArgumentException if {@code rowLimit} is less than 1
     */
    public static HtmlTable withRowLimit(int rowLimit) {
        if (rowLimit < 1) {
            throw new IllegalArgumentException("rowLimit 至少为 1，实际为 " + rowLimit);
        }
        return new HtmlTable(rowLimit);
    }

    /**
     * Renders the table's name as a caption, its column names as a header row, and its rows.
     *
     * @param table the table to render, not null
     * @return an HTML fragment
     */
    public String render(Table table) {
        Objects.requireNonNull(table, "table 不能为 null");
        StringBuilder html = new StringBuilder("<table class=\"pyjava-table\">\n");
        if (table.name() != null && !table.name().isBlank()) {
            html.append("<caption>").append(escape(table.name())).append("</caption>\n");
        }
        appendHeader(html, table);
        appendBody(html, table);
        html.append("</table>\n");
        int rows = table.rowCount();
        if (rows > rowLimit) {
            html.append("<p>共 ").append(rows).append(" 行 × ").append(table.columnCount())
                .append(" 列，只显示前 ").append(headCount()).append(" 行和后 ").append(tailCount()).append(" 行</p>\n");
        }
        return html.toString();
    }

    private void appendHeader(StringBuilder html, Table table) {
        html.append("<thead><tr>");
        for (Column<?> column : table.columns()) {
            html.append("<th>").append(escape(column.name())).append("</th>");
        }
        html.append("</tr></thead>\n");
    }

    private void appendBody(StringBuilder html, Table table) {
        html.append("<tbody>\n");
        int rows = table.rowCount();
        if (rows <= rowLimit) {
            appendRows(html, table, 0, rows);
        } else {
            appendRows(html, table, 0, headCount());
            html.append("<tr>");
            for (int c = 0; c < table.columnCount(); c++) {
                html.append("<td>…</td>");
            }
            html.append("</tr>\n");
            appendRows(html, table, rows - tailCount(), rows);
        }
        html.append("</tbody>\n");
    }

    private static void appendRows(StringBuilder html, Table table, int fromRow, int toRow) {
        for (int row = fromRow; row < toRow; row++) {
            html.append("<tr>");
            for (Column<?> column : table.columns()) {
                html.append("<td>").append(escape(column.getString(row))).append("</td>");
            }
            html.append("</tr>\n");
        }
    }

    private int headCount() {
        return (rowLimit + 1) / 2;
    }

    private int tailCount() {
        return rowLimit / 2;
    }

    /**
     * Escapes the five characters that HTML gives a meaning to.
     *
     * @param text any text, not null
     * @return the text, safe to put inside an HTML element or attribute
     */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(ch);
            }
        }
        return escaped.toString();
    }
}
