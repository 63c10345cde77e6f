package edu.pyjava.generators;

import java.util.Locale;

/**
 * How a {@link Generator} or {@link Coroutine} stops in the middle of its body and goes on later. Chosen
 * automatically; all behave the same, only their speed differs.
 *
 * <p>Python pauses a generator by keeping its frame on the heap. Java cannot, so either the body is rewritten
 * so that it needs no frame while paused, or it gets a stack of its own:
 * <ul>
 *   <li>{@link #STATE_MACHINE}: the body's lambda is rewritten, once, into a state machine: each
 *       {@code yield} saves the local variables into an object and returns, and the next {@code next()}
 *       jumps back in just after it. This is what the C# and Kotlin compilers do with {@code yield} and
 *       {@code suspend}. A step is a plain method call: several times faster than CPython. Bodies whose shape
 *       it cannot rewrite (a yield inside {@code synchronized}, or in another method that receives
 *       {@code out}, a body that is not a lambda) run on one of the next two instead.</li>
 *   <li>{@link #CONTINUATION}: the body runs on the caller's thread inside the JDK's internal
 *       {@code jdk.internal.vm.Continuation} (what virtual threads are built on). About as fast as CPython.
 *       Needs the JVM flag {@code --add-exports java.base/jdk.internal.vm=ALL-UNNAMED}, which the course kernel
 *       passes.</li>
 *   <li>{@link #VIRTUAL_THREAD}: the body runs on a virtual thread of its own and the two threads take turns.
 *       Works everywhere, but each step is a hand-over between threads, so it is many times slower.</li>
 * </ul>
 *
 * <pre>{@code
 * Backend.active()                      // = STATE_MACHINE
 * Backend.CONTINUATION.isAvailable()    // = true (false without the --add-exports flag)
 * // java -Dedu.pyjava.generators.backend=continuation ...     skips the rewriting
 * // java -Dedu.pyjava.generators.backend=virtual-thread ...   forces the portable one
 * }</pre>
 *
 * <p>The choice is made for each new generator: the system property {@value #PROPERTY} if set
 * ({@code state-machine}, {@code continuation} or {@code virtual-thread}), else {@code STATE_MACHINE}. A body
 * that cannot be rewritten runs on {@code CONTINUATION} when available, else on {@code VIRTUAL_THREAD}. Nothing
 * is logged.
 */
public enum Backend {

    /** The body is rewritten into a state machine that returns at each yield; the fastest. */
    STATE_MACHINE,

    /** The body runs on the caller's thread, in a {@code jdk.internal.vm.Continuation}; fast. */
    CONTINUATION,

    /** The body runs on a virtual thread of its own, taking turns with the caller; the portable one. */
    VIRTUAL_THREAD;

    /** The system property that forces a backend: {@code state-machine}, {@code continuation} or {@code virtual-thread}. */
    public static final String PROPERTY = "edu.pyjava.generators.backend";

    /**
     * The backend a new generator or coroutine will use in this JVM.
     *
     * @return {@link #STATE_MACHINE}, unless {@value #PROPERTY} says otherwise
     * @throws IllegalArgumentException if {@value #PROPERTY} names no backend
     * @throws IllegalStateException if {@value #PROPERTY} asks for {@code continuation} but it is unavailable
     */
    public static Backend active() {
        return choose(System.getProperty(PROPERTY), CONTINUATION.isAvailable());
    }

    /**
     * Whether this backend can run in this JVM.
     *
     * @return always {@code true} for {@link #STATE_MACHINE} (it falls back for each body it cannot rewrite)
     *     and {@link #VIRTUAL_THREAD}; for {@link #CONTINUATION}, whether the JVM was started with
     *     {@code --add-exports java.base/jdk.internal.vm=ALL-UNNAMED}
     */
    public boolean isAvailable() {
        return this != CONTINUATION || ContinuationStrand.UNAVAILABLE_REASON == null;
    }

    /** Where a body that cannot be rewritten into a state machine runs: the fastest backend with a stack. */
    static Backend stackBased() {
        return CONTINUATION.isAvailable() ? CONTINUATION : VIRTUAL_THREAD;
    }

    /** The selection rule, apart from the JVM it runs in so that tests can try every case. */
    static Backend choose(String requested, boolean continuationAvailable) {
        if (requested == null || requested.isBlank()) {
            return STATE_MACHINE;
        }
        Backend backend = switch (requested.strip().toLowerCase(Locale.ROOT).replace('_', '-')) {
            case "state-machine" -> STATE_MACHINE;
            case "continuation" -> CONTINUATION;
            case "virtual-thread" -> VIRTUAL_THREAD;
            default -> throw new IllegalArgumentException(
                "系统属性 " + PROPERTY + " 只能是 state-machine、continuation 或 virtual-thread，实际为 \"" + requested + "\"");
        };
        if (backend == CONTINUATION && !continuationAvailable) {
            throw new IllegalStateException("系统属性 " + PROPERTY + "=continuation，但 Continuation 不可用："
                + "JVM 启动时需要 --add-exports java.base/jdk.internal.vm=ALL-UNNAMED");
        }
        return backend;
    }
}
