/**
 * Protobuf messages generated at build time from {@code lib/src/main/proto/course.proto} (seed point 16): a
 * {@link edu.pyjava.serialization.proto.Student} (name, age, scores) and a
 * {@link edu.pyjava.serialization.proto.Course} (title, students).
 *
 * <pre>{@code
 * Student student = Student.newBuilder().setName("小明").setAge(18).addScores(90).build();
 * byte[] bytes = student.toByteArray();        // Python: student.SerializeToString()
 * Student.parseFrom(bytes).getName()           // = "小明"  (Python: Student.FromString(bytes))
 * }</pre>
 *
 * <p>Do not edit the generated classes: change the {@code .proto} file and rebuild. Field numbers, not names, go
 * over the wire, so a field's number must never change once data has been written.
 */
package edu.pyjava.serialization.proto;
