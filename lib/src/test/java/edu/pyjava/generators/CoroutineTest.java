package edu.pyjava.generators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every behaviour runs on both backends: they must be indistinguishable except for speed. */
class CoroutineTest {

    /** The seed's output, copied from the study sheet. */
    private static final List<String> SEED_OUTPUT = List.of(
        "[PRODUCER] Producing 1...",
        "[CONSUMER] Consuming 1...",
        "[PRODUCER] Consumer return: 200 OK",
        "[PRODUCER] Producing 2...",
        "[CONSUMER] Consuming 2...",
        "[PRODUCER] Consumer return: 200 OK",
        "[PRODUCER] Producing 3...",
        "[CONSUMER] Consuming 3...",
        "[PRODUCER] Consumer return: 200 OK",
        "[PRODUCER] Producing 4...",
        "[CONSUMER] Consuming 4...",
        "[PRODUCER] Consumer return: 200 OK",
        "[PRODUCER] Producing 5...",
        "[CONSUMER] Consuming 5...",
        "[PRODUCER] Consumer return: 200 OK");

    // The seed's consumer(), line by line.
    static Coroutine<Integer, String> consumer(PrintStream out, Backend backend) {
        return Coroutine.of(self -> {
            String r = "";
            while (true) {
                Integer n = self.yield(r);
                if (n == null || n == 0) {
                    return;
                }
                out.printf("[CONSUMER] Consuming %s...%n", n);
                r = "200 OK";
            }
        }, backend);
    }

    // The seed's produce(c), line by line.
    static void produce(Coroutine<Integer, String> c, PrintStream out) {
        c.send(null);
        int n = 0;
        while (n < 5) {
            n = n + 1;
            out.printf("[PRODUCER] Producing %s...%n", n);
            String r = c.send(n);
            out.printf("[PRODUCER] Consumer return: %s%n", r);
        }
        c.close();
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void seedsProducerAndConsumerPrintTheSeedsFifteenLines(Backend backend) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Coroutine<Integer, String> c = consumer(out, backend);
        produce(c, out);
        assertEquals(SEED_OUTPUT, bytes.toString(StandardCharsets.UTF_8).lines().toList());
        assertTrue(c.isDone());
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void sendReturnsTheNextYieldedValue(Backend backend) {
        Coroutine<Integer, Integer> runningTotal = Coroutine.of(self -> {
            int total = 0;
            while (true) {
                total += self.yield(total);
            }
        }, backend);
        assertEquals(0, runningTotal.send(null));
        assertEquals(5, runningTotal.send(5));
        assertEquals(15, runningTotal.send(10));
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void bodyDoesNotRunBeforeTheFirstSend(Backend backend) {
        List<String> log = new ArrayList<>();
        Coroutine<String, String> c = Coroutine.of(self -> {
            log.add("started");
            self.yield("ready");
        }, backend);
        assertEquals(List.of(), log);
        assertFalse(c.isDone());
        assertEquals("ready", c.send(null));
        assertEquals(List.of("started"), log);
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void sendingAValueBeforePrimingExplainsToSendNullFirst(Backend backend) {
        List<String> log = new ArrayList<>();
        Coroutine<Integer, String> c = Coroutine.of(self -> {
            log.add("started");
            self.yield("ready");
        }, backend);
        IllegalStateException error = assertThrows(IllegalStateException.class, () -> c.send(5));
        assertTrue(error.getMessage().startsWith("生成器尚未启动：请先调用 send(null)"), error.getMessage());
        assertEquals(List.of(), log);
        assertEquals("ready", c.send(null), "the refused send must not have started or broken it");
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void sendAfterTheBodyReturnedThrowsNoSuchElementLikeStopIteration(Backend backend) {
        Coroutine<Integer, String> c = consumer(new PrintStream(OutputStreamSink.INSTANCE), backend);
        c.send(null);
        NoSuchElementException returned = assertThrows(NoSuchElementException.class, () -> c.send(0));
        assertTrue(returned.getMessage().startsWith("协程已结束"), returned.getMessage());
        assertTrue(c.isDone());
        NoSuchElementException again = assertThrows(NoSuchElementException.class, () -> c.send(1));
        assertTrue(again.getMessage().startsWith("协程已结束"), again.getMessage());
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void sendAfterCloseSaysTheCoroutineHasEnded(Backend backend) {
        Coroutine<Integer, String> c = consumer(new PrintStream(OutputStreamSink.INSTANCE), backend);
        c.send(null);
        c.close();
        NoSuchElementException error = assertThrows(NoSuchElementException.class, () -> c.send(1));
        assertTrue(error.getMessage().startsWith("协程已结束"), error.getMessage());
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void closeRaisesGeneratorExitAtTheYieldAndRunsFinally(Backend backend) {
        List<String> log = new ArrayList<>();
        Coroutine<Integer, String> c = Coroutine.of(self -> {
            try {
                while (true) {
                    self.yield("ok");
                }
            } catch (GeneratorExit e) {
                log.add("GeneratorExit");
                throw e;
            } finally {
                log.add("finally");
            }
        }, backend);
        c.send(null);
        c.close();
        assertEquals(List.of("GeneratorExit", "finally"), log);
        assertTrue(c.isDone());
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void bodyMayCatchGeneratorExitAndReturn(Backend backend) {
        Coroutine<Integer, String> c = Coroutine.of(self -> {
            try {
                self.yield("ok");
            } catch (GeneratorExit e) {
                return;
            }
        }, backend);
        c.send(null);
        c.close();
        assertTrue(c.isDone());
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void closeBeforeTheStartEndsItWithoutRunningTheBody(Backend backend) {
        List<String> log = new ArrayList<>();
        Coroutine<Integer, String> c = Coroutine.of(self -> log.add("ran"), backend);
        c.close();
        c.close();
        assertTrue(c.isDone());
        assertEquals(List.of(), log);
        assertThrows(NoSuchElementException.class, () -> c.send(null));
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void throwInRaisesAtTheYieldAndReturnsTheNextYield(Backend backend) {
        Coroutine<String, String> c = Coroutine.of(self -> {
            while (true) {
                try {
                    self.yield("ok");
                } catch (IllegalArgumentException e) {
                    self.yield("caught " + e.getMessage());
                }
            }
        }, backend);
        assertEquals("ok", c.send(null));
        assertEquals("caught bad", c.throwIn(new IllegalArgumentException("bad")));
        assertEquals("ok", c.send("next"));
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void throwInThatTheBodyDoesNotCatchComesBackOutAndEndsIt(Backend backend) {
        List<String> log = new ArrayList<>();
        Coroutine<String, String> c = Coroutine.of(self -> {
            try {
                self.yield("ok");
            } finally {
                log.add("finally");
            }
        }, backend);
        c.send(null);
        IOException thrown = new IOException("网络断了");
        assertSame(thrown, assertThrows(IOException.class, () -> c.throwIn(thrown)));
        assertEquals(List.of("finally"), log);
        assertTrue(c.isDone());
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void throwInBeforeTheStartThrowsStraightBackAndEndsIt(Backend backend) {
        List<String> log = new ArrayList<>();
        Coroutine<String, String> c = Coroutine.of(self -> log.add("ran"), backend);
        assertThrows(IllegalArgumentException.class, () -> c.throwIn(new IllegalArgumentException()));
        assertTrue(c.isDone());
        assertEquals(List.of(), log);
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void throwInNullIsRejectedWithAChineseMessage(Backend backend) {
        Coroutine<String, String> c = Coroutine.of(self -> self.yield("ok"), backend);
        NullPointerException error = assertThrows(NullPointerException.class, () -> c.throwIn(null));
        assertTrue(error.getMessage().contains("throwIn"), error.getMessage());
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void checkedExceptionInTheBodyReachesTheSenderUnwrapped(Backend backend) {
        Coroutine<String, String> c = Coroutine.of(self -> {
            String request = self.yield("ready");
            throw new IOException("无法处理 " + request);
        }, backend);
        c.send(null);
        IOException thrown = assertThrows(IOException.class, () -> c.send("x"));
        assertEquals("无法处理 x", thrown.getMessage());
        assertTrue(c.isDone());
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void yieldingAgainAfterCloseIsReported(Backend backend) {
        Coroutine<String, String> stubborn = Coroutine.of(self -> {
            while (true) {
                try {
                    self.yield("ok");
                } catch (GeneratorExit ignored) {
                    self.yield("still here");
                }
            }
        }, backend);
        stubborn.send(null);
        IllegalStateException error = assertThrows(IllegalStateException.class, stubborn::close);
        assertTrue(error.getMessage().contains("ignored GeneratorExit"), error.getMessage());
        assertTrue(stubborn.isDone());
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void sendingToItselfFromInsideTheBodyIsRefused(Backend backend) {
        AtomicReference<Coroutine<String, String>> self = new AtomicReference<>();
        Coroutine<String, String> c = Coroutine.of(yielder -> {
            yielder.yield("ready");
            self.get().send("again");
        }, backend);
        self.set(c);
        c.send(null);
        IllegalStateException error = assertThrows(IllegalStateException.class, () -> c.send("go"));
        assertTrue(error.getMessage().contains("already executing"), error.getMessage());
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void abandonedCoroutineRunsFinallyBlocksOnceCollected(Backend backend) throws InterruptedException {
        CountDownLatch finallyRan = new CountDownLatch(1);
        startAndAbandon(finallyRan, backend);
        for (int i = 0; i < 100 && finallyRan.getCount() > 0; i++) {
            System.gc();
            finallyRan.await(50, TimeUnit.MILLISECONDS);
        }
        assertEquals(0, finallyRan.getCount(), "被丢弃的协程的 finally 没有执行");
    }

    private static void startAndAbandon(CountDownLatch finallyRan, Backend backend) {
        Coroutine<String, String> c = Coroutine.of(self -> {
            try {
                self.yield("ready");
                self.yield("never");
            } finally {
                finallyRan.countDown();
            }
        }, backend);
        assertEquals("ready", c.send(null));
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void toStringShowsTheState(Backend backend) {
        Coroutine<String, String> c = Coroutine.of(self -> self.yield("ok"), backend);
        assertEquals("Coroutine[NEW]", c.toString());
        c.send(null);
        assertEquals("Coroutine[SUSPENDED]", c.toString());
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void nullBodyIsRejectedWithAChineseMessage(Backend backend) {
        NullPointerException error = assertThrows(NullPointerException.class, () -> Coroutine.of(null, backend));
        assertTrue(error.getMessage().contains("body 不能为 null"), error.getMessage());
    }

    /** Discards what is printed: for tests that do not look at the output. */
    private static final class OutputStreamSink extends java.io.OutputStream {
        static final OutputStreamSink INSTANCE = new OutputStreamSink();

        @Override
        public void write(int b) {
        }
    }
}
