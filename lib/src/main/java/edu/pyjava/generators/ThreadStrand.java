package edu.pyjava.generators;

import java.util.concurrent.locks.LockSupport;

/**
 * The engine for any body: the body runs on a thread of its own, started at the first {@code next()}, and the
 * two threads take turns. Works on any JDK 21+, with no JVM flag.
 *
 * <p>The thread is a virtual one from JDK 24 on. Before that (JEP 491), a virtual thread that waits while it
 * holds a monitor ({@code out.yield(v)} inside {@code synchronized}) pins the platform thread that carries it;
 * the JDK has only as many carriers as cores, so two such paused generators on a two-core machine would stop
 * every other virtual thread. On JDK 21-23 the body therefore gets a platform (daemon) thread.
 *
 * <p>A turn is handed over by one volatile write ({@link #turn}). The waiting side first spins briefly, which on
 * a multi-core machine usually sees the hand-over within a microsecond, then parks; the handing side unparks it
 * only if it announced that it parked ({@link #callerParked}, {@link #bodyParked}), so a quick exchange costs no
 * system call. The body's thread ends when the body ends; {@code close()} (called by the user, or by the
 * {@link java.lang.ref.Cleaner} for an abandoned generator) makes it end by raising {@link GeneratorExit}.
 */
final class ThreadStrand extends Strand {

    private static final int CALLER = 0;
    private static final int BODY = 1;
    /** How long to spin before parking; spinning cannot help on a single core. */
    private static final int SPINS = Runtime.getRuntime().availableProcessors() > 1 ? 2_000 : 0;
    /** The first JDK whose virtual threads can wait inside {@code synchronized} without pinning (JEP 491). */
    private static final int FIRST_JDK_WITHOUT_PINNING = 24;
    private static final boolean VIRTUAL = Runtime.version().feature() >= FIRST_JDK_WITHOUT_PINNING;

    /** Whose turn it is to run: {@link #CALLER} or {@link #BODY}. Its writes publish every other field. */
    private volatile int turn = CALLER;
    private volatile boolean callerParked;
    private volatile boolean bodyParked;
    private final Task task;
    private Thread caller;
    private Thread body;

    ThreadStrand(Task task) {
        this.task = task;
    }

    @Override
    Backend backend() {
        return Backend.THREAD;
    }

    @Override
    void enter() {
        caller = Thread.currentThread();
        turn = BODY;
        if (body == null) {
            Thread.Builder builder = VIRTUAL ? Thread.ofVirtual() : Thread.ofPlatform().daemon();
            body = builder.name("pyjava-generator").start(this::runOnOwnThread);
        } else if (bodyParked) {
            LockSupport.unpark(body);
        }
        awaitTurn(CALLER);
    }

    @Override
    void leave() {
        handBackToCaller();
        awaitTurn(BODY);
    }

    private void runOnOwnThread() {
        runTask(task);
        handBackToCaller();
    }

    private void handBackToCaller() {
        turn = CALLER;
        if (callerParked) {
            LockSupport.unpark(caller);
        }
    }

    private void awaitTurn(int mine) {
        for (int i = 0; i < SPINS; i++) {
            if (turn == mine) {
                return;
            }
            Thread.onSpinWait();
        }
        boolean interrupted = false;
        while (turn != mine) {
            setParked(mine, true);
            if (turn != mine) {   // re-check after announcing: the other side reads the flag after writing turn
                LockSupport.park(this);
                interrupted |= Thread.interrupted();   // park returns at once while interrupted: clear, then restore
            }
            setParked(mine, false);
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void setParked(int side, boolean parked) {
        if (side == CALLER) {
            callerParked = parked;
        } else {
            bodyParked = parked;
        }
    }
}
