package edu.pyjava.itertools;

/**
 * One item of {@link Builtins#enumerate(Iterable)}: a position and the value found there, the Java form of the
 * {@code (i, value)} tuples that Python's {@code enumerate} yields.
 *
 * <pre>{@code
 * for (Indexed<String> item : Builtins.enumerate(List.of("a", "b"), 1)) {
 *     System.out.println(item.index() + " " + item.value());   // prints "1 a" then "2 b"
 * }
 * new Indexed<>(0, "a")                                          // = Indexed[index=0, value=a]
 * }</pre>
 *
 * @param index the count, from the start given to {@code enumerate} (0 by default)
 * @param value the element, may be {@code null} if the source holds nulls
 * @param <T>   the element type
 */
public record Indexed<T>(int index, T value) {
}
