package edu.pyjava.generators;

import java.util.Locale;

/**
 * How a {@link Generator} or {@link Coroutine} stops in the middle of its body and goes on later. Chosen
 * automatically; both behave the same, only their speed differs.
 *
 * <p>Python pauses a generator by keeping its frame on the heap. Java cannot, so either the body is rewritten
 * so that it needs no frame while paused, or it gets a stack of its own:
 * <ul>
 *   <li>{@link #STATE_MACHINE}: the body's lambda is rewritten, once, into a state machine: each
 *       {@code yield} saves the local variables into an object and returns, and the next {@code next()}
 *       jumps back in just after it. This is what the C# and Kotlin compilers do with {@code yield} and
 *       {@code suspend}. A step is a plain method call: several times faster than CPython. Bodies whose shape
 *       it cannot rewrite (a yield inside {@code synchronized}, or in another method that receives
 *       {@code out}, a body that is not a lambda) run on {@link #THREAD} instead.</li>
 *   <li>{@link #THREAD}: the body runs on a thread of its own and the two threads take turns. Works for every
 *       body on every JDK 21+, with no JVM flag, but each step is a hand-over between threads, so it is many
 *       times slower. The thread is a virtual one from JDK 24 on; on JDK 21-23 a virtual thread that waits
 *       inside {@code synchronized} would pin its carrier thread (a few of them can stop every other virtual
 *       thread), so there it is a platform thread.</li>
 * </ul>
 *
 * <pre>{@code
 * Backend.active()                      // = STATE_MACHINE
 * Generator.of(out -> out.yield(1)).backend()                  // = STATE_MACHINE
 * // java -Dedu.pyjava.generators.backend=thread ...   runs every body on a thread of its own
 * }</pre>
 *
 * <p>The choice is made for each new generator: the system property {@value #PROPERTY} if set
 * ({@code state-machine} or {@code thread}), else {@code STATE_MACHINE}. A body that cannot be rewritten runs on
 * {@code THREAD}. Nothing is logged.
 */
public enum Backend {

    /** The body is rewritten into a state machine that returns at each yield; the fastest. */
    STATE_MACHINE,

    /** The body runs on a thread of its own (virtual from JDK 24), taking turns with the caller; works for any body. */
    THREAD;

    /** The system property that forces a backend: {@code state-machine} or {@code thread}. */
    public static final String PROPERTY = "edu.pyjava.generators.backend";

    /**
     * The backend a new generator or coroutine will use in this JVM.
     *
     * @return {@link #STATE_MACHINE}, unless {@value #PROPERTY} says otherwise
     * @throws IllegalArgumentException if {@value #PROPERTY} names no backend
     */
    public static Backend active() {
        return choose(System.getProperty(PROPERTY));
    }

    /** The selection rule, apart from the JVM it runs in so that tests can try every case. */
    static Backend choose(String requested) {
        if (requested == null || requested.isBlank()) {
            return STATE_MACHINE;
        }
        return switch (requested.strip().toLowerCase(Locale.ROOT).replace('_', '-')) {
            case "state-machine" -> STATE_MACHINE;
            case "thread" -> THREAD;
            default -> throw new IllegalArgumentException(
                "系统属性 " + PROPERTY + " 只能是 state-machine 或 thread，实际为 \"" + requested + "\"");
        };
    }
}
