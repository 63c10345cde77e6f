package edu.pyjava.generators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every behaviour runs on both backends: they must be indistinguishable except for speed. */
class GeneratorTest {

    /** An endless generator 0, 1, 2, ... whose {@code finally} block adds "finally" to {@code log}. */
    private static Generator<Integer> countingUpThenFinally(List<String> log, Backend backend) {
        return Generator.of(out -> {
            try {
                for (int i = 0; ; i++) {
                    out.yield(i);
                }
            } finally {
                log.add("finally");
            }
        }, backend);
    }

    // Python: def fibonacci(n): a, b, counter = 0, 1, 0 ... yield a ...
    static Generator<Long> fibonacci(int n, Backend backend) {
        return Generator.of(out -> {
            long a = 0, b = 1;
            for (int counter = 0; counter <= n; counter++) {
                out.yield(a);
                long next = a + b;
                a = b;
                b = next;
            }
        }, backend);
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void fibonacciYieldsTheSeedsSequence(Backend backend) {
        assertEquals(List.of(0L, 1L, 1L, 2L, 3L, 5L, 8L, 13L, 21L, 34L, 55L), fibonacci(10, backend).stream().toList());
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void seedsNextLoopPrintsTheSeedsLineUntilStopIteration(Backend backend) {
        StringBuilder printed = new StringBuilder();
        Generator<Long> f = fibonacci(10, backend);
        while (true) {
            try {
                printed.append(f.next()).append(' ');   // print(next(f), end=" ")
            } catch (NoSuchElementException stopIteration) {
                break;
            }
        }
        assertEquals("0 1 1 2 3 5 8 13 21 34 55 ", printed.toString());
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void bodyDoesNotRunBeforeTheFirstNext(Backend backend) {
        List<String> log = new ArrayList<>();
        Generator<String> g = Generator.of(out -> {
            log.add("started");
            out.yield("a");
            log.add("resumed");
            out.yield("b");
        }, backend);
        assertEquals(List.of(), log);
        assertTrue(g.hasNext());
        assertEquals(List.of("started"), log);
        assertEquals("a", g.next());
        assertEquals(List.of("started"), log);
        assertEquals("b", g.next());
        assertEquals(List.of("started", "resumed"), log);
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void hasNextTwiceDoesNotSkipAValue(Backend backend) {
        Generator<Integer> g = Generator.of(out -> { out.yield(1); out.yield(2); }, backend);
        assertTrue(g.hasNext());
        assertTrue(g.hasNext());
        assertEquals(1, g.next());
        assertEquals(2, g.next());
        assertFalse(g.hasNext());
        assertFalse(g.hasNext());
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void nextAfterTheBodyReturnedThrowsNoSuchElementLikeStopIteration(Backend backend) {
        Generator<Integer> g = Generator.of(out -> out.yield(1), backend);
        assertEquals(1, g.next());
        NoSuchElementException end = assertThrows(NoSuchElementException.class, g::next);
        assertTrue(end.getMessage().contains("StopIteration"), end.getMessage());
        assertThrows(NoSuchElementException.class, g::next);
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void emptyBodyYieldsNothing(Backend backend) {
        assertEquals(List.of(), Generator.<String>of(out -> { }, backend).stream().toList());
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void infiniteGeneratorIsFineWhenTakenLazily(Backend backend) {
        Generator<Integer> naturals = Generator.of(out -> {
            for (int i = 0; ; i++) {
                out.yield(i);
            }
        }, backend);
        try (Stream<Integer> first = naturals.stream()) {
            assertEquals(List.of(0, 1, 2, 3, 4), first.limit(5).toList());
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void iteratingTwiceContinuesBecauseAGeneratorIsItsOwnIterator(Backend backend) {
        Generator<Integer> g = Generator.of(out -> { out.yield(1); out.yield(2); out.yield(3); }, backend);
        assertSame(g, g.iterator());
        for (int x : g) {
            if (x == 1) {
                break;
            }
        }
        List<Integer> rest = new ArrayList<>();
        for (int x : g) {
            rest.add(x);
        }
        assertEquals(List.of(2, 3), rest);
        assertFalse(g.iterator().hasNext());
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void nullCanBeYieldedLikePythonsNone(Backend backend) {
        Generator<String> g = Generator.of(out -> { out.yield(null); out.yield("x"); }, backend);
        assertTrue(g.hasNext());
        assertNull(g.next());
        assertEquals("x", g.next());
        assertFalse(g.hasNext());
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void uncheckedExceptionReachesTheConsumerUnchangedAndEndsTheGenerator(Backend backend) {
        IllegalArgumentException thrown = new IllegalArgumentException("坏数据");
        Generator<Integer> g = Generator.of(out -> { out.yield(1); throw thrown; }, backend);
        assertEquals(1, g.next());
        assertSame(thrown, assertThrows(IllegalArgumentException.class, g::hasNext));
        assertFalse(g.hasNext());
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void checkedExceptionReachesTheConsumerWithItsOwnTypeUnwrapped(Backend backend) {
        Generator<String> lines = Generator.of(out -> {
            out.yield("first line");
            throw new IOException("磁盘坏了");
        }, backend);
        assertEquals("first line", lines.next());
        IOException thrown = assertThrows(IOException.class, lines::next);
        assertEquals("磁盘坏了", thrown.getMessage());
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void closingEarlyRunsFinallyBlocks(Backend backend) {
        List<String> log = new ArrayList<>();
        Generator<Integer> g = countingUpThenFinally(log, backend);
        assertEquals(0, g.next());
        g.close();
        assertEquals(List.of("finally"), log);
        assertFalse(g.hasNext());
        assertThrows(NoSuchElementException.class, g::next);
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void bodySeesGeneratorExitAtItsYield(Backend backend) {
        AtomicReference<Throwable> seen = new AtomicReference<>();
        Generator<Integer> g = Generator.of(out -> {
            try {
                out.yield(1);
            } catch (GeneratorExit e) {
                seen.set(e);
                throw e;
            }
        }, backend);
        g.next();
        g.close();
        assertTrue(seen.get() instanceof GeneratorExit);
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void catchExceptionInTheBodyDoesNotSwallowGeneratorExit(Backend backend) {
        List<String> log = new ArrayList<>();
        Generator<Integer> g = Generator.of(out -> {
            while (true) {
                try {
                    out.yield(1);
                } catch (Exception e) {
                    log.add("swallowed " + e);
                }
            }
        }, backend);
        g.next();
        g.close();
        assertEquals(List.of(), log);
        assertFalse(g.hasNext());
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void yieldingAgainAfterGeneratorExitIsReportedByClose(Backend backend) {
        List<String> log = new ArrayList<>();
        Generator<Integer> stubborn = Generator.of(out -> {
            try {
                out.yield(1);
            } catch (GeneratorExit e) {
                out.yield(2);
            } finally {
                log.add("finally");
            }
        }, backend);
        stubborn.next();
        IllegalStateException error = assertThrows(IllegalStateException.class, stubborn::close);
        assertTrue(error.getMessage().contains("ignored GeneratorExit"), error.getMessage());
        assertEquals(List.of("finally"), log);
        assertFalse(stubborn.hasNext());
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void closeReturnsEvenWhenTheBodySwallowsEveryThrowableAroundItsYield(Backend backend) {
        Generator<Integer> hopeless = Generator.of(out -> {
            while (true) {
                try {
                    out.yield(1);
                } catch (Throwable swallowed) {
                    // a body that refuses to stop
                }
            }
        }, backend);
        hopeless.next();

        IllegalStateException error = assertTimeoutPreemptively(Duration.ofSeconds(10),
            () -> assertThrows(IllegalStateException.class, hopeless::close));
        assertTrue(error.getMessage().contains("ignored GeneratorExit"), error.getMessage());
        assertFalse(hopeless.hasNext());
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void tryWithResourcesClosesTheGenerator(Backend backend) {
        List<String> log = new ArrayList<>();
        try (Generator<Integer> g = Generator.of(out -> {
            try {
                out.yield(1);
                out.yield(2);
            } finally {
                log.add("finally");
            }
        }, backend)) {
            assertEquals(1, g.next());
        }
        assertEquals(List.of("finally"), log);
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void closingTheStreamRunsFinallyBlocks(Backend backend) {
        List<String> log = new ArrayList<>();
        Generator<Integer> g = countingUpThenFinally(log, backend);
        try (Stream<Integer> numbers = g.stream()) {
            assertEquals(List.of(0, 1, 2), numbers.limit(3).toList());
            assertEquals(List.of(), log);
        }
        assertEquals(List.of("finally"), log);
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void closingBeforeTheStartNeverRunsTheBody(Backend backend) {
        List<String> log = new ArrayList<>();
        Generator<Integer> g = Generator.of(out -> {
            log.add("ran");
            out.yield(1);
        }, backend);
        g.close();
        assertFalse(g.hasNext());
        assertEquals(List.of(), log);
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void closeIsIdempotentAndHarmlessAfterTheEnd(Backend backend) {
        Generator<Integer> g = Generator.of(out -> out.yield(1), backend);
        assertEquals(List.of(1), g.stream().toList());
        g.close();
        g.close();
        assertFalse(g.hasNext());
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void exceptionRaisedWhileClosingReachesTheCaller(Backend backend) {
        Generator<Integer> g = Generator.of(out -> {
            try {
                out.yield(1);
            } catch (GeneratorExit closing) {
                throw new IllegalStateException("清理失败");
            }
        }, backend);
        g.next();
        IllegalStateException error = assertThrows(IllegalStateException.class, g::close);
        assertEquals("清理失败", error.getMessage());
        assertFalse(g.hasNext());
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void abandonedGeneratorRunsFinallyBlocksOnceCollected(Backend backend) throws InterruptedException {
        CountDownLatch finallyRan = new CountDownLatch(1);
        startAndAbandon(finallyRan, backend);
        for (int i = 0; i < 100 && finallyRan.getCount() > 0; i++) {
            System.gc();
            finallyRan.await(50, TimeUnit.MILLISECONDS);
        }
        assertEquals(0, finallyRan.getCount(), "被丢弃的生成器的 finally 没有执行");
    }

    private static void startAndAbandon(CountDownLatch finallyRan, Backend backend) {
        Generator<Integer> g = Generator.of(out -> {
            try {
                out.yield(1);
                out.yield(2);
            } finally {
                finallyRan.countDown();
            }
        }, backend);
        assertEquals(1, g.next());
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void closingLeavesNoThreadBehind(Backend backend) throws InterruptedException {
        AtomicReference<Thread> bodyThread = new AtomicReference<>();
        Generator<Integer> g = Generator.of(out -> {
            bodyThread.set(Thread.currentThread());
            out.yield(1);
            out.yield(2);
        }, backend);
        g.next();
        g.close();
        if (backend != Backend.THREAD) {
            assertSame(Thread.currentThread(), bodyThread.get(), backend + " 应在调用者的线程上运行 body");
        } else {
            assertTrue(bodyThread.get().join(Duration.ofSeconds(10)), "close() 之后 body 的线程仍在运行");
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void runningToTheEndLeavesNoThreadBehind(Backend backend) throws InterruptedException {
        AtomicReference<Thread> bodyThread = new AtomicReference<>();
        Generator<Integer> g = Generator.of(out -> {
            bodyThread.set(Thread.currentThread());
            out.yield(1);
        }, backend);
        assertEquals(List.of(1), g.stream().toList());
        if (backend != Backend.THREAD) {
            assertSame(Thread.currentThread(), bodyThread.get(), backend + " 应在调用者的线程上运行 body");
        } else {
            assertTrue(bodyThread.get().join(Duration.ofSeconds(10)), "body 运行完之后它的线程仍在运行");
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void yieldFromDelegatesToAnIterable(Backend backend) {
        Generator<String> g = Generator.of(out -> {
            out.yield("start");
            out.yieldFrom(List.of("a", "b"));
            out.yield("end");
        }, backend);
        assertEquals(List.of("start", "a", "b", "end"), g.stream().toList());
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void yieldFromDelegatesToAnotherGeneratorLazily(Backend backend) {
        List<String> log = new ArrayList<>();
        Generator<Long> outer = Generator.of(out -> {
            log.add("outer starts");
            out.yieldFrom(fibonacci(3, backend));
            out.yield(-1L);
        }, backend);
        assertEquals(0L, outer.next());
        assertEquals(List.of("outer starts"), log);
        assertEquals(List.of(1L, 1L, 2L, -1L), outer.stream().toList());
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void closingTheOuterGeneratorClosesTheInnerOneOfYieldFrom(Backend backend) {
        List<String> log = new ArrayList<>();
        Generator<Integer> inner = Generator.of(out -> {
            try {
                out.yield(1);
                out.yield(2);
            } finally {
                log.add("inner finally");
            }
        }, backend);
        Generator<Integer> outer = Generator.of(out -> {
            try {
                out.yieldFrom(inner);
            } finally {
                log.add("outer finally");
            }
        }, backend);
        assertEquals(1, outer.next());
        outer.close();
        assertEquals(List.of("inner finally", "outer finally"), log);
        assertFalse(inner.hasNext());
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void callingNextFromInsideItsOwnBodyIsRefused(Backend backend) {
        AtomicReference<Generator<Integer>> self = new AtomicReference<>();
        Generator<Integer> g = Generator.of(out -> {
            out.yield(1);
            self.get().next();
        }, backend);
        self.set(g);
        g.next();
        IllegalStateException error = assertThrows(IllegalStateException.class, g::next);
        assertTrue(error.getMessage().contains("already executing"), error.getMessage());
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void yieldInsideSynchronizedWorks(Backend backend) {
        Object lock = new Object();
        Generator<Integer> g = Generator.of(out -> {
            synchronized (lock) {
                out.yield(1);
                assertTrue(Thread.holdsLock(lock), "暂停之后 body 仍持有锁，和 Python 的 with lock: 里 yield 一样");
            }
            out.yield(2);
        }, backend);
        assertEquals(List.of(1, 2), g.stream().toList());
    }

    @Test
    void generatorsPausedInsideSynchronizedDoNotStopOtherGenerators() {
        // On JDK 21-23 a virtual thread waiting inside synchronized pins its carrier, and there are only as many
        // carriers as cores: more paused bodies than cores must still leave room for a new generator to run.
        int paused = Runtime.getRuntime().availableProcessors() + 2;
        List<Generator<Integer>> holdingLocks = new ArrayList<>();
        for (int i = 0; i < paused; i++) {
            Object lock = new Object();
            Generator<Integer> g = Generator.of(out -> {
                synchronized (lock) {
                    out.yield(1);
                }
            }, Backend.THREAD);
            assertEquals(1, g.next());
            holdingLocks.add(g);
        }
        List<Long> values = assertTimeoutPreemptively(Duration.ofSeconds(60),
            () -> fibonacci(5, Backend.THREAD).stream().toList(), "暂停在 synchronized 里的生成器卡住了别的生成器");
        assertEquals(List.of(0L, 1L, 1L, 2L, 3L, 5L), values);
        holdingLocks.forEach(Generator::close);
    }

    @Test
    void aBodyThreadIsVirtualOnlyWhereWaitingInsideSynchronizedDoesNotPinIt() {
        AtomicReference<Thread> bodyThread = new AtomicReference<>();
        Generator<Integer> g = Generator.of(out -> {
            bodyThread.set(Thread.currentThread());
            out.yield(1);
        }, Backend.THREAD);
        g.next();
        assertEquals(Runtime.version().feature() >= 24, bodyThread.get().isVirtual(), "JDK " + Runtime.version());
        assertTrue(bodyThread.get().isDaemon(), "body 的线程不能挡住 JVM 退出");
        g.close();
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void manyGeneratorsCanBeInterleaved(Backend backend) {
        Generator<Long> first = fibonacci(5, backend);
        Generator<Long> second = fibonacci(5, backend);
        List<Long> zipped = new ArrayList<>();
        while (first.hasNext() && second.hasNext()) {
            zipped.add(first.next() * 10 + second.next());
        }
        assertEquals(List.of(0L, 11L, 11L, 22L, 33L, 55L), zipped);
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void toStringShowsTheState(Backend backend) {
        Generator<Integer> g = Generator.of(out -> out.yield(1), backend);
        assertEquals("Generator[NEW]", g.toString());
        g.next();
        assertEquals("Generator[SUSPENDED]", g.toString());
        g.close();
        assertEquals("Generator[DONE]", g.toString());
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void nullBodyIsRejectedWithAChineseMessage(Backend backend) {
        NullPointerException error = assertThrows(NullPointerException.class, () -> Generator.of(null, backend));
        assertTrue(error.getMessage().contains("body 不能为 null"), error.getMessage());
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void yieldFromNullIsRejectedWithAChineseMessage(Backend backend) {
        Generator<Integer> g = Generator.of(out -> out.yieldFrom(null), backend);
        NullPointerException error = assertThrows(NullPointerException.class, g::next);
        assertTrue(error.getMessage().contains("yieldFrom"), error.getMessage());
    }
}
