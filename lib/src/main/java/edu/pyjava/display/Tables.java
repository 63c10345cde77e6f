package edu.pyjava.display;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Turns a list of records or of maps into a Tablesaw {@link Table}, one row per element, so a notebook cell can show
 * it as a table; like {@code pandas.DataFrame(list_of_dicts)} in Python.
 *
 * <pre>{@code
 * record Score(String name, int score) {}
 * Table t = Tables.of(List.of(new Score("Ann", 90), new Score("Bob", 75)));
 * t.columnNames()                    // = [name, score]
 * t.intColumn("score").sum()         // = 165.0
 * Tables.of(List.of(Map.of("x", 1.5))).doubleColumn("x").get(0)  // = 1.5
 * }</pre>
 *
 * <p>Columns follow the record's components, or the maps' keys in the order they are first met. Column types are
 * inferred from the non-null values: {@code int}, {@code short} and {@code byte} give an {@code IntColumn},
 * {@code long} a {@code LongColumn}, other numbers a {@code DoubleColumn}, booleans a {@code BooleanColumn}, and
 * everything else (or a mix) a {@code StringColumn} of {@code String.valueOf(value)}. Nulls and missing keys are
 * missing values.
 */
public final class Tables {

    private Tables() {
    }

    /**
     * Builds a table from records (named after the record class) or maps (unnamed).
     *
     * @param rows the rows, not null, no null element; all records of one class, or all maps
     * @return a new table; an empty list gives a table without columns
     * @throws IllegalArgumentException if an element is neither a record nor a map, or records of different
     *     classes are mixed
     */
    public static Table of(List<?> rows) {
        Objects.requireNonNull(rows, "Tables.of 的 rows 不能为 null");
        String name = !rows.isEmpty() && rows.get(0) instanceof Record record ? record.getClass().getSimpleName() : "";
        return of(name, rows);
    }

    /**
     * Builds a table with the given name (shown as the caption) from records or maps.
     *
     * @param name the table's name, not null, may be empty
     * @param rows as for {@link #of(List)}
     * @return a new table
     * @throws IllegalArgumentException as for {@link #of(List)}
     */
    public static Table of(String name, List<?> rows) {
        Objects.requireNonNull(name, "Tables.of 的 name 不能为 null");
        Objects.requireNonNull(rows, "Tables.of 的 rows 不能为 null");
        Map<String, List<Object>> columns = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            Object row = rows.get(i);
            if (row == null) {
                throw new IllegalArgumentException("Tables.of 的第 " + (i + 1) + " 行是 null");
            }
            Map<String, Object> cells = cellsOf(row, rows.get(0), i);
            for (String key : cells.keySet()) {
                columns.computeIfAbsent(key, k -> new ArrayList<>());
            }
            for (Map.Entry<String, List<Object>> column : columns.entrySet()) {
                List<Object> values = column.getValue();
                // 新出现的键：前面的行在这一列都缺值
                while (values.size() < i) {
                    values.add(null);
                }
                values.add(cells.get(column.getKey()));
            }
        }
        Table table = Table.create(name);
        columns.forEach((column, values) -> table.addColumns(column(column, values)));
        return table;
    }

    private static Map<String, Object> cellsOf(Object row, Object first, int index) {
        if (row instanceof Map<?, ?> map) {
            if (!(first instanceof Map<?, ?>)) {
                throw mixed(first, row, index);
            }
            Map<String, Object> cells = new LinkedHashMap<>();
            map.forEach((key, value) -> cells.put(String.valueOf(key), value));
            return cells;
        }
        if (row instanceof Record record) {
            if (row.getClass() != first.getClass()) {
                throw mixed(first, row, index);
            }
            return componentsOf(record);
        }
        throw new IllegalArgumentException("Tables.of 只接受 record 或 Map，第 " + (index + 1) + " 行是 "
            + row.getClass().getName());
    }

    private static IllegalArgumentException mixed(Object first, Object row, int index) {
        return new IllegalArgumentException("Tables.of 的每一行必须是同一种 record 或都是 Map：第 1 行是 "
            + first.getClass().getName() + "，第 " + (index + 1) + " 行是 " + row.getClass().getName());
    }

    private static Map<String, Object> componentsOf(Record record) {
        Map<String, Object> cells = new LinkedHashMap<>();
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            Method accessor = component.getAccessor();
            // 在 notebook 单元格里定义的 record 不是 public 的，需要先打开访问权限
            accessor.trySetAccessible();
            try {
                cells.put(component.getName(), accessor.invoke(record));
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalArgumentException("读不到 " + record.getClass().getSimpleName() + " 的字段 "
                    + component.getName() + "：" + e, e);
            }
        }
        return cells;
    }

    private static Column<?> column(String name, List<Object> values) {
        List<Object> present = values.stream().filter(Objects::nonNull).toList();
        if (!present.isEmpty() && present.stream().allMatch(Tables::isIntLike)) {
            IntColumn column = IntColumn.create(name);
            values.forEach(value -> appendOrMissing(column, value, () -> column.append(((Number) value).intValue())));
            return column;
        }
        if (!present.isEmpty() && present.stream().allMatch(value -> isIntLike(value) || value instanceof Long)) {
            LongColumn column = LongColumn.create(name);
            values.forEach(value -> appendOrMissing(column, value, () -> column.append(((Number) value).longValue())));
            return column;
        }
        if (!present.isEmpty() && present.stream().allMatch(Number.class::isInstance)) {
            DoubleColumn column = DoubleColumn.create(name);
            values.forEach(value -> appendOrMissing(column, value,
                () -> column.append(((Number) value).doubleValue())));
            return column;
        }
        if (!present.isEmpty() && present.stream().allMatch(Boolean.class::isInstance)) {
            BooleanColumn column = BooleanColumn.create(name);
            values.forEach(value -> appendOrMissing(column, value, () -> column.append((Boolean) value)));
            return column;
        }
        StringColumn column = StringColumn.create(name);
        values.forEach(value -> appendOrMissing(column, value, () -> column.append(String.valueOf(value))));
        return column;
    }

    private static boolean isIntLike(Object value) {
        return value instanceof Integer || value instanceof Short || value instanceof Byte;
    }

    private static void appendOrMissing(Column<?> column, Object value, Runnable append) {
        if (value == null) {
            column.appendMissing();
        } else {
            append.run();
        }
    }
}
