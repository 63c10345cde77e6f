package edu.pyjava.display;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;

class TablesTest {

    record Score(String name, int score, double ratio, long id, boolean passed, LocalDate day) {
    }

    record Other(String name) {
    }

    private record Hidden(int n) {
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    @Test
    void recordsBecomeRowsWithTypedColumnsNamedAfterComponents() {
        Table table = Tables.of(List.of(
            new Score("Ann", 90, 0.9, 7L, true, LocalDate.of(2024, 1, 2)),
            new Score("Bob", 75, 0.75, 8L, false, LocalDate.of(2024, 1, 3))));

        assertEquals("Score", table.name());
        assertEquals(List.of("name", "score", "ratio", "id", "passed", "day"), table.columnNames());
        assertEquals(List.of(ColumnType.STRING, ColumnType.INTEGER, ColumnType.DOUBLE, ColumnType.LONG,
            ColumnType.BOOLEAN, ColumnType.STRING), List.of(table.typeArray()));
        assertEquals(165.0, table.intColumn("score").sum());
        assertEquals("2024-01-03", table.stringColumn("day").get(1));
    }

    @Test
    void mapsUnionTheirKeysInFirstSeenOrderAndMissingKeysAreMissing() {
        Table table = Tables.of("scores", List.of(map("name", "Ann", "score", 90), map("score", 75, "extra", "x")));

        assertEquals("scores", table.name());
        assertEquals(List.of("name", "score", "extra"), table.columnNames());
        assertEquals(2, table.rowCount());
        assertTrue(table.stringColumn("name").isMissing(1));
        assertTrue(table.stringColumn("extra").isMissing(0));
        assertEquals("x", table.stringColumn("extra").get(1));
    }

    @Test
    void numericTypesWidenAcrossRows() {
        Table table = Tables.of(List.of(
            map("a", 1, "b", 1, "c", 1),
            map("a", 2L, "b", 2.5, "c", new BigDecimal("3.25"))));

        assertEquals(ColumnType.LONG, table.column("a").type());
        assertEquals(ColumnType.DOUBLE, table.column("b").type());
        assertEquals(3.25, table.doubleColumn("c").get(1));
    }

    @Test
    void mixedValuesAndNullsFallBackToStringsAndMissing() {
        Table table = Tables.of(List.of(map("v", 1), map("v", "two"), map("v", null)));

        assertEquals(ColumnType.STRING, table.column("v").type());
        assertEquals("1", table.stringColumn("v").get(0));
        assertTrue(table.stringColumn("v").isMissing(2));
    }

    @Test
    void nonPublicRecordsAreReadToo() {
        assertEquals(3, Tables.of(List.of(new Hidden(3))).intColumn("n").get(0));
    }

    @Test
    void emptyListGivesAnEmptyTable() {
        Table table = Tables.of(List.of());

        assertEquals(0, table.columnCount());
        assertEquals(0, table.rowCount());
    }

    @Test
    void mixingRecordClassesIsRejectedWithBothNames() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
            () -> Tables.of(List.of(new Other("a"), new Hidden(1))));

        assertTrue(error.getMessage().contains("第 2 行是 " + Hidden.class.getName()), error.getMessage());
    }

    @Test
    void plainObjectsAndNullRowsAreRejected() {
        assertEquals("Tables.of 只接受 record 或 Map，第 1 行是 java.lang.String",
            assertThrows(IllegalArgumentException.class, () -> Tables.of(List.of("x"))).getMessage());
        assertEquals("Tables.of 的第 2 行是 null",
            assertThrows(IllegalArgumentException.class,
                () -> Tables.of(java.util.Arrays.asList(new Other("a"), null))).getMessage());
        assertEquals("Tables.of 的 rows 不能为 null",
            assertThrows(NullPointerException.class, () -> Tables.of(null)).getMessage());
    }
}
