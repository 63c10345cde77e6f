/**
 * Serialization: seed point 16 (序列化：pickle、json、Google 的 protobuf).
 *
 * <ul>
 *   <li>{@link edu.pyjava.serialization.Pickle}: Python's {@code pickle.dumps} / {@code pickle.loads} over Java
 *       serialization, with an allow-list filter, because unpickling untrusted bytes runs the attacker's code in
 *       both languages.</li>
 *   <li>{@link edu.pyjava.serialization.Json}: {@code json.dumps} / {@code json.loads} with Jackson (records,
 *       {@code java.time}, maps and lists, {@code TypeReference} for generics).</li>
 *   <li>Protobuf needs no wrapper: the build compiles {@code src/main/proto/course.proto} into
 *       {@link edu.pyjava.serialization.proto}, and the generated classes already have
 *       {@code toByteArray()} and {@code parseFrom(bytes)}.</li>
 *   <li>{@link edu.pyjava.serialization.FormatComparison}: the three formats' size and speed on the same data.</li>
 * </ul>
 */
package edu.pyjava.serialization;
