package edu.pyjava.serialization;

/**
 * Thrown when {@link Pickle#loads} refuses or cannot read a byte stream; mirrors Python's
 * {@code pickle.UnpicklingError}.
 *
 * <pre>{@code
 * byte[] bytes = Pickle.dumps(new java.util.Date(0));
 * try { Pickle.loads(bytes, String.class); } catch (UnpicklingException e) { e.getMessage(); }
 * // = "拒绝反序列化：数据里有不在允许列表 (allow-list) 中的类 java.util.Date；…"
 * }</pre>
 */
public final class UnpicklingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what went wrong, in the student's language
     * @param cause the lower-level exception, may be null
     */
    UnpicklingException(String message, Throwable cause) {
        super(message, cause);
    }
}
