package edu.pyjava.itertools;

/**
 * Two values side by side: the Java form of the 2-tuples that Python's {@code zip(a, b)} yields.
 *
 * <pre>{@code
 * Builtins.zip(List.of("a", "b", "c"), List.of(1, 2)).toList()   // = [Pair[first=a, second=1], Pair[first=b, second=2]]
 * new Pair<>("x", 1).second()                                     // = 1
 * }</pre>
 *
 * @param first  the element from the first source, may be {@code null}
 * @param second the element from the second source, may be {@code null}
 * @param <A>    the first element's type
 * @param <B>    the second element's type
 */
public record Pair<A, B>(A first, B second) {
}
