package edu.pyjava.serialization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    record Student(String name, int age, LocalDate enrolled) {
    }

    record Event(String title, LocalDateTime at) {
    }

    @Test
    void recordIsWrittenWithComponentsInOrderAndIsoDates() {
        String json = Json.dumps(new Student("小明", 18, LocalDate.of(2024, 9, 1)));

        assertEquals("{\"name\":\"小明\",\"age\":18,\"enrolled\":\"2024-09-01\"}", json);
    }

    @Test
    void recordRoundTripsThroughText() {
        Event event = new Event("考试", LocalDateTime.of(2024, 6, 7, 9, 0));

        assertEquals(event, Json.loads(Json.dumps(event), Event.class));
    }

    @Test
    void prettyPrintPutsOneFieldPerLine() {
        String json = Json.dumpsPretty(Map.of("a", 1));

        assertEquals("{\n  \"a\" : 1\n}", json.replace("\r\n", "\n"));
    }

    @Test
    void untypedLoadGivesMapsListsAndPlainValuesLikePython() {
        Object value = Json.loads("{\"b\": [1, 2.5, \"x\", true, null], \"a\": {}}");

        Map<?, ?> map = assertInstanceOf(Map.class, value);
        assertEquals(List.of("b", "a"), List.copyOf(map.keySet()), "keys keep input order like a dict");
        List<?> list = assertInstanceOf(List.class, map.get("b"));
        assertEquals(1, list.get(0));
        assertEquals(2.5, list.get(1));
        assertEquals("x", list.get(2));
        assertEquals(true, list.get(3));
        assertNull(list.get(4));
    }

    @Test
    void loadsMapAndLoadsListGiveTypedContainers() {
        assertEquals(Map.of("n", 1), Json.loadsMap("{\"n\": 1}"));
        assertEquals(List.of("a", "b"), Json.loadsList("[\"a\", \"b\"]"));
    }

    @Test
    void typeReferenceReadsAGenericList() {
        List<Student> students = Json.loads(
            "[{\"name\":\"甲\",\"age\":18,\"enrolled\":\"2024-09-01\"}]", new TypeReference<List<Student>>() { });

        assertEquals(List.of(new Student("甲", 18, LocalDate.of(2024, 9, 1))), students);
    }

    @Test
    void convertTurnsARecordIntoAMapAndBack() {
        Student student = new Student("乙", 19, LocalDate.of(2023, 9, 1));

        @SuppressWarnings("unchecked")
        Map<String, Object> map = Json.convert(student, Map.class);
        assertEquals(new LinkedHashMap<>(Map.of("name", "乙", "age", 19, "enrolled", "2023-09-01")), map);
        assertEquals(student, Json.convert(map, Student.class));
        assertEquals(List.of(student), Json.convert(List.of(map), new TypeReference<List<Student>>() { }));
    }

    @Test
    void malformedJsonReportsLineAndColumn() {
        IllegalArgumentException error =
            assertThrows(IllegalArgumentException.class, () -> Json.loads("{\"a\": 1,\n \"b\" 2}"));

        assertTrue(error.getMessage().startsWith("JSON 解析失败（第 2 行第 6 列）："), error.getMessage());
    }

    @Test
    void unknownFieldIsAnErrorRatherThanSilentlyDropped() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
            () -> Json.loads("{\"nmae\":\"小明\",\"age\":18}", Student.class));

        assertTrue(error.getMessage().contains("nmae"), error.getMessage());
    }

    @Test
    void nullTextIsRejectedWithAClearMessage() {
        assertEquals("Json.loads 的 JSON 文本不能为 null",
            assertThrows(NullPointerException.class, () -> Json.loads(null)).getMessage());
        assertEquals("Json.loads 的目标类型不能为 null",
            assertThrows(NullPointerException.class, () -> Json.loads("1", (Class<?>) null)).getMessage());
    }

    @Test
    void nullValueIsWrittenAsJsonNull() {
        assertEquals("null", Json.dumps(null));
    }
}
