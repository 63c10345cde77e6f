package edu.pyjava.generators;

import java.lang.ref.Cleaner;

/**
 * The engine under {@link Generator} and {@link Coroutine}: runs a body that can stop in the middle
 * ({@link #suspend}) and go on later ({@link #resume}), like a Python frame.
 *
 * <p>This class owns the protocol: the four states, what crosses over at each switch (the yielded value, the
 * sent value, an exception to raise at the yield point, the body's own exception), {@code close()} and
 * {@code throw()}. A subclass only switches between the two sides: {@link StateMachineStrand} runs a body
 * that {@link BodyCompiler} rewrote to return at each yield and jump back in later; {@link ThreadStrand} gives
 * any other body a thread of its own.
 *
 * <p>The caller's side and the body's side never run at the same time, so the fields need no locks: the
 * switch itself is the hand-over (a state machine runs on the caller's thread; {@code ThreadStrand} publishes
 * with a volatile write).
 */
abstract sealed class Strand permits ThreadStrand, StateMachineStrand {

    /** The user's body, seen from the strand: it receives the strand to build its {@code out} handle from. */
    @FunctionalInterface
    interface Task {
        void run(Strand self) throws Exception;
    }

    enum State {
        /** Created, body not started: Python's {@code GEN_CREATED}. */
        NEW,
        /** Stopped at a yield, waiting for next/send: {@code GEN_SUSPENDED}. */
        SUSPENDED,
        /** The body is running: {@code GEN_RUNNING}. */
        RUNNING,
        /** The body returned or threw, or the strand was closed: {@code GEN_CLOSED}. */
        DONE
    }

    /** Closes abandoned strands (their facade became unreachable): runs the body's finally blocks. */
    private static final Cleaner ABANDONED = Cleaner.create();
    private static final Cleaner.Cleanable NOTHING_TO_CLEAN = () -> { };
    private static final String IGNORED_EXIT =
        "生成器忽略了 GeneratorExit：close() 之后不能再 yield（Python: RuntimeError: generator ignored GeneratorExit）";

    private State state = State.NEW;
    private boolean closing;
    private boolean exitIgnored;
    private Object yielded;
    private Object sent;
    private Throwable toRaise;
    private Throwable failure;

    /**
     * A strand for {@code body}, the user's lambda: compiled into a state machine when the backend allows it and
     * the body's shape can be compiled, else run as {@code task} on a stack of its own.
     */
    static Strand create(Backend backend, Object body, Task task) {
        return switch (backend) {
            case STATE_MACHINE -> BodyCompiler.compile(body)
                .<Strand>map(machine -> machine)
                .orElseGet(() -> new ThreadStrand(task));
            case THREAD -> new ThreadStrand(task);
        };
    }

    /** Which engine this is: for tests and for the curious. */
    abstract Backend backend();

    /** Switches from the caller into the body; returns when the body has suspended or ended. */
    abstract void enter();

    /** Switches from the body back to the caller; returns when the caller resumes the body. */
    abstract void leave();

    // ---------------------------------------------------------------- the caller's side

    final State state() {
        return state;
    }

    /**
     * Runs the body until its next yield or its end, handing it {@code value} as the result of the yield it
     * stopped at. Rethrows, unchanged, whatever the body threw.
     */
    final void resume(Object value) {
        if (state == State.RUNNING) {
            throw new IllegalStateException(
                "生成器正在运行：不能在它自己的 body 里再调用 next()/send()/close()（Python: ValueError: generator already executing）");
        }
        sent = value;
        state = State.RUNNING;
        enter();
        Throwable thrown = failure;
        if (thrown != null) {
            failure = null;
            throw rethrow(thrown);
        }
    }

    /** The value of the last yield, forgotten here so the strand does not keep it alive. */
    final Object takeYielded() {
        Object value = yielded;
        yielded = null;
        return value;
    }

    /**
     * Python's {@code close()}: raises {@link GeneratorExit} at the yield point so the body's finally blocks
     * run. Does nothing if the body never started or has ended.
     */
    final void close() {
        switch (state) {
            case NEW -> state = State.DONE;
            case DONE -> { }
            case RUNNING -> throw new IllegalStateException(
                "生成器正在运行：不能在它自己的 body 里 close()（Python: ValueError: generator already executing）");
            case SUSPENDED -> {
                closing = true;
                toRaise = new GeneratorExit();
                try {
                    resume(null);
                } catch (GeneratorExit expected) {
                    // The body let GeneratorExit through: closed as intended.
                }
                if (state == State.SUSPENDED) {
                    // The body swallowed even the error raised at its second yield: give up on it, paused where
                    // it is (Python leaves such a generator paused too), rather than loop with it for ever.
                    state = State.DONE;
                    yielded = null;
                    throw new IllegalStateException(IGNORED_EXIT);
                }
            }
        }
    }

    /** Python's {@code throw(e)}: raises {@code exception} at the yield point, as if the yield had thrown it. */
    final void raiseInside(Throwable exception) {
        switch (state) {
            case NEW, DONE -> {
                state = State.DONE;
                throw rethrow(exception);
            }
            case RUNNING -> throw new IllegalStateException(
                "协程正在运行：不能在它自己的 body 里 throwIn()（Python: ValueError: generator already executing）");
            case SUSPENDED -> {
                toRaise = exception;
                resume(null);
            }
        }
    }

    /** Whether {@code close()} or {@code throw()} asked for an exception at the paused yield. */
    final boolean raisePending() {
        return toRaise != null;
    }

    /** Makes the paused yield throw {@code exception} when the body goes on: what {@code yield from} does. */
    final void raiseAtResume(Throwable exception) {
        toRaise = exception;
    }

    /** Lets the {@link Cleaner} close this strand once {@code owner} (the public facade) is unreachable. */
    final Cleaner.Cleanable closeWhenAbandoned(Object owner) {
        return closingRunsCode() ? ABANDONED.register(owner, this::closeQuietly) : NOTHING_TO_CLEAN;
    }

    /**
     * Whether closing the paused body can run any of its code ({@code finally}, {@code catch}) or free anything;
     * if not, an abandoned strand needs no closing. True unless a subclass knows better.
     */
    boolean closingRunsCode() {
        return true;
    }

    private void closeQuietly() {
        try {
            close();
        } catch (RuntimeException | Error ignored) {
            // Nobody is left to tell: Python too only prints "Exception ignored in: <generator ...>".
        }
    }

    // ---------------------------------------------------------------- the body's side

    /** Runs the whole body on the strand's own stack and records how it ended. */
    final void runTask(Task task) {
        Throwable thrown = null;
        try {
            task.run(this);
        } catch (Throwable e) {
            thrown = e;
        }
        ended(thrown);
    }

    /** Records that the body has ended: returned ({@code thrown == null}) or threw {@code thrown}. */
    final void ended(Throwable thrown) {
        failure = thrown;
        state = State.DONE;
    }

    /**
     * Python's {@code yield value}: hands {@code value} to the caller and stops until resumed.
     *
     * @return what the caller sent ({@code null} for {@code next()})
     */
    final Object suspend(Object value) {
        beforeSuspend(value);
        try {
            leave();
        } catch (RuntimeException | Error couldNotLeave) {
            state = State.RUNNING;
            yielded = null;
            throw couldNotLeave;
        }
        return afterResume();
    }

    /** The first half of a yield, up to the switch: hands {@code value} over and marks the body paused. */
    final void beforeSuspend(Object value) {
        if (closing && !exitIgnored) {
            // First time: unwind the body with an error, so that its finally blocks still run.
            exitIgnored = true;
            throw new IllegalStateException(IGNORED_EXIT);
        }
        yielded = value;
        state = State.SUSPENDED;
    }

    /**
     * The second half of a yield, once the caller has resumed the body: raises what {@code close()} or
     * {@code throw()} asked for, else returns what was sent.
     */
    final Object afterResume() {
        Throwable raised = toRaise;
        if (raised != null) {
            toRaise = null;
            throw rethrow(raised);
        }
        Object received = sent;
        sent = null;
        return received;
    }

    /**
     * Throws {@code thrown} unchanged, even a checked exception, so that an exception from the body reaches the
     * caller with its own type, as in Python. Written {@code throw rethrow(e)} so the compiler sees the throw.
     */
    @SuppressWarnings("unchecked") // the cast is erased: it only tells the compiler that nothing checked is thrown
    static <E extends Throwable> RuntimeException rethrow(Throwable thrown) throws E {
        throw (E) thrown;
    }
}
