package edu.pyjava.kernel.launcher.errors;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How much of a stack trace a failed cell shows; {@code %xmode} switches it, as in IPython.
 *
 * <pre>{@code
 * TracebackMode.named("verbose")   // = Optional[VERBOSE]
 * }</pre>
 */
public enum TracebackMode {
    /** The student's frames with their lines; frames inside the JDK and libraries fold into one line each. */
    CONTEXT,
    /** Every frame, the JDK's and libraries' too. */
    VERBOSE,
    /** Only the error's name and message, and the hint. */
    MINIMAL;

    /**
     * The mode of a name, in any case, as {@code %xmode Verbose} gives it.
     *
     * @param name {@code Context}, {@code Verbose} or {@code Minimal}
     * @return the mode, or empty if there is none of that name
     */
    public static Optional<TracebackMode> named(String name) {
        return Arrays.stream(values()).filter(mode -> mode.name().equals(name.toUpperCase(Locale.ROOT))).findFirst();
    }

    /**
     * The name as {@code %xmode} prints it: {@code Context}.
     *
     * @return the capitalised name
     */
    public String displayName() {
        return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
    }
}
