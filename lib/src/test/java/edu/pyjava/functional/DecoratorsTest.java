package edu.pyjava.functional;

import static edu.pyjava.functional.Decorator.stack;
import static edu.pyjava.functional.Decorators.logged;
import static edu.pyjava.functional.Decorators.retry;
import static edu.pyjava.functional.Decorators.timed;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class DecoratorsTest {

    private final List<String> log = new ArrayList<>();

    /** A decorator that records when its wrapper is entered and left. */
    private Decorator<Integer, Integer> tracing(String name) {
        return function -> argument -> {
            log.add("enter " + name);
            Integer result = function.apply(argument);
            log.add("exit " + name);
            return result;
        };
    }

    @Test
    void stackAppliesDecoratorsInTheOrderOfStackedAnnotations() {
        Function1<Integer, Integer> square = x -> {
            log.add("square");
            return x * x;
        };
        // Python: @outer @inner def square  ==  outer(inner(square))
        Function1<Integer, Integer> decorated = square.decorate(stack(tracing("outer"), tracing("inner")));

        assertEquals(9, decorated.apply(3));
        assertEquals(List.of("enter outer", "enter inner", "square", "exit inner", "exit outer"), log);
    }

    @Test
    void stackMeansTheSameAsNestedApplication() {
        Decorator<Integer, Integer> outer = tracing("outer");
        Decorator<Integer, Integer> inner = tracing("inner");
        Function<Integer, Integer> identity = x -> x;

        outer.apply(inner.apply(identity)).apply(1);
        List<String> nested = List.copyOf(log);
        log.clear();
        stack(outer, inner).apply(identity).apply(1);

        assertEquals(nested, log);
        assertEquals(5, Decorator.<Integer, Integer>stack().apply(x -> x + 1).apply(4), "no decorators: unchanged");
    }

    @Test
    void loggedRecordsCallAndResult() {
        Function1<Integer, Integer> square = x -> x * x;
        assertEquals(9, square.decorate(logged("square", log::add)).apply(3));
        assertEquals(List.of("调用 square(3)", "square(3) 返回 9"), log);
    }

    @Test
    void loggedRecordsAndRethrowsExceptions() {
        Function1<String, Integer> parse = Integer::parseInt;
        Function1<String, Integer> loud = parse.decorate(logged("parse", log::add));

        assertThrows(NumberFormatException.class, () -> loud.apply("x"));
        assertEquals(List.of("调用 parse(x)", "parse(x) 抛出 NumberFormatException: For input string: \"x\""), log);
    }

    @Test
    void timedReportsEvenWhenTheCallFails() {
        Function1<Integer, Integer> fails = x -> {
            throw new IllegalStateException("boom");
        };
        assertThrows(IllegalStateException.class, () -> fails.decorate(timed("fails", log::add)).apply(1));
        assertEquals(1, log.size());
        assertTrue(log.getFirst().matches("fails\\(1\\) 用时 \\d+\\.\\d{3} ms"), log.getFirst());
    }

    @Test
    void retryCallsAgainOnTheGivenExceptionAndSucceeds() {
        AtomicInteger calls = new AtomicInteger();
        Function1<String, String> flaky = url -> {
            if (calls.incrementAndGet() < 3) {
                throw new UncheckedIOException(new IOException("timeout " + calls.get()));
            }
            return "page";
        };
        assertEquals("page", flaky.decorate(retry(3, UncheckedIOException.class)).apply("u"));
        assertEquals(3, calls.get());
    }

    @Test
    void retryGivesUpAfterTheLastAttemptAndKeepsEarlierFailures() {
        AtomicInteger calls = new AtomicInteger();
        Function1<String, String> broken = url -> {
            throw new UncheckedIOException(new IOException("timeout " + calls.incrementAndGet()));
        };
        UncheckedIOException error = assertThrows(UncheckedIOException.class,
            () -> broken.decorate(retry(3, UncheckedIOException.class)).apply("u"));
        assertEquals(3, calls.get());
        assertEquals("timeout 3", error.getCause().getMessage());
        assertEquals(List.of("timeout 1", "timeout 2"),
            Arrays.stream(error.getSuppressed()).map(earlier -> earlier.getCause().getMessage()).toList(),
            "the earlier failures, in order, side by side");
    }

    @Test
    void retryLetsOtherExceptionsThroughAtOnce() {
        AtomicInteger calls = new AtomicInteger();
        Function1<String, String> wrong = url -> {
            calls.incrementAndGet();
            throw new IllegalArgumentException("bad url");
        };
        assertThrows(IllegalArgumentException.class,
            () -> wrong.decorate(retry(5, UncheckedIOException.class)).apply("u"));
        assertEquals(1, calls.get());
    }

    @Test
    void retryRejectsNonsenseSettings() {
        assertThrows(IllegalArgumentException.class, () -> retry(0, RuntimeException.class));
        IllegalArgumentException noTypes = assertThrows(IllegalArgumentException.class, () -> retry(3));
        assertTrue(noTypes.getMessage().contains("至少一个异常类型"), noTypes.getMessage());
    }

    @Test
    void memoizeComputesEachArgumentOnceIncludingNullArgumentAndNullResult() {
        List<String> calls = new ArrayList<>();
        Memoized<String, String> upper = Decorators.memoize(text -> {
            calls.add(String.valueOf(text));
            return text == null ? null : text.toUpperCase();
        });

        assertEquals("A", upper.apply("a"));
        assertEquals("A", upper.apply("a"));
        assertEquals(null, upper.apply(null));
        assertEquals(null, upper.apply(null));
        assertEquals(List.of("a", "null"), calls, "a cached null result is not recomputed");
        assertEquals(new CacheInfo(2, 2, OptionalInt.empty(), 2), upper.cacheInfo());
        assertEquals("CacheInfo(hits=2, misses=2, maxsize=None, currsize=2)", upper.cacheInfo().toString());
    }

    @Test
    void lruCacheEvictsTheLeastRecentlyUsedNotTheOldest() {
        List<Integer> computed = new ArrayList<>();
        Memoized<Integer, Integer> square = Decorators.lruCache(2, n -> {
            computed.add(n);
            return n * n;
        });

        square.apply(1);
        square.apply(2);
        square.apply(1);      // 1 is now more recent than 2
        square.apply(3);      // evicts 2, the least recently used
        square.apply(1);      // still cached
        square.apply(2);      // computed again

        assertEquals(List.of(1, 2, 3, 2), computed);
        assertEquals("CacheInfo(hits=2, misses=4, maxsize=2, currsize=2)", square.cacheInfo().toString());
    }

    @Test
    void cacheClearForgetsResultsAndCounters() {
        AtomicInteger calls = new AtomicInteger();
        Memoized<Integer, Integer> id = Decorators.memoize(n -> {
            calls.incrementAndGet();
            return n;
        });
        id.apply(1);
        id.cacheClear();
        id.apply(1);
        assertEquals(2, calls.get());
        assertEquals(new CacheInfo(0, 1, OptionalInt.empty(), 1), id.cacheInfo());
    }

    private static Memoized<Integer, Long> fibonacci;

    @Test
    void recursiveMemoizedFunctionCallsItsOwnCache() {
        fibonacci = Decorators.memoize(n -> n < 2 ? n : fibonacci.apply(n - 1) + fibonacci.apply(n - 2));
        assertEquals(12_586_269_025L, fibonacci.apply(50));
        assertEquals(51, fibonacci.cacheInfo().misses(), "each of 0..50 computed exactly once");
    }

    @Test
    void lruCacheRejectsSizeBelowOne() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> Decorators.lruCache(0, x -> x));
        assertTrue(error.getMessage().contains("maxSize 至少为 1"), error.getMessage());
    }

    @Test
    void memoizedOfMemoizedIsTheSameCache() {
        Memoized<Integer, Integer> once = Function1.<Integer, Integer>of(x -> x).memoized();
        assertSame(once, once.memoized());
    }

    @Test
    void loggedToleratesNullArgumentsAndResults() {
        Function1<String, String> nothing = text -> null;
        assertEquals(null, nothing.decorate(logged("nothing", log::add)).apply(null));
        assertArrayEquals(new String[] {"调用 nothing(null)", "nothing(null) 返回 null"}, log.toArray());
    }
}
