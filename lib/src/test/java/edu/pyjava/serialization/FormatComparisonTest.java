package edu.pyjava.serialization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeout;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.pyjava.serialization.proto.Course;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class FormatComparisonTest {

    @Test
    void tableHasOneRowPerFormatWithTheAgreedColumnsWithinTwoSeconds() {
        warmUpClassLoading();

        Table table = assertTimeout(Duration.ofSeconds(2), () -> FormatComparison.run(50));

        assertEquals(List.of("format", "bytes", "encode µs/op", "decode µs/op", "schema?", "cross-language?"),
            table.columnNames());
        assertEquals(List.of("Java 序列化", "JSON", "Protobuf"), table.stringColumn("format").asList());
        for (int row = 0; row < 3; row++) {
            assertTrue(table.doubleColumn("encode µs/op").get(row) > 0);
            assertTrue(table.doubleColumn("decode µs/op").get(row) > 0);
        }
    }

    /** Loads Jackson, protobuf and Tablesaw first: the time limit is about measuring, not about a cold JVM. */
    private static void warmUpClassLoading() {
        FormatComparison.CourseData course = FormatComparison.sampleCourse(1);
        Pickle.loads(Pickle.dumps(course), FormatComparison.CourseData.class, FormatComparison.StudentData.class);
        Json.loads(Json.dumps(course), FormatComparison.CourseData.class);
        FormatComparison.toMessage(course).toByteArray();
        Table.create("warm-up").print();
    }

    @Test
    void protobufIsSmallestAndJavaSerializationLargest() {
        Table table = FormatComparison.run(50);
        int java = table.intColumn("bytes").get(0);
        int json = table.intColumn("bytes").get(1);
        int protobuf = table.intColumn("bytes").get(2);

        assertTrue(protobuf < json && json < java, "sizes: " + table.intColumn("bytes").asList());
    }

    @Test
    void byteCountsMatchWhatEachFormatReallyWrites() throws Exception {
        FormatComparison.CourseData course = FormatComparison.sampleCourse(3);
        Table table = FormatComparison.run(3);

        assertEquals(Pickle.dumps(course).length, table.intColumn("bytes").get(0));
        assertEquals(Json.dumps(course).getBytes(java.nio.charset.StandardCharsets.UTF_8).length,
            table.intColumn("bytes").get(1));
        Course message = FormatComparison.toMessage(course);
        assertEquals(message.toByteArray().length, table.intColumn("bytes").get(2));
        assertEquals(message, Course.parseFrom(message.toByteArray()));
        assertEquals("学生2", message.getStudents(1).getName());
    }

    @Test
    void studentCountOutOfRangeIsRejected() {
        IllegalArgumentException error =
            assertThrows(IllegalArgumentException.class, () -> FormatComparison.run(0));
        assertEquals("studentCount 应在 1 到 10000 之间，实际为 0", error.getMessage());
    }
}
