package edu.pyjava.slicing;

import edu.pyjava.itertools.Range;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * Python's slice {@code [start:stop:step]}, applied to a {@link List}, a {@link String} or an array with
 * {@code from(...)}.
 *
 * <pre>{@code
 * Slice.of(1, -1).from("hello")                 // = "ell"        Python: "hello"[1:-1]
 * Slice.parse("::-1").from(List.of(1, 2, 3))    // = [3, 2, 1]    Python: [1, 2, 3][::-1]
 * Slice.of(null, 100).from("abc")               // = "abc"        Python: "abc"[:100]  (clamped, no error)
 * Slice.of(null, null, 2).from(new int[] {0, 1, 2, 3, 4})   // = [0, 2, 4]
 * }</pre>
 *
 * <p>The rules are Python's, exactly: a negative bound counts from the end ({@code -1} is the last element);
 * a bound past either end is clamped to that end, so slicing never throws for out-of-range bounds; a
 * {@code null} bound (Python's omitted bound, or {@code None}) means "from the edge the step starts at" and
 * "to the edge it walks towards"; a negative step walks backwards; step 0 is an error.
 *
 * <p>Every result is a new copy. This is the difference from the JDK: {@link List#subList} returns a VIEW that
 * writes through to the original list and breaks if the original changes size; a slice of a list is a new
 * {@link ArrayList} that you own, like Python's {@code a[:]}, the usual Python idiom for copying a list
 * (a shallow copy: the elements themselves are shared).
 *
 * @param start the first index taken, or {@code null} for "from the start" (from the end if step is negative)
 * @param stop  the first index NOT taken, or {@code null} for "to the end" (to the start if step is negative)
 * @param step  the distance between taken indices, or {@code null} for 1; never 0
 */
public record Slice(Integer start, Integer stop, Integer step) {

    /**
     * Checks the step.
     *
     * @param start the first index taken, or null
     * @param stop  the first index not taken, or null
     * @param step  the step, or null for 1
     * @throws IllegalArgumentException if {@code step} is 0 (Python raises {@code ValueError})
     */
    public Slice {
        if (step != null && step == 0) {
            throw new IllegalArgumentException("切片的步长 (step) 不能为 0：[start:stop:0] 在 Python 中也会报 ValueError");
        }
    }

    /**
     * {@code [start:stop]}; pass {@code null} for an omitted bound: {@code Slice.of(null, 3)} is {@code [:3]}.
     *
     * @param start the first index taken, or null
     * @param stop  the first index not taken, or null
     * @return the slice
     */
    public static Slice of(Integer start, Integer stop) {
        return new Slice(start, stop, null);
    }

    /**
     * {@code [start:stop:step]}; pass {@code null} for an omitted part: {@code Slice.of(null, null, -1)} is
     * {@code [::-1]}.
     *
     * @param start the first index taken, or null
     * @param stop  the first index not taken, or null
     * @param step  the step, or null for 1; not 0
     * @return the slice
     * @throws IllegalArgumentException if {@code step} is 0
     */
    public static Slice of(Integer start, Integer stop, Integer step) {
        return new Slice(start, stop, step);
    }

    /**
     * Reads Python's slice notation, the part between the brackets: {@code "1:-1"}, {@code "::-1"},
     * {@code ":3"}, {@code "2:"}, {@code "::2"}. Empty parts are omitted bounds; spaces are allowed.
     *
     * @param notation {@code start:stop} or {@code start:stop:step}, each part an integer or empty
     * @return the slice
     * @throws IllegalArgumentException if the text is not slice notation, or the step is 0
     */
    public static Slice parse(String notation) {
        Objects.requireNonNull(notation, "切片写法 (notation) 不能为 null");
        String[] parts = notation.split(":", -1);
        if (parts.length < 2 || parts.length > 3) {
            throw new IllegalArgumentException(
                "切片写法应为 start:stop 或 start:stop:step（各部分可省略），实际为 \"" + notation + "\"");
        }
        return new Slice(part(parts[0], notation), part(parts[1], notation),
            parts.length == 3 ? part(parts[2], notation) : null);
    }

    private static Integer part(String text, String notation) {
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(trimmed);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                "切片写法 \"" + notation + "\" 中的 \"" + trimmed + "\" 不是整数", e);
        }
    }

    /**
     * The indices this slice takes from a sequence of the given length, with negative bounds resolved and
     * clamped: Python's {@code range(*s.indices(length))}.
     *
     * <pre>{@code
     * Slice.of(1, -1).indices(5)              // = range(1, 4)
     * Slice.parse("::-1").indices(3).toList() // = [2, 1, 0]
     * }</pre>
     *
     * @param length the length of the sequence, at least 0
     * @return the indices, in the order they are taken
     * @throws IllegalArgumentException if {@code length} is negative
     */
    public Range indices(int length) {
        if (length < 0) {
            throw new IllegalArgumentException("序列长度不能为负数，实际为 " + length);
        }
        int stepValue = step == null ? 1 : step;
        // 与 CPython 的 PySlice_AdjustIndices 相同：步长为负时，合法范围是 -1 .. length-1
        int lower = stepValue > 0 ? 0 : -1;
        int upper = stepValue > 0 ? length : length - 1;
        int from = start == null ? (stepValue > 0 ? lower : upper) : clamp(start, length, lower, upper);
        int to = stop == null ? (stepValue > 0 ? upper : lower) : clamp(stop, length, lower, upper);
        return Range.of(from, to, stepValue);
    }

    private static int clamp(int index, int length, int lower, int upper) {
        long resolved = index < 0 ? (long) index + length : index;
        return (int) Math.max(lower, Math.min(upper, resolved));
    }

    /**
     * Slices a list: {@code Slice.of(null, 2).from(List.of("a", "b", "c"))} = [a, b].
     *
     * @param list the list, not null; may hold nulls
     * @param <T>  the element type
     * @return a new, modifiable {@link ArrayList} (never a view, unlike {@link List#subList})
     */
    public <T> List<T> from(List<T> list) {
        Objects.requireNonNull(list, "要切片的 list 不能为 null");
        // LinkedList 的 get(i) 要从头数起：先复制成 ArrayList，切片才是线性时间
        List<T> source = list instanceof RandomAccess ? list : new ArrayList<>(list);
        Range picked = indices(source.size());
        List<T> result = new ArrayList<>(picked.size());
        for (int index : picked) {
            result.add(source.get(index));
        }
        return result;
    }

    /**
     * Slices a string by characters as Python counts them (Unicode code points), so an emoji is one character
     * and reversing keeps it whole: {@code Slice.parse("::-1").from("ab😀")} = "😀ba".
     *
     * @param text the string, not null
     * @return a new string
     */
    public String from(String text) {
        Objects.requireNonNull(text, "要切片的字符串不能为 null");
        int[] codePoints = text.codePoints().toArray();
        Range picked = indices(codePoints.length);
        int[] selected = new int[picked.size()];
        int next = 0;
        for (int index : picked) {
            selected[next++] = codePoints[index];
        }
        return new String(selected, 0, selected.length);
    }

    /**
     * Slices an {@code int[]}: {@code Slice.of(-2, null).from(new int[] {1, 2, 3})} = [2, 3].
     *
     * @param array the array, not null
     * @return a new array
     */
    public int[] from(int[] array) {
        Objects.requireNonNull(array, "要切片的数组不能为 null");
        return indices(array.length).intStream().map(index -> array[index]).toArray();
    }

    /**
     * Slices a {@code long[]}.
     *
     * @param array the array, not null
     * @return a new array
     */
    public long[] from(long[] array) {
        Objects.requireNonNull(array, "要切片的数组不能为 null");
        return indices(array.length).intStream().mapToLong(index -> array[index]).toArray();
    }

    /**
     * Slices a {@code double[]}.
     *
     * @param array the array, not null
     * @return a new array
     */
    public double[] from(double[] array) {
        Objects.requireNonNull(array, "要切片的数组不能为 null");
        return indices(array.length).intStream().mapToDouble(index -> array[index]).toArray();
    }

    /**
     * Slices a {@code char[]} (by {@code char}, not by code point; for text, slice the {@link String}).
     *
     * @param array the array, not null
     * @return a new array
     */
    public char[] from(char[] array) {
        Objects.requireNonNull(array, "要切片的数组不能为 null");
        Range picked = indices(array.length);
        char[] result = new char[picked.size()];
        int next = 0;
        for (int index : picked) {
            result[next++] = array[index];
        }
        return result;
    }

    /**
     * Slices an array of objects: {@code Slice.parse("::2").from(new String[] {"a", "b", "c"})} = [a, c].
     *
     * @param array the array, not null
     * @param <T>   the element type
     * @return a new array of the same component type
     */
    public <T> T[] from(T[] array) {
        Objects.requireNonNull(array, "要切片的数组不能为 null");
        Range picked = indices(array.length);
        // copyOf 只是为了得到同样元素类型、合适长度的新数组，内容随后逐个覆盖
        T[] result = Arrays.copyOf(array, picked.size());
        int next = 0;
        for (int index : picked) {
            result[next++] = array[index];
        }
        return result;
    }

    /**
     * Python's printout of a slice object: {@code slice(1, -1, None)}.
     *
     * @return the slice as Python's {@code repr} shows it
     */
    @Override
    public String toString() {
        return "slice(" + python(start) + ", " + python(stop) + ", " + python(step) + ")";
    }

    private static String python(Integer value) {
        return value == null ? "None" : value.toString();
    }
}
