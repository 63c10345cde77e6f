package edu.pyjava.kernel.launcher.errors;

import java.util.List;
import java.util.Optional;
import jdk.jshell.EvalException;

/**
 * An exception that a cell threw, as the student's code saw it: JShell hands the kernel a copy
 * ({@link EvalException}) whose own class is not the real one, so the real class name is kept here.
 *
 * <pre>{@code
 * ThrownError.of(new IllegalStateException("boom")).simpleName()   // = IllegalStateException
 * }</pre>
 *
 * @param className the real class's name, JShell's wrapper names removed ({@code java.lang.ArithmeticException})
 * @param message the message, wrapper names removed; {@code ""} if there is none
 * @param frames the stack frames, innermost first
 * @param cause what caused it, if anything
 */
public record ThrownError(String className, String message, List<StackTraceElement> frames,
                          Optional<ThrownError> cause) {

    /** Freezes the frames. */
    public ThrownError {
        frames = List.copyOf(frames);
    }

    /**
     * The error of a throwable, with its chain of causes.
     *
     * @param thrown an exception from JShell ({@link EvalException}) or any other
     * @return the error
     */
    public static ThrownError of(Throwable thrown) {
        String className = thrown instanceof EvalException copy ? copy.getExceptionClassName()
            : thrown.getClass().getName();
        Throwable cause = thrown.getCause();
        String message = thrown.getMessage();
        if (thrown instanceof EvalException && "null".equals(message)) {
            message = null;   // JShell's copy spells a missing message "null"
        }
        return new ThrownError(JShellNames.clean(className), JShellNames.clean(message),
            List.of(thrown.getStackTrace()),
            cause == null || cause == thrown ? Optional.empty() : Optional.of(of(cause)));
    }

    /**
     * The class's own name, as Python's {@code type(e).__name__}: {@code ArithmeticException}, {@code Map.Entry}.
     *
     * @return the simple name
     */
    public String simpleName() {
        return className.substring(className.lastIndexOf('.') + 1).replace('$', '.');
    }

    /**
     * What the student reads first: {@code ArithmeticException: / by zero}.
     *
     * @return the name, and the message if there is one
     */
    public String headline() {
        return message.isEmpty() ? simpleName() : simpleName() + ": " + message;
    }
}
