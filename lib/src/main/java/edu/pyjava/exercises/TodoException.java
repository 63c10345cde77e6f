package edu.pyjava.exercises;

/**
 * Thrown by {@link Exercise#todo()}, the placeholder in an exercise the student has not done yet; the checker
 * reports it as {@code ⏳ 尚未完成} instead of an error. Python analog: {@code raise NotImplementedError} or a
 * body of {@code ...}.
 *
 * <pre>{@code
 * int answer() { return Exercise.todo(); }
 * Exercise.check("练习 1", () -> answer(), 42)   // prints: ⏳ 练习 1 尚未完成
 * new TodoException().getMessage()               // = "尚未完成：请把 Exercise.todo() 换成你的答案"
 * }</pre>
 */
public final class TodoException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception with the standard message. */
    public TodoException() {
        super("尚未完成：请把 Exercise.todo() 换成你的答案");
    }
}
