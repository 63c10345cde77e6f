package edu.pyjava.exercises;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The hints of one exercise, from the idea to look at towards closer help: the first hint shows while the exercise
 * is not done ({@code ⏳}) and after any wrong attempt ({@code ❌}); each closer hint shows only after one more wrong
 * attempt, so a student who gets it on the first try never sees them. A hint names the idea or the API, never the
 * answer: the answer lives in the collapsed {@code solution} cell.
 *
 * <pre>{@code
 * Hints hints = Hints.of("想想 range 的右端包不包括在内", "IntStream.rangeClosed 包括右端");
 * Exercise.check("练习 1", () -> IntStream.range(1, 10).sum(), 55, hints)
 * // prints: ❌ 练习 1 未通过：期望 55，实际 45
 * //            提示：想想 range 的右端包不包括在内
 * // the same check with a second, different wrong answer prints also: 再提示：IntStream.rangeClosed 包括右端
 * hints.shownAfter(2)   // = [想想 range 的右端包不包括在内, IntStream.rangeClosed 包括右端]
 * }</pre>
 *
 * <p>Instances are immutable. Python analog: none built in; the hints a tutor gives one at a time.
 */
public final class Hints {

    private static final Hints NONE = new Hints(List.of());

    private final List<String> steps;

    private Hints(List<String> steps) {
        this.steps = steps;
    }

    /**
     * Hints from the idea to closer ones.
     *
     * <pre>{@code
     * Hints.of("用 Map.merge 计数").shownAfter(0)            // = [用 Map.merge 计数]
     * Hints.of("用 Map.merge 计数", "Integer::sum").size()   // = 2
     * }</pre>
     *
     * @param idea the first hint, shown on {@code ⏳} and on every {@code ❌}; not null or blank
     * @param closer hints shown after the 2nd, 3rd, ... wrong attempt; none null or blank
     * @return the hints
     * @throws NullPointerException if a hint or the array is null
     * @throws IllegalArgumentException if a hint is blank
     */
    public static Hints of(String idea, String... closer) {
        Objects.requireNonNull(closer, "更近一步的提示 (closer) 不能为 null");
        List<String> steps = new ArrayList<>(1 + closer.length);
        steps.add(requireText(idea, "第 1 条提示 (idea)"));
        for (int i = 0; i < closer.length; i++) {
            steps.add(requireText(closer[i], "第 " + (i + 2) + " 条提示"));
        }
        return new Hints(List.copyOf(steps));
    }

    /**
     * No hints at all.
     *
     * <pre>{@code
     * Hints.none().size()   // = 0
     * }</pre>
     *
     * @return the empty hints
     */
    public static Hints none() {
        return NONE;
    }

    /**
     * The hints a student should see after so many wrong attempts: the idea always (also before any attempt), then
     * one closer hint more for each wrong attempt after the first.
     *
     * <pre>{@code
     * Hints hints = Hints.of("a", "b", "c");
     * hints.shownAfter(0)   // = [a]
     * hints.shownAfter(1)   // = [a]
     * hints.shownAfter(2)   // = [a, b]
     * hints.shownAfter(9)   // = [a, b, c]
     * }</pre>
     *
     * @param wrongAttempts 0 before any wrong answer, else which different wrong answer this is (1 for the first,
     *     2 for the second, ...)
     * @return the hints to show, in order
     * @throws IllegalArgumentException if {@code wrongAttempts} is negative
     */
    public List<String> shownAfter(int wrongAttempts) {
        if (wrongAttempts < 0) {
            throw new IllegalArgumentException("错误次数 (wrongAttempts) 不能为负数：" + wrongAttempts);
        }
        return steps.subList(0, Math.min(steps.size(), Math.max(1, wrongAttempts)));
    }

    /**
     * How many hints there are.
     *
     * @return the number of hints, 0 for {@link #none()}
     */
    public int size() {
        return steps.size();
    }

    /** For the string overloads of {@link Exercise}: a blank hint means none. */
    static Hints fromText(String hint) {
        Objects.requireNonNull(hint, "提示 (hint) 不能为 null（没有提示请用空字符串）");
        return hint.isBlank() ? NONE : of(hint);
    }

    private static String requireText(String hint, String what) {
        Objects.requireNonNull(hint, what + "不能为 null");
        if (hint.isBlank()) {
            throw new IllegalArgumentException(what + "不能为空白");
        }
        return hint;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Hints hints && steps.equals(hints.steps);
    }

    @Override
    public int hashCode() {
        return steps.hashCode();
    }

    @Override
    public String toString() {
        return "Hints" + steps;
    }
}
