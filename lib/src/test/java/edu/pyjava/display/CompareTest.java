package edu.pyjava.display;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CompareTest {

    @Test
    void rowsAppearInOrderWithCodeInCodeElements() {
        String html = Compare.of("列表").row("len(xs)", "xs.size()").row("xs.append(4)", "xs.add(4)").toHtml();

        assertTrue(html.contains("<caption>列表</caption>"));
        assertTrue(html.indexOf("len(xs)") < html.indexOf("xs.append(4)"));
        assertTrue(html.contains("<code style=\"white-space:pre\">xs.size()</code>"));
        assertFalse(html.contains("说明"), "no note column when no row has a note");
    }

    @Test
    void noteColumnAppearsWhenAnyRowHasANote() {
        String html = Compare.of("").row("a", "b").row("c", "d", "注意").toHtml();

        assertTrue(html.contains(">说明</th>"));
        assertTrue(html.contains(">注意</td>"));
        assertFalse(html.contains("<caption>"), "an empty title gives no caption");
    }

    @Test
    void codeIsEscaped() {
        String html = Compare.of("").row("a < b", "List<String> xs").toHtml();

        assertTrue(html.contains("a &lt; b"));
        assertTrue(html.contains("List&lt;String&gt; xs"));
    }

    @Test
    void addingARowLeavesTheOriginalUnchanged() {
        Compare empty = Compare.of("t");
        Compare one = empty.row("x", "y");

        assertEquals(0, empty.rows().size());
        assertEquals(1, one.rows().size());
        assertThrows(UnsupportedOperationException.class, () -> one.rows().clear());
    }

    @Test
    void plainTextHasOneLinePerRow() {
        String text = Compare.of("长度").row("len(xs)", "xs.size()").row("x", "y", "备注").toString();

        assertEquals("长度\nPython: len(xs) | Java: xs.size()\nPython: x | Java: y | 说明: 备注\n", text);
    }

    @Test
    void nullPartsAreRejectedWithClearMessages() {
        assertEquals("Compare 的 Java 代码不能为 null",
            assertThrows(NullPointerException.class, () -> Compare.of("").row("x", null)).getMessage());
        assertEquals("Compare 的标题不能为 null（不要标题请用空字符串）",
            assertThrows(NullPointerException.class, () -> Compare.of(null)).getMessage());
    }
}
