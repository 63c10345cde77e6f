package edu.pyjava.itertools;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * Python's {@code range(start, stop, step)}: the integers from {@code start} up to (not including) {@code stop},
 * {@code step} apart; a negative step counts down.
 *
 * <p>For step 1, the JDK's own way is {@link IntStream#range(int, int)}; this class adds what it lacks: a step
 * (including negative), use in a for-each loop, {@link #size()}, {@link #get(int)} and {@link #contains(int)}
 * without building a list, and Python's printout. Like a Python {@code range}, it can be iterated many times
 * and takes no memory for its elements.
 *
 * <pre>{@code
 * Range.of(10, 0, -3).toList()     // = [10, 7, 4, 1]         Python: list(range(10, 0, -3))
 * Range.of(5).intStream().sum()    // = 10                    Python: sum(range(5))
 * Range.of(0, 10, 2).contains(4)   // = true                  Python: 4 in range(0, 10, 2)
 * Range.of(3, 3).size()            // = 0 (an empty range is fine, like Python)
 * }</pre>
 */
public final class Range implements LazyIterable<Integer> {

    private final int start;
    private final int stop;
    private final int step;
    private final long size;

    private Range(int start, int stop, int step) {
        if (step == 0) {
            throw new IllegalArgumentException("range 的步长 (step) 不能为 0：步长为 0 永远到不了终点");
        }
        this.start = start;
        this.stop = stop;
        this.step = step;
        this.size = sizeOf(start, stop, step);
    }

    private static long sizeOf(long start, long stop, long step) {
        if (step > 0) {
            return start < stop ? (stop - start - 1) / step + 1 : 0;
        }
        return start > stop ? (start - stop - 1) / -step + 1 : 0;
    }

    /**
     * {@code range(stop)}: 0, 1, ..., stop - 1.
     *
     * @param stop the first number NOT included; 0 or less gives an empty range
     * @return the range
     */
    public static Range of(int stop) {
        return new Range(0, stop, 1);
    }

    /**
     * {@code range(start, stop)}: start, start + 1, ..., stop - 1.
     *
     * @param start the first number
     * @param stop  the first number NOT included; if it is not above {@code start} the range is empty
     * @return the range
     */
    public static Range of(int start, int stop) {
        return new Range(start, stop, 1);
    }

    /**
     * {@code range(start, stop, step)}: start, start + step, ... while before {@code stop}
     * (below it for a positive step, above it for a negative step).
     *
     * @param start the first number
     * @param stop  the number NOT reached
     * @param step  the distance between numbers; negative counts down
     * @return the range
     * @throws IllegalArgumentException if {@code step} is 0 (Python raises {@code ValueError})
     */
    public static Range of(int start, int stop, int step) {
        return new Range(start, stop, step);
    }

    /** {@return the first number, as given (Python's {@code r.start})} */
    public int start() {
        return start;
    }

    /** {@return the number not reached, as given (Python's {@code r.stop})} */
    public int stop() {
        return stop;
    }

    /** {@return the step, as given (Python's {@code r.step})} */
    public int step() {
        return step;
    }

    /**
     * How many numbers the range holds, Python's {@code len(r)}, computed without iterating.
     *
     * @return the number of elements
     * @throws ArithmeticException if the range holds more than {@link Integer#MAX_VALUE} numbers
     *                             (Python raises {@code OverflowError} in the same spirit)
     */
    public int size() {
        if (size > Integer.MAX_VALUE) {
            throw new ArithmeticException("range 太长 (" + size + " 个数)，超出了 int 能表示的长度");
        }
        return (int) size;
    }

    /** {@return {@code true} if the range holds no numbers, like Python's {@code not r}} */
    public boolean isEmpty() {
        return size == 0;
    }

    /**
     * The number at a position, Python's {@code r[index]}; a negative index counts from the end.
     *
     * @param index 0 .. size-1, or -size .. -1 from the end
     * @return {@code start + index * step}
     * @throws IndexOutOfBoundsException if the index is outside the range
     */
    public int get(int index) {
        long position = index < 0 ? size + index : index;
        if (position < 0 || position >= size) {
            throw new IndexOutOfBoundsException(
                "range 下标越界：下标 " + index + "，但 " + this + " 只有 " + size + " 个数");
        }
        return valueAt(position);
    }

    private int valueAt(long position) {
        return (int) (start + position * step);
    }

    /**
     * Whether the number is one of the range's numbers, Python's {@code n in r}, computed without iterating.
     *
     * @param number the number to look for
     * @return {@code true} if iterating the range would reach it
     */
    public boolean contains(int number) {
        long offset = (long) number - start;
        return offset % step == 0 && offset / step >= 0 && offset / step < size;
    }

    /**
     * The numbers as an {@link IntStream}, without boxing: {@code Range.of(1, 4).intStream().sum()} = 6.
     *
     * @return a new stream over the numbers in order
     */
    public IntStream intStream() {
        if (step == 1) {
            return IntStream.range(start, stop);
        }
        return LongStream.range(0, size).mapToInt(this::valueAt);
    }

    /**
     * The numbers as a boxed stream; prefer {@link #intStream()} for arithmetic.
     *
     * @return a new stream over the numbers in order
     */
    @Override
    public Stream<Integer> stream() {
        return intStream().boxed();
    }

    /**
     * An iterator over the numbers, so that {@code for (int i : Range.of(10, 0, -3))} works.
     *
     * @return a new iterator starting at {@code start}
     */
    @Override
    public Iterator<Integer> iterator() {
        return new Iterator<>() {
            private long position;

            @Override
            public boolean hasNext() {
                return position < size;
            }

            @Override
            public Integer next() {
                if (!hasNext()) {
                    throw new NoSuchElementException("range 已经遍历完了");
                }
                return valueAt(position++);
            }
        };
    }

    /**
     * Two ranges are equal when they hold the same numbers, as in Python:
     * {@code Range.of(0).equals(Range.of(5, 5))} = true.
     *
     * @param other any object
     * @return whether {@code other} is a range with the same numbers in the same order
     */
    @Override
    public boolean equals(Object other) {
        if (!(other instanceof Range that) || size != that.size) {
            return false;
        }
        return size == 0 || (start == that.start && (size == 1 || step == that.step));
    }

    @Override
    public int hashCode() {
        if (size == 0) {
            return 0;
        }
        return size == 1 ? Long.hashCode(size) * 31 + start : (Long.hashCode(size) * 31 + start) * 31 + step;
    }

    /**
     * Python's printout: {@code range(0, 5)} or {@code range(10, 0, -3)}.
     *
     * @return the range as Python prints it
     */
    @Override
    public String toString() {
        return step == 1 ? "range(" + start + ", " + stop + ")" : "range(" + start + ", " + stop + ", " + step + ")";
    }
}
