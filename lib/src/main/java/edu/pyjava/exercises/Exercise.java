package edu.pyjava.exercises;

import java.util.Arrays;
import java.util.List;
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
 * <p>Hints can come step by step ({@link Hints}): the idea first, a closer hint after each further wrong answer.
 * Each check is appended to the student's own progress file ({@code ~/.java-course/progress.jsonl}, see the index
 * notebook); nothing is sent anywhere. In grading mode (nbgrader sets {@code JAVA_COURSE_GRADING=1}) a check that
 * does not pass throws {@link ExerciseFailedError} instead of printing, so the graded cell fails.
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

    /** What a check found, and its label in the progress record. */
    enum Status {
        PASSED("passed"), FAILED("failed"), ERROR("error"), TODO("todo");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }

    /** A check's outcome and its one-line headline, before any hint. */
    record Result(String exercise, Status status, String headline) {
        boolean passed() {
            return status == Status.PASSED;
        }

        /** A wrong answer or an error; counts as an attempt for closer hints. */
        boolean wrong() {
            return status == Status.FAILED || status == Status.ERROR;
        }
    }

    /** Environment variable that turns grading mode on (the course's nbgrader configuration sets it to 1). */
    static final String GRADING_VARIABLE = "JAVA_COURSE_GRADING";
    /** System property that turns grading mode on, for a JVM started by hand or a unit test. */
    static final String GRADING_PROPERTY = "pyjava.grading";

    // 本内核里每个练习检查了几次、错了几种：提示随错误次数逐步给出。静态，因为检查方法是静态的，一个内核一份。
    private static final Attempts ATTEMPTS = new Attempts();

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
     * @throws ExerciseFailedError in grading mode, unless the answer is right
     */
    public static <T> void check(String name, Answer<? extends T> answer, T expected) {
        conclude(evaluate(name, answer, expected), Hints.none());
    }

    /**
     * Checks that the answer equals {@code expected}, and shows a hint when it does not.
     *
     * @param name the exercise's name, not null
     * @param answer the student's code, not null
     * @param expected the right answer, may be null
     * @param hint a line shown as {@code 提示：…} unless the exercise passes, not null ({@code ""} for none)
     * @param <T> the answer's type
     * @throws ExerciseFailedError in grading mode, unless the answer is right
     */
    public static <T> void check(String name, Answer<? extends T> answer, T expected, String hint) {
        Hints hints = Hints.fromText(hint);
        conclude(evaluate(name, answer, expected), hints);
    }

    /**
     * Checks that the answer equals {@code expected}, and shows hints step by step: the idea while the exercise is
     * not done and after each wrong attempt, a closer hint after each further different wrong answer.
     *
     * <pre>{@code
     * Hints hints = Hints.of("想想 range 的右端", "rangeClosed 包括右端");
     * Exercise.check("练习 1", () -> IntStream.range(1, 10).sum(), 55, hints)
     * // prints: ❌ 练习 1 未通过：期望 55，实际 45
     * //            提示：想想 range 的右端
     * Exercise.check("练习 1", () -> IntStream.range(1, 11).sum() - 1, 55, hints)
     * // prints: ❌ 练习 1 未通过：期望 55，实际 54
     * //            提示：想想 range 的右端
     * //            再提示：rangeClosed 包括右端
     * Exercise.check("练习 1", () -> IntStream.rangeClosed(1, 10).sum(), 55, hints)   // prints: ✅ 练习 1 通过
     * }</pre>
     *
     * @param name the exercise's name, not null
     * @param answer the student's code, not null
     * @param expected the right answer, may be null
     * @param hints the hints, not null ({@link Hints#none()} for none)
     * @param <T> the answer's type
     * @throws ExerciseFailedError in grading mode, unless the answer is right
     */
    public static <T> void check(String name, Answer<? extends T> answer, T expected, Hints hints) {
        Objects.requireNonNull(hints, "提示 (hints) 不能为 null（没有提示请用 Hints.none()）");
        conclude(evaluate(name, answer, expected), hints);
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
     * @throws ExerciseFailedError in grading mode, unless the answer satisfies the condition
     */
    public static <T> void checkThat(String name, Answer<? extends T> answer, Predicate<? super T> condition,
                                     String description) {
        conclude(evaluateThat(name, answer, condition, description), Hints.none());
    }

    /**
     * Checks that the answer satisfies a condition, and shows a hint when it does not.
     *
     * @param name the exercise's name, not null
     * @param answer the student's code, not null
     * @param condition the test the answer must pass, not null
     * @param description the condition in words, not null
     * @param hint a line shown as {@code 提示：…} unless the exercise passes, not null ({@code ""} for none)
     * @param <T> the answer's type
     * @throws ExerciseFailedError in grading mode, unless the answer satisfies the condition
     */
    public static <T> void checkThat(String name, Answer<? extends T> answer, Predicate<? super T> condition,
                                     String description, String hint) {
        Hints hints = Hints.fromText(hint);
        conclude(evaluateThat(name, answer, condition, description), hints);
    }

    /**
     * Checks that the answer satisfies a condition, and shows hints step by step as
     * {@link #check(String, Answer, Object, Hints)} does.
     *
     * <pre>{@code
     * Exercise.checkThat("练习 2", () -> Set.of(3, 1), xs -> xs.size() == 3, "有三个元素",
     *     Hints.of("Set 会去掉重复的元素", "先看看输入里有没有重复"))
     * // prints: ❌ 练习 2 未通过：实际 [1, 3]，不满足「有三个元素」
     * //            提示：Set 会去掉重复的元素
     * }</pre>
     *
     * @param name the exercise's name, not null
     * @param answer the student's code, not null
     * @param condition the test the answer must pass, not null
     * @param description the condition in words, not null
     * @param hints the hints, not null ({@link Hints#none()} for none)
     * @param <T> the answer's type
     * @throws ExerciseFailedError in grading mode, unless the answer satisfies the condition
     */
    public static <T> void checkThat(String name, Answer<? extends T> answer, Predicate<? super T> condition,
                                     String description, Hints hints) {
        Objects.requireNonNull(hints, "提示 (hints) 不能为 null（没有提示请用 Hints.none()）");
        conclude(evaluateThat(name, answer, condition, description), hints);
    }

    /**
     * Whether checks throw instead of printing a failure: on when the kernel's environment has
     * {@code JAVA_COURSE_GRADING=1} (set by the course's nbgrader configuration, so the kernels nbgrader starts
     * inherit it, and a student's kernel never does) or the system property {@code pyjava.grading=true}.
     *
     * @return true while grading
     */
    static boolean grading() {
        String setting = System.getProperty(GRADING_PROPERTY, System.getenv(GRADING_VARIABLE));
        return setting != null && (setting.equals("1") || setting.equalsIgnoreCase("true"));
    }

    static <T> Result evaluate(String name, Answer<? extends T> answer, T expected) {
        return judge(name, answer,
            actual -> Objects.deepEquals(actual, expected) ? null : mismatch(expected, actual));
    }

    static <T> Result evaluateThat(String name, Answer<? extends T> answer, Predicate<? super T> condition,
                                   String description) {
        Objects.requireNonNull(condition, "检查条件 (condition) 不能为 null");
        Objects.requireNonNull(description, "checkThat 的条件说明 (description) 不能为 null");
        return judge(name, answer,
            actual -> condition.test(actual) ? null : "实际 " + show(actual) + "，不满足「" + description + "」");
    }

    /**
     * The text shown for a result: its headline, then the hints due after so many wrong attempts (none when it
     * passed, only the first while it is not done).
     *
     * @param result the check's result
     * @param hints the exercise's hints
     * @param wrongAttempts this wrong outcome's number among the exercise's different wrong outcomes (1 for the
     *     first); ignored unless the result is wrong
     * @return one line, or several with hints
     */
    static String report(Result result, Hints hints, int wrongAttempts) {
        if (result.passed()) {
            return result.headline();
        }
        List<String> shown = hints.shownAfter(result.status() == Status.TODO ? 0 : wrongAttempts);
        StringBuilder report = new StringBuilder(result.headline());
        for (int i = 0; i < shown.size(); i++) {
            report.append(i == 0 ? "\n   提示：" : "\n   再提示：").append(shown.get(i));
        }
        return report.toString();
    }

    /** Counts the attempt, records it, then prints the report, or throws it when grading. */
    private static void conclude(Result result, Hints hints) {
        String name = result.exercise();
        int checks = ATTEMPTS.checked(name);
        int attempt = result.wrong() ? ATTEMPTS.wrong(name, result.headline()) : 0;
        String report = report(result, hints, attempt);
        ProgressLog.record(name, result.status().label(), checks, ATTEMPTS.wrongSoFar(name));
        if (!result.passed() && grading()) {
            throw new ExerciseFailedError(report);
        }
        System.out.println(report);
    }

    /**
     * Runs the answer and judges it.
     *
     * @param complaint what is wrong with the answer, or null if nothing is
     */
    private static <T> Result judge(String name, Answer<? extends T> answer, Function<? super T, String> complaint) {
        Objects.requireNonNull(name, "练习名称 (name) 不能为 null");
        Objects.requireNonNull(answer, "答案 (answer) 不能为 null：请传入一个 lambda，例如 () -> yourAnswer()");
        String problem;
        try {
            problem = complaint.apply(answer.get());
        } catch (TodoException e) {
            return new Result(name, Status.TODO, "⏳ " + name + " 尚未完成");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(name, Status.ERROR, "❌ " + name + " 被中断");
        } catch (Exception | StackOverflowError | AssertionError e) {
            // 学生代码里的异常：一行说清类型和信息，不打印堆栈
            return new Result(name, Status.ERROR, "❌ " + name + " 出错：" + oneLine(e));
        }
        if (problem == null) {
            return new Result(name, Status.PASSED, "✅ " + name + " 通过");
        }
        return new Result(name, Status.FAILED, "❌ " + name + " 未通过：" + problem);
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
