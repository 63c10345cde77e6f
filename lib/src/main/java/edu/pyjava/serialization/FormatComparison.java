package edu.pyjava.serialization;

import edu.pyjava.serialization.proto.Course;
import edu.pyjava.serialization.proto.Student;
import com.google.protobuf.InvalidProtocolBufferException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Serializes the same course (a title and {@code n} students with names, ages and scores) with Java
 * serialization ({@link Pickle}), JSON ({@link Json}) and protobuf, and tabulates size and speed.
 *
 * <pre>{@code
 * Table table = FormatComparison.run(100);
 * table.stringColumn("format").asList()  // = [Java 序列化, JSON, Protobuf]
 * table.intColumn("bytes").get(2) < table.intColumn("bytes").get(1)  // = true (protobuf is the smallest)
 * }</pre>
 *
 * <p>The byte counts are exact and repeatable. The microsecond columns are measured on the spot: 0.45 s of
 * warm-up that runs all three formats in turn, then 0.06 s per operation, about 0.8 s in all plus the first
 * loading of Jackson and protobuf. They change from run to run and machine to machine, and a JVM this young has
 * not finished compiling the code yet (a second run is faster): read the ratios, not the digits. For careful
 * measurements use JMH. Python analog: timing {@code pickle}, {@code json} and protobuf with {@code timeit}.
 */
public final class FormatComparison {

    private static final long WARM_UP_NANOS = 450_000_000L;
    private static final long MEASURE_NANOS = 60_000_000L;

    /**
     * The Java side of the sample: a record the three formats all describe.
     *
     * @param title the course's title
     * @param students the students
     */
    record CourseData(String title, List<StudentData> students) implements Serializable {
    }

    /**
     * One student of the sample.
     *
     * @param name the name
     * @param age the age in years
     * @param scores three exam scores
     */
    record StudentData(String name, int age, List<Integer> scores) implements Serializable {
    }

    private FormatComparison() {
    }

    /**
     * Measures the three formats on a course of {@code studentCount} students.
     *
     * @param studentCount how many students the sample course has, 1 to 10 000
     * @return a table with the columns format, bytes, encode µs/op, decode µs/op, schema?, cross-language?
     * @throws IllegalArgumentException if {@code studentCount} is out of range
     */
    public static Table run(int studentCount) {
        if (studentCount < 1 || studentCount > 10_000) {
            throw new IllegalArgumentException("studentCount 应在 1 到 10000 之间，实际为 " + studentCount);
        }
        CourseData course = sampleCourse(studentCount);
        Course message = toMessage(course);
        List<Format> formats = List.of(
            new Format("Java 序列化", "要（Java 类本身）", "否（只有 Java）",
                () -> Pickle.dumps(course),
                bytes -> Pickle.loads(bytes, CourseData.class, StudentData.class)),
            new Format("JSON", "不要", "是",
                () -> Json.dumps(course).getBytes(StandardCharsets.UTF_8),
                bytes -> Json.loads(new String(bytes, StandardCharsets.UTF_8), CourseData.class)),
            new Format("Protobuf", "要（.proto 文件）", "是",
                message::toByteArray,
                FormatComparison::parseCourse));
        warmUp(formats);
        List<Measurement> rows = formats.stream().map(FormatComparison::measure).toList();
        return Table.create("同一门课（" + studentCount + " 名学生）的三种序列化格式",
            StringColumn.create("format", rows.stream().map(Measurement::format)),
            IntColumn.create("bytes", rows.stream().mapToInt(Measurement::bytes).toArray()),
            DoubleColumn.create("encode µs/op", rows.stream().mapToDouble(Measurement::encodeMicros)),
            DoubleColumn.create("decode µs/op", rows.stream().mapToDouble(Measurement::decodeMicros)),
            StringColumn.create("schema?", rows.stream().map(Measurement::schema)),
            StringColumn.create("cross-language?", rows.stream().map(Measurement::crossLanguage)));
    }

    /**
     * The sample course, deterministic: student {@code i} is called 学生i.
     *
     * @param studentCount how many students
     * @return the course
     */
    static CourseData sampleCourse(int studentCount) {
        List<StudentData> students = IntStream.rangeClosed(1, studentCount)
            .mapToObj(i -> new StudentData("学生" + i, 18 + i % 5, List.of(60 + i % 40, 70 + i % 30, 80 + i % 20)))
            .toList();
        return new CourseData("Python 与 Java", students);
    }

    /**
     * The same course as a protobuf message.
     *
     * @param course the course
     * @return the generated message
     */
    static Course toMessage(CourseData course) {
        Course.Builder builder = Course.newBuilder().setTitle(course.title());
        for (StudentData student : course.students()) {
            builder.addStudents(Student.newBuilder()
                .setName(student.name())
                .setAge(student.age())
                .addAllScores(student.scores()));
        }
        return builder.build();
    }

    private static Course parseCourse(byte[] bytes) {
        try {
            return Course.parseFrom(bytes);
        } catch (InvalidProtocolBufferException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Format(String name, String schema, String crossLanguage,
                          Supplier<byte[]> encode, Function<byte[], ?> decode) {
    }

    private record Measurement(String format, int bytes, double encodeMicros, double decodeMicros,
                               String schema, String crossLanguage) {
    }

    /** Runs every format in turn for a while, so the JIT compiles all of them before anything is timed. */
    private static void warmUp(List<Format> formats) {
        long end = System.nanoTime() + WARM_UP_NANOS;
        while (System.nanoTime() < end) {
            for (Format format : formats) {
                format.decode().apply(format.encode().get());
            }
        }
    }

    private static Measurement measure(Format format) {
        byte[] encoded = format.encode().get();
        double encodeMicros = microsPerOperation(format.encode());
        double decodeMicros = microsPerOperation(() -> format.decode().apply(encoded));
        return new Measurement(format.name(), encoded.length, encodeMicros, decodeMicros,
            format.schema(), format.crossLanguage());
    }

    /** Calls {@code operation} for a fixed time; returns microseconds per call, rounded to two decimals. */
    private static double microsPerOperation(Supplier<?> operation) {
        List<Object> keep = new ArrayList<>(1);
        long start = System.nanoTime();
        long elapsed;
        int calls = 0;
        do {
            // 保留结果，免得 JIT 把整个调用当作无用代码删掉
            keep.add(operation.get());
            keep.clear();
            calls++;
            elapsed = System.nanoTime() - start;
        } while (elapsed < MEASURE_NANOS);
        return Math.round(elapsed / 1_000.0 / calls * 100) / 100.0;
    }
}
