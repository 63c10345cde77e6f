package edu.pyjava.exercises;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Checks a notebook 练习 and prints one line: passed, not passed (expected vs actual), error (the exception in one
 * line, never a stack trace) or not done yet (the answer still calls {@link #todo()}).
 *
 * <pre>{@code
 * Exercise.check("练习 1", () -> 1 + 1, 2)                 // prints: ✅ 练习 1 通过
 * Exercise.check("练习 2", () -> "ab".repeat(2), "abab ", "注意空格")
 * // prints: ❌ 练习 2 未通过：期望 "abab "，实际 "abab"
 * //         提示：注意空格
 * Exercise.check("练习 3", () -> 1 / 0, 0)                 // prints: ❌ 练习 3 出错：ArithmeticException: / by zero
 * Exercise.checkThat("练习 4", () -> List.of(2, 4), xs -> xs.size() == 2, "有两个元素")  // prints: ✅ 练习 4 通过
 * }</pre>
 *
 * <p>The answer is passed as a lambda so that an exception in the student's code is caught and reported rather
 * than ending the cell. The methods print and return nothing, because the kernel would echo any returned value
 * under the printed line. Python analog: the {@code assert answer() == expected, "提示"} cells of a Python course,
 * made friendlier.
 */
public final class Exercise {

    /**
     * The student's answer, computed when the checker asks for it; may throw.
     *
     * <pre>{@code
     * Exercise.Answer<Integer> answer = () -> Integer.parseInt("42");
     * answer.get()   // = 42
     * }</pre>
     *
     * @param <T> the answer's type
     */
    @FunctionalInterface
    public interface Answer<T> {
        /**
         * Computes the answer.
         *
         * @return the answer
         * @throws Exception whatever the student's code throws
         */
        T get() throws Exception;
    }

    /** What a check found. */
    enum Status { PASSED, FAILED, ERROR, TODO }

    /** A check's outcome and the text printed for it. */
    record Result(Status status, String report) {
        boolean passed() {
            return status == Status.PASSED;
        }
    }

    private Exercise() {
    }

    /**
     * The placeholder for an answer not written yet; the checker reports {@code ⏳ 尚未完成}.
     *
     * @param <T> any type, so it fits wherever an answer goes
     * @return never returns
     * @throws TodoException always
     */
    public static <T> T todo() {
        throw new TodoException();
    }

    /**
     * Checks that the answer equals {@code expected} ({@link Objects#deepEquals}, so arrays compare by content).
     *
     * @param name the exercise's name, e.g. {@code "练习 1"}, not null
     * @param answer the student's code, not null
     * @param expected the right answer, may be null
     * @param <T> the answer's type
     */
    public static <T> void check(String name, Answer<? extends T> answer, T expected) {
        print(evaluate(name, answer, expected, ""));
    }

    /**
     * Checks that the answer equals {@code expected}, and shows a hint when it does not.
     *
     * @param name the exercise's name, not null
     * @param answer the student's code, not null
     * @param expected the right answer, may be null
     * @param hint a line shown as {@code 提示：…} unless the exercise passes, not null
     * @param <T> the answer's type
     */
    public static <T> void check(String name, Answer<? extends T> answer, T expected, String hint) {
        print(evaluate(name, answer, expected, hint));
    }

    /**
     * Checks that the answer satisfies a condition, for answers with more than one right form (a set of numbers in
     * any order, a float close enough).
     *
     * @param name the exercise's name, not null
     * @param answer the student's code, not null
     * @param condition the test the answer must pass, not null
     * @param description the condition in words, shown on failure, e.g. {@code "是偶数"}, not null
     * @param <T> the answer's type
     */
    public static <T> void checkThat(String name, Answer<? extends T> answer, Predicate<? super T> condition,
                                     String description) {
        print(evaluateThat(name, answer, condition, description, ""));
    }

    /**
     * Checks that the answer satisfies a condition, and shows a hint when it does not.
     *
     * @param name the exercise's name, not null
     * @param answer the student's code, not null
     * @param condition the test the answer must pass, not null
     * @param description the condition in words, not null
     * @param hint a line shown as {@code 提示：…} unless the exercise passes, not null
     * @param <T> the answer's type
     */
    public static <T> void checkThat(String name, Answer<? extends T> answer, Predicate<? super T> condition,
                                     String description, String hint) {
        print(evaluateThat(name, answer, condition, description, hint));
    }

    static <T> Result evaluate(String name, Answer<? extends T> answer, T expected, String hint) {
        return judge(name, answer, hint,
            actual -> Objects.deepEquals(actual, expected) ? null : mismatch(expected, actual));
    }

    static <T> Result evaluateThat(String name, Answer<? extends T> answer, Predicate<? super T> condition,
                                   String description, String hint) {
        Objects.requireNonNull(condition, "检查条件 (condition) 不能为 null");
        Objects.requireNonNull(description, "checkThat 的条件说明 (description) 不能为 null");
        return judge(name, answer, hint,
            actual -> condition.test(actual) ? null : "实际 " + show(actual) + "，不满足「" + description + "」");
    }

    /**
     * Runs the answer and judges it.
     *
     * @param complaint what is wrong with the answer, or null if nothing is
     */
    private static <T> Result judge(String name, Answer<? extends T> answer, String hint,
                                    Function<? super T, String> complaint) {
        Objects.requireNonNull(name, "练习名称 (name) 不能为 null");
        Objects.requireNonNull(answer, "答案 (answer) 不能为 null：请传入一个 lambda，例如 () -> yourAnswer()");
        Objects.requireNonNull(hint, "提示 (hint) 不能为 null（没有提示请用空字符串）");
        String problem;
        try {
            problem = complaint.apply(answer.get());
        } catch (TodoException e) {
            return withHint(new Result(Status.TODO, "⏳ " + name + " 尚未完成"), hint);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return withHint(new Result(Status.ERROR, "❌ " + name + " 被中断"), hint);
        } catch (Exception | StackOverflowError | AssertionError e) {
            // 学生代码里的异常：一行说清类型和信息，不打印堆栈
            return withHint(new Result(Status.ERROR, "❌ " + name + " 出错：" + oneLine(e)), hint);
        }
        if (problem == null) {
            return new Result(Status.PASSED, "✅ " + name + " 通过");
        }
        return withHint(new Result(Status.FAILED, "❌ " + name + " 未通过：" + problem), hint);
    }

    private static String mismatch(Object expected, Object actual) {
        String wanted = show(expected);
        String got = show(actual);
        if (wanted.equals(got) && expected != null && actual != null) {
            // 看起来一样却不相等，多半是类型不同，例如 3 (Long) 和 3 (Integer)
            wanted += " (" + expected.getClass().getSimpleName() + ")";
            got += " (" + actual.getClass().getSimpleName() + ")";
        }
        return "期望 " + wanted + "，实际 " + got;
    }

    private static Result withHint(Result result, String hint) {
        return hint.isBlank() ? result : new Result(result.status(), result.report() + "\n   提示：" + hint);
    }

    private static void print(Result result) {
        System.out.println(result.report());
    }

    /**
     * One line for an exception: its simple class name and message.
     *
     * @param error the exception
     * @return e.g. {@code "ArithmeticException: / by zero"}
     */
    static String oneLine(Throwable error) {
        String type = error.getClass().getSimpleName();
        String message = error.getMessage();
        return message == null || message.isBlank() ? type : type + ": " + message.strip().replace('\n', ' ');
    }

    /**
     * Shows a value the way Python's {@code repr} would make it unambiguous: strings in quotes, arrays by content.
     *
     * @param value any value
     * @return its text
     */
    static String show(Object value) {
        if (value instanceof String text) {
            return "\"" + text + "\"";
        }
        if (value instanceof Character ch) {
            return "'" + ch + "'";
        }
        if (value != null && value.getClass().isArray()) {
            return Arrays.deepToString(new Object[] {value}).replaceAll("^\\[|\\]$", "");
        }
        return String.valueOf(value);
    }
}
