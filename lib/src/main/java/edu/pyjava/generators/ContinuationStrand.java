package edu.pyjava.generators;

import static java.lang.invoke.MethodType.methodType;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;

/**
 * The fast engine: the body runs on the caller's own thread inside a {@code jdk.internal.vm.Continuation}, the
 * JDK's one-shot delimited continuation that virtual threads are built on. A switch costs about as much as a
 * few method calls: no second thread, no lock, nothing allocated.
 *
 * <p>The class is internal to the JDK and not exported, so the library compiles without it and binds it at run
 * time, once, to {@code static final} method handles that the JIT compiler inlines like direct calls. Binding
 * works only when the JVM runs with {@code --add-exports java.base/jdk.internal.vm=ALL-UNNAMED}; without it
 * {@link #UNAVAILABLE_REASON} says why and {@link Backend#active()} picks {@link ThreadStrand}.
 *
 * <p>Pinning: a continuation cannot yield while the body holds a monitor ({@code synchronized}) on JDK 21, or
 * while a native method is on the body's stack. The JDK then throws; {@link #leave()} turns that into an
 * {@link IllegalStateException} that says what to change, raised inside the body at its yield.
 */
final class ContinuationStrand extends Strand {

    /** Why the fast engine cannot run in this JVM, or {@code null} if it can. */
    static final String UNAVAILABLE_REASON;

    /** {@code new Continuation(SCOPE, runnable)}: {@code (Runnable) -> Object}. */
    private static final MethodHandle NEW_CONTINUATION;
    /** {@code continuation.run()}: {@code (Object) -> void}. */
    private static final MethodHandle RUN;
    /** {@code Continuation.yield(SCOPE)}: {@code () -> boolean}. */
    private static final MethodHandle YIELD;

    static {
        MethodHandle create = null;
        MethodHandle run = null;
        MethodHandle yield = null;
        String reason = null;
        try {
            Class<?> continuation = Class.forName("jdk.internal.vm.Continuation");
            Class<?> scopeType = Class.forName("jdk.internal.vm.ContinuationScope");
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            Object scope = lookup.findConstructor(scopeType, methodType(void.class, String.class))
                .invoke("edu.pyjava.generators");
            create = lookup.findConstructor(continuation, methodType(void.class, scopeType, Runnable.class))
                .bindTo(scope)
                .asType(methodType(Object.class, Runnable.class));
            run = lookup.findVirtual(continuation, "run", methodType(void.class))
                .asType(methodType(void.class, Object.class));
            yield = MethodHandles.insertArguments(
                lookup.findStatic(continuation, "yield", methodType(boolean.class, scopeType)), 0, scope);
            reason = smokeTest(create, run, yield);
        } catch (IllegalAccessException notExported) {
            reason = "JVM 启动时缺少 --add-exports java.base/jdk.internal.vm=ALL-UNNAMED";
        } catch (Throwable unsupported) {
            reason = "这个 JVM 不支持 jdk.internal.vm.Continuation：" + unsupported;
        }
        UNAVAILABLE_REASON = reason;
        NEW_CONTINUATION = reason == null ? create : null;
        RUN = reason == null ? run : null;
        YIELD = reason == null ? yield : null;
    }

    private final Object continuation;

    ContinuationStrand(Task task) {
        if (UNAVAILABLE_REASON != null) {
            throw new IllegalStateException("快速实现（Continuation）不可用：" + UNAVAILABLE_REASON);
        }
        try {
            continuation = (Object) NEW_CONTINUATION.invokeExact((Runnable) () -> runTask(task));
        } catch (Throwable impossible) {
            throw new AssertionError("new Continuation(...) 失败", impossible);
        }
    }

    @Override
    Backend backend() {
        return Backend.CONTINUATION;
    }

    @Override
    void enter() {
        try {
            RUN.invokeExact(continuation);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable impossible) {
            throw new AssertionError("Continuation.run() 不声明受检异常", impossible);
        }
    }

    @Override
    void leave() {
        try {
            boolean unusedResult = (boolean) YIELD.invokeExact();
        } catch (IllegalStateException pinned) {
            throw new IllegalStateException("不能在 synchronized 块里（或本地方法调用中）yield：Continuation 被钉住（pinned）。"
                + "请把 yield 移到 synchronized 块外，或改用 java.util.concurrent.locks.ReentrantLock", pinned);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable impossible) {
            throw new AssertionError("Continuation.yield() 不声明受检异常", impossible);
        }
    }

    /** Runs one continuation through a yield to its end: {@code null} if that works, else why not. */
    private static String smokeTest(MethodHandle create, MethodHandle run, MethodHandle yield) throws Throwable {
        int[] steps = {0};
        Object probe = (Object) create.invokeExact((Runnable) () -> {
            steps[0]++;
            try {
                boolean ignored = (boolean) yield.invokeExact();
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
            steps[0]++;
        });
        run.invokeExact(probe);
        run.invokeExact(probe);
        return steps[0] == 2 ? null : "Continuation 自检失败：步数 " + steps[0];
    }
}
