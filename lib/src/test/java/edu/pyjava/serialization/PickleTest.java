package edu.pyjava.serialization;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Serializable;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PickleTest {

    record Point(int x, int y) implements Serializable {
    }

    record Lesson(String title, LocalDate date, List<Point> points, Map<String, BigDecimal> fees, int[] marks)
        implements Serializable {
    }

    /** Stands for any class an attacker could name: serializable, but not on the caller's list. */
    static final class Gadget implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    record Holder(Object content) implements Serializable {
    }

    record Positive(int value) implements Serializable {
        Positive {
            if (value <= 0) {
                throw new IllegalArgumentException("value 必须为正");
            }
        }
    }

    @Test
    void recordRoundTripsThroughBytes() {
        byte[] bytes = Pickle.dumps(new Point(1, 2));

        assertEquals(new Point(1, 2), Pickle.loads(bytes, Point.class));
    }

    @Test
    void nestedGraphWithJdkValueClassesRoundTripsWhenInnerClassesAreListed() {
        Map<String, BigDecimal> fees = new LinkedHashMap<>();
        fees.put("书本", new BigDecimal("12.50"));
        Lesson lesson = new Lesson("序列化", LocalDate.of(2024, 9, 1),
            new ArrayList<>(List.of(new Point(1, 2), new Point(3, 4))), fees, new int[] {90, 85});

        Lesson back = Pickle.loads(Pickle.dumps(lesson), Lesson.class, Point.class);

        assertEquals(lesson.title(), back.title());
        assertEquals(lesson.date(), back.date());
        assertEquals(lesson.points(), back.points());
        assertEquals(lesson.fees(), back.fees());
        assertArrayEquals(lesson.marks(), back.marks());
    }

    @Test
    void arraysOfListedClassesAreAccepted() {
        Holder holder = new Holder(new Point[][] {{new Point(1, 2)}});

        Holder back = Pickle.loads(Pickle.dumps(holder), Holder.class, Point.class);

        assertEquals(new Point(1, 2), ((Point[][]) back.content())[0][0]);
    }

    @Test
    void immutableCollectionsFromListOfAndMapOfAreAccepted() {
        Holder holder = new Holder(List.of(Map.of("a", 1), Set.of("x")));

        assertEquals(holder, Pickle.loads(Pickle.dumps(holder), Holder.class));
    }

    @Test
    void classNotOnTheListIsRejectedAndNamedInTheMessage() {
        byte[] payload = Pickle.dumps(new Holder(new Gadget()));

        UnpicklingException error =
            assertThrows(UnpicklingException.class, () -> Pickle.loads(payload, Holder.class));

        assertTrue(error.getMessage().startsWith("拒绝反序列化：数据里有不在允许列表 (allow-list) 中的类 "
            + Gadget.class.getName()), error.getMessage());
    }

    @Test
    void unknownClassNameIsRejectedByTheAllowListBeforeAnyLoadingIsTried() {
        byte[] payload = Pickle.dumps(new Holder(new Gadget()));
        String original = Gadget.class.getName();
        String absent = original.replace("Gadget", "Gidget"); // 同样长度、这个 JVM 里不存在的类
        byte[] patched = new String(payload, StandardCharsets.ISO_8859_1).replace(original, absent)
            .getBytes(StandardCharsets.ISO_8859_1);

        UnpicklingException error = assertThrows(UnpicklingException.class, () -> Pickle.loads(patched, Holder.class));

        assertTrue(error.getMessage().startsWith("拒绝反序列化：数据里有不在允许列表 (allow-list) 中的类 " + absent),
            error.getMessage());
    }

    @Test
    void rootOfAnUnexpectedClassIsRejectedBeforeItIsCreated() {
        byte[] payload = Pickle.dumps(new Gadget());

        UnpicklingException error = assertThrows(UnpicklingException.class, () -> Pickle.loads(payload, Point.class));

        assertTrue(error.getMessage().contains(Gadget.class.getName()), error.getMessage());
    }

    @Test
    void jdkClassOutsideTheValueListIsRejectedToo() {
        byte[] payload = Pickle.dumps(new Holder(new java.util.Date(0)));

        UnpicklingException error =
            assertThrows(UnpicklingException.class, () -> Pickle.loads(payload, Holder.class));

        assertTrue(error.getMessage().contains("java.util.Date"), error.getMessage());
    }

    @Test
    void arrayOfADisallowedClassIsRejected() {
        byte[] payload = Pickle.dumps(new Holder(new Gadget[] {new Gadget()}));

        UnpicklingException error =
            assertThrows(UnpicklingException.class, () -> Pickle.loads(payload, Holder.class));

        assertTrue(error.getMessage().contains(Gadget.class.getName() + "[]"), error.getMessage());
    }

    @Test
    void deeplyNestedStreamIsRejectedWithTheDepthLimit() {
        Object nested = "底";
        for (int i = 0; i < Pickle.MAX_DEPTH + 5; i++) {
            nested = new ArrayList<>(List.of(nested));
        }
        byte[] payload = Pickle.dumps(new Holder(nested));

        UnpicklingException error =
            assertThrows(UnpicklingException.class, () -> Pickle.loads(payload, Holder.class));

        assertEquals("拒绝反序列化：对象嵌套太深，超过了 " + Pickle.MAX_DEPTH + " 层 (depth)", error.getMessage());
    }

    @Test
    void hugeArrayIsRejectedBeforeItIsAllocated() {
        byte[] payload = Pickle.dumps(new Holder(new byte[Pickle.MAX_ARRAY_LENGTH + 1]));

        UnpicklingException error =
            assertThrows(UnpicklingException.class, () -> Pickle.loads(payload, Holder.class));

        assertTrue(error.getMessage().contains("数组长度 " + (Pickle.MAX_ARRAY_LENGTH + 1)), error.getMessage());
    }

    @Test
    void recordValidationRunsOnLoad() {
        byte[] good = Pickle.dumps(new Positive(5));

        assertEquals(new Positive(5), Pickle.loads(good, Positive.class));
        // 记录类 (record) 反序列化时走规范构造器：篡改后的数据过不了校验
        byte[] tampered = good.clone();
        tampered[tampered.length - 1] = 0; // 最后 4 个字节是 int 字段 value 的值
        UnpicklingException error =
            assertThrows(UnpicklingException.class, () -> Pickle.loads(tampered, Positive.class));
        assertTrue(error.getMessage().contains("value 必须为正"), error.getMessage());
    }

    @Test
    void wrongRootTypeIsReportedWithBothNames() {
        byte[] bytes = Pickle.dumps(new ArrayList<>(List.of(1)));

        UnpicklingException error = assertThrows(UnpicklingException.class,
            () -> Pickle.loads(bytes, HashSet.class));

        assertTrue(error.getMessage().contains("java.util.ArrayList"), error.getMessage());
    }

    @Test
    void truncatedBytesAreReportedAsCorrupt() {
        byte[] bytes = Pickle.dumps(new Point(1, 2));
        byte[] truncated = Arrays.copyOf(bytes, bytes.length / 2);

        UnpicklingException error = assertThrows(UnpicklingException.class, () -> Pickle.loads(truncated, Point.class));

        assertTrue(error.getMessage().startsWith("数据不是完整的 Java 序列化流"), error.getMessage());
    }

    @Test
    void notSerializableMemberIsNamedByDumps() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
            () -> Pickle.dumps(new Holder(new Object())));

        assertEquals("无法序列化：类 java.lang.Object 没有实现 java.io.Serializable（对象图里的每个对象都必须实现它）",
            error.getMessage());
    }

    @Test
    void nullArgumentsAreRejectedWithClearMessages() {
        assertEquals("Pickle.dumps 的参数不能为 null",
            assertThrows(NullPointerException.class, () -> Pickle.dumps(null)).getMessage());
        assertTrue(assertThrows(NullPointerException.class, () -> Pickle.loads(new byte[0], null))
            .getMessage().startsWith("Pickle.loads 的 type 不能为 null"));
        assertEquals("Pickle.loads 的允许类列表里不能有 null",
            assertThrows(NullPointerException.class,
                () -> Pickle.loads(new byte[0], Point.class, (Class<?>) null)).getMessage());
    }
}
