package edu.pyjava.exercises;

/**
 * Thrown by {@link Exercise#check} in grading mode (environment variable {@code JAVA_COURSE_GRADING=1}, which the
 * course's nbgrader configuration sets) when the answer is wrong, throws, or is not done: a grader such as nbgrader
 * gives a test cell its points only when the cell raises no error. Its message is the line a student would have seen.
 *
 * <pre>{@code
 * // with JAVA_COURSE_GRADING=1 in the kernel's environment
 * Exercise.check("练习 1", () -> 2, 3)
 * // throws ExerciseFailedError: ❌ 练习 1 未通过：期望 3，实际 2
 * }</pre>
 *
 * <p>Python analog: the {@code AssertionError} of a failed {@code assert} in an nbgrader test cell.
 */
public final class ExerciseFailedError extends AssertionError {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the error.
     *
     * @param report the check's report, e.g. {@code "❌ 练习 1 未通过：期望 3，实际 2"}
     */
    public ExerciseFailedError(String report) {
        super(report);
    }
}
