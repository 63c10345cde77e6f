package edu.pyjava.display;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

class HtmlTableTest {

    private static Table numbers(int count) {
        return Table.create("numbers", IntColumn.indexColumn("n", count, 1));
    }

    @Test
    void shortTableShowsCaptionHeaderAndEveryRow() {
        Table table = Table.create("scores",
            StringColumn.create("name", "Ann", "Bob"),
            IntColumn.create("score", 90, 75));

        String html = HtmlTable.withRowLimit(10).render(table);

        assertTrue(html.contains("<caption>scores</caption>"));
        assertTrue(html.contains("<thead><tr><th>name</th><th>score</th></tr></thead>"));
        assertTrue(html.contains("<tr><td>Ann</td><td>90</td></tr>"));
        assertTrue(html.contains("<tr><td>Bob</td><td>75</td></tr>"));
        assertFalse(html.contains("共"), "a table within the limit needs no note");
    }

    @Test
    void longTableShowsHeadAndTailAroundAnEllipsis() {
        String html = HtmlTable.withRowLimit(4).render(numbers(10));

        assertTrue(html.contains("<td>1</td>") && html.contains("<td>2</td>"), "head rows");
        assertTrue(html.contains("<td>9</td>") && html.contains("<td>10</td>"), "tail rows");
        assertFalse(html.contains("<td>5</td>"), "middle rows are left out");
        assertTrue(html.contains("<td>…</td>"));
        assertTrue(html.contains("共 10 行 × 1 列，只显示前 2 行和后 2 行"));
    }

    @Test
    void oddRowLimitShowsOneMoreRowAtTheHead() {
        String html = HtmlTable.withRowLimit(3).render(numbers(10));

        assertEquals(4, html.split("<tr>", -1).length - 1 - 1, "two head rows, the ellipsis row, one tail row");
        assertTrue(html.contains("只显示前 2 行和后 1 行"));
    }

    @Test
    void markupInValuesAndNamesIsEscaped() {
        Table table = Table.create("<b>t</b>", StringColumn.create("a&b", "<script>'x'</script>"));

        String html = HtmlTable.withRowLimit(5).render(table);

        assertTrue(html.contains("<caption>&lt;b&gt;t&lt;/b&gt;</caption>"));
        assertTrue(html.contains("<th>a&amp;b</th>"));
        assertTrue(html.contains("<td>&lt;script&gt;&#39;x&#39;&lt;/script&gt;</td>"));
    }

    @Test
    void emptyTableStillHasAHeader() {
        Table table = Table.create("empty", IntColumn.create("n"));

        String html = HtmlTable.withRowLimit(5).render(table);

        assertTrue(html.contains("<th>n</th>"));
        assertTrue(html.contains("<tbody>\n</tbody>"));
    }

    @Test
    void rowLimitBelowOneIsRejectedWithAClearMessage() {
        IllegalArgumentException error =
            assertThrows(IllegalArgumentException.class, () -> HtmlTable.withRowLimit(0));
        assertEquals("rowLimit 至少为 1，实际为 0", error.getMessage());
    }

    @Test
    void nullTableIsRejectedWithAClearMessage() {
        NullPointerException error =
            assertThrows(NullPointerException.class, () -> HtmlTable.withRowLimit(5).render(null));
        assertEquals("table 不能为 null", error.getMessage());
    }
}
