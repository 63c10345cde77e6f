package edu.pyjava.serialization;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Python's {@code json.dumps} / {@code json.loads} on top of Jackson: records, {@code java.time} values, maps and
 * lists to JSON text and back.
 *
 * <pre>{@code
 * record Student(String name, int age, java.time.LocalDate enrolled) {}
 * Json.dumps(new Student("小明", 18, LocalDate.of(2024, 9, 1)))  // = {"name":"小明","age":18,"enrolled":"2024-09-01"}
 * Json.loads("{\"name\":\"小明\",\"age\":18,\"enrolled\":\"2024-09-01\"}", Student.class).age()  // = 18
 * Json.loads("[1, 2.5, \"x\", null]")                         // = [1, 2.5, x, null] (a List, like Python's list)
 * }</pre>
 *
 * <p>Dates are written as ISO-8601 strings ({@code "2024-09-01"}), not as numbers. Object keys keep the order of
 * the record's components or of the map, like Python 3.7+ dicts. Unknown fields in the input are an error, so a
 * typo such as {@code "nmae"} is caught rather than silently dropped. For full control use Jackson's
 * {@link ObjectMapper} directly: this class only chooses sensible defaults.
 */
public final class Json {

    /** Immutable after construction and thread-safe; readers and writers are derived from it, never changed. */
    private static final ObjectMapper MAPPER = JsonMapper.builder()
        .addModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
        .build();

    private static final ObjectWriter COMPACT = MAPPER.writer();

    private static final ObjectWriter PRETTY = MAPPER.writerWithDefaultPrettyPrinter();

    private static final ObjectReader DYNAMIC = MAPPER.readerFor(Object.class);

    private Json() {
    }

    /**
     * Writes a value as compact JSON, like Python's {@code json.dumps(obj)}.
     *
     * @param value a record, bean, map, list, array, string, number, boolean, {@code java.time} value, or null
     * @return the JSON text on one line
     * @throws IllegalArgumentException if Jackson cannot write the value (the message says why)
     */
    public static String dumps(Object value) {
        return write(COMPACT, value);
    }

    /**
     * Writes a value as indented JSON, like Python's {@code json.dumps(obj, indent=2)}.
     *
     * @param value as for {@link #dumps(Object)}
     * @return the JSON text, one field per line
     * @throws IllegalArgumentException if Jackson cannot write the value
     */
    public static String dumpsPretty(Object value) {
        return write(PRETTY, value);
    }

    /**
     * Reads JSON without a target type, like Python's {@code json.loads(s)}: objects become
     * {@code Map<String, Object>} (in input order), arrays {@code List<Object>}, numbers {@code Integer},
     * {@code Long}, {@code BigInteger} or {@code Double}.
     *
     * @param json the JSON text, not null
     * @return a map, list, string, number, boolean or null
     * @throws IllegalArgumentException if the text is not valid JSON (the message gives line and column)
     */
    public static Object loads(String json) {
        Objects.requireNonNull(json, "Json.loads 的 JSON 文本不能为 null");
        try {
            return DYNAMIC.readValue(json);
        } catch (JsonProcessingException e) {
            throw parseError(e);
        }
    }

    /**
     * Reads a JSON object into a {@code Map}, the Java form of a Python {@code dict}.
     *
     * @param json the JSON text of an object, not null
     * @return the fields in input order
     * @throws IllegalArgumentException if the text is not a valid JSON object
     */
    public static Map<String, Object> loadsMap(String json) {
        return loads(json, new TypeReference<Map<String, Object>>() { });
    }

    /**
     * Reads a JSON array into a {@code List}, the Java form of a Python {@code list}.
     *
     * @param json the JSON text of an array, not null
     * @return the elements, maps and lists inside stay dynamic
     * @throws IllegalArgumentException if the text is not a valid JSON array
     */
    public static List<Object> loadsList(String json) {
        return loads(json, new TypeReference<List<Object>>() { });
    }

    /**
     * Reads JSON into a class, typically a record.
     *
     * @param json the JSON text, not null
     * @param type the target class, not null
     * @param <T> the target type
     * @return the value built from the JSON
     * @throws IllegalArgumentException if the text is not valid JSON or does not fit {@code type}
     */
    public static <T> T loads(String json, Class<T> type) {
        Objects.requireNonNull(type, "Json.loads 的目标类型不能为 null");
        return read(json, MAPPER.constructType(type));
    }

    /**
     * Reads JSON into a generic type, which a {@code Class} cannot name because of erasure:
     * {@code Json.loads(text, new TypeReference<List<Student>>() {})}.
     *
     * @param json the JSON text, not null
     * @param type the target type, written as an anonymous subclass of {@link TypeReference}
     * @param <T> the target type
     * @return the value built from the JSON
     * @throws IllegalArgumentException if the text is not valid JSON or does not fit {@code type}
     */
    public static <T> T loads(String json, TypeReference<T> type) {
        Objects.requireNonNull(type, "Json.loads 的目标类型不能为 null");
        return read(json, MAPPER.getTypeFactory().constructType(type));
    }

    private static <T> T read(String json, JavaType type) {
        Objects.requireNonNull(json, "Json.loads 的 JSON 文本不能为 null");
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw parseError(e);
        }
    }

    /**
     * Converts between a typed value and its dynamic form without going through text, e.g. a record to a
     * {@code Map} ({@code Json.convert(student, Map.class)}) or a {@code Map} to a record.
     *
     * @param value the value to convert, may be null
     * @param type the target class, not null
     * @param <T> the target type
     * @return the converted value
     * @throws IllegalArgumentException if the value does not fit {@code type}
     */
    public static <T> T convert(Object value, Class<T> type) {
        Objects.requireNonNull(type, "Json.convert 的目标类型不能为 null");
        return MAPPER.convertValue(value, type);
    }

    /**
     * Converts a value to a generic type, e.g. a list of maps to
     * {@code Json.convert(rows, new TypeReference<List<Student>>() {})}.
     *
     * @param value the value to convert, may be null
     * @param type the target type
     * @param <T> the target type
     * @return the converted value
     * @throws IllegalArgumentException if the value does not fit {@code type}
     */
    public static <T> T convert(Object value, TypeReference<T> type) {
        Objects.requireNonNull(type, "Json.convert 的目标类型不能为 null");
        return MAPPER.convertValue(value, type);
    }

    private static String write(ObjectWriter writer, Object value) {
        try {
            return writer.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("无法转成 JSON：" + e.getOriginalMessage(), e);
        }
    }

    private static IllegalArgumentException parseError(JsonProcessingException e) {
        JsonLocation where = e.getLocation();
        String position = where == null ? "" : "（第 " + where.getLineNr() + " 行第 " + where.getColumnNr() + " 列）";
        return new IllegalArgumentException("JSON 解析失败" + position + "：" + e.getOriginalMessage(), e);
    }
}
