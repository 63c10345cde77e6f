/**
 * Python's slicing {@code seq[start:stop:step]} for Java lists, strings and arrays.
 *
 * <p>Serves seed point 4 (切片 {@code [start:end]} 包含 start，不含 end，可用于 str、list、tuple): negative
 * indices count from the end, bounds out of range are clamped instead of failing, an omitted bound means "from
 * the edge", a negative step walks backwards. {@link edu.pyjava.slicing.Slice} is the whole API:
 * {@code Slice.of(1, -1).from("hello")} = "ell".
 *
 * <p>The JDK's nearest tools are {@link java.util.List#subList}, {@link java.lang.String#substring} and
 * {@link java.util.Arrays#copyOfRange}: they take only non-negative, in-range indices and no step, and
 * {@code subList} is a view of the original list, while a slice is always a copy.
 */
package edu.pyjava.slicing;
