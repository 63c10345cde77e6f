package edu.pyjava.generators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Which bodies {@link BodyCompiler} rewrites into state machines, and that the rewritten ones keep every local
 * variable's value and type across yields. The behaviour shared by all engines is in {@link GeneratorTest} and
 * {@link CoroutineTest}, which run on every {@link Backend}.
 */
class StateMachineTest {

    /** Package-private on purpose: a machine is a class of the same package, but not a nestmate. */
    final String greeting = "hello";

    @Test
    void localsOfEveryPrimitiveTypeSurviveEachYield() {
        Generator<String> g = Generator.of(out -> {
            boolean flag = true;
            byte b = 1;
            char c = 'a';
            short s = 2;
            int i = 3;
            long l = 4_000_000_000L;
            float f = 0.5f;
            double d = -0.25;
            for (int round = 0; round < 3; round++) {
                out.yield(flag + " " + b + " " + c + " " + s + " " + i + " " + l + " " + f + " " + d);
                flag = !flag;
                b++;
                c++;
                s++;
                i *= 2;
                l *= 2;
                f *= 2;
                d *= 2;
            }
        });
        assertEquals(Backend.STATE_MACHINE, g.backend());
        assertEquals(List.of("true 1 a 2 3 4000000000 0.5 -0.25", "false 2 b 3 6 8000000000 1.0 -0.5",
            "true 3 c 4 12 16000000000 2.0 -1.0"), g.stream().toList());
    }

    @Test
    void capturedValuesOfEveryKindReachTheBody() {
        int n = 3;
        long big = 1L << 40;
        double half = 0.5;
        char letter = 'x';
        boolean yes = true;
        List<String> names = List.of("a", "b");
        int[] counts = {7};
        Generator<String> g = Generator.of(out -> {
            out.yield(n + " " + big + " " + half + " " + letter + " " + yes);
            for (String name : names) {
                out.yield(name + counts[0]);
            }
        });
        assertEquals(Backend.STATE_MACHINE, g.backend());
        assertEquals(List.of("3 1099511627776 0.5 x true", "a7", "b7"), g.stream().toList());
    }

    @Test
    void aBodyThatUsesThisIsRewrittenToo() {
        Generator<String> g = Generator.of(out -> {
            out.yield(greeting);
            out.yield(greeting.toUpperCase());
        });
        assertEquals(Backend.STATE_MACHINE, g.backend());
        assertEquals(List.of("hello", "HELLO"), g.stream().toList());
    }

    @Test
    void referenceLocalsKeepTheirExactTypes() {
        Generator<Integer> g = Generator.of(out -> {
            StringBuilder text = new StringBuilder();
            ArrayList<Integer> seen = new ArrayList<>();
            int[][] grid = new int[2][2];
            for (int i = 0; i < 3; i++) {
                text.append(i);
                seen.add(i);
                grid[i % 2][i % 2] += i;
                out.yield(text.length() + seen.size() + grid[0][0]);
            }
        });
        assertEquals(Backend.STATE_MACHINE, g.backend());
        assertEquals(List.of(2, 4, 8), g.stream().toList());
    }

    @Test
    void yieldsInsideTryCatchFinallyAndNestedLoopsResumeInTheRightPlace() {
        List<String> log = new ArrayList<>();
        Generator<String> g = Generator.of(out -> {
            for (int row = 0; row < 2; row++) {
                try {
                    for (int col = 0; col < 2; col++) {
                        out.yield(row + "," + col);
                    }
                    if (row == 1) {
                        throw new IllegalStateException("boom");
                    }
                } catch (IllegalStateException e) {
                    out.yield("caught " + e.getMessage());
                } finally {
                    log.add("finally " + row);
                }
            }
        });
        assertEquals(Backend.STATE_MACHINE, g.backend());
        assertEquals(List.of("0,0", "0,1", "1,0", "1,1", "caught boom"), g.stream().toList());
        assertEquals(List.of("finally 0", "finally 1"), log);
    }

    @Test
    void stringConcatenationAndMethodReferencesToPublicMethodsInsideTheBodyLink() {
        Generator<String> g = Generator.of(out -> {
            java.util.function.IntFunction<String> hex = Integer::toHexString;
            for (int i = 9; i <= 11; i++) {
                out.yield(i + "=" + hex.apply(i));
            }
        });
        assertEquals(Backend.STATE_MACHINE, g.backend());
        assertEquals(List.of("9=9", "10=a", "11=b"), g.stream().toList());
    }

    @Test
    void lambdasInsideTheBodyAreCopiedIntoTheMachine() {
        Generator<Integer> g = Generator.of(out -> {
            IntUnaryOperator square = x -> x * x;   // its code is a private method of this class: copied
            java.util.function.IntPredicate odd = x -> x % 2 == 1;
            for (int i = 1; i <= 5; i++) {
                if (odd.test(i)) {
                    out.yield(square.applyAsInt(i));
                }
            }
        });
        assertEquals(Backend.STATE_MACHINE, g.backend());
        assertEquals(List.of(1, 9, 25), g.stream().toList());
    }

    @Test
    void aBodyThatNeedsPrivateMembersOfItsClassRunsOnAStackButWorks() {
        Generator<Integer> withPrivateHelper = Generator.of(out -> out.yield(secret()));
        Generator<Integer> withLambdaUsingIt = Generator.of(out -> {
            java.util.function.IntSupplier hidden = () -> secret() + 1;
            out.yield(hidden.getAsInt());
        });
        assertEquals(Backend.THREAD, withPrivateHelper.backend());
        assertEquals(Backend.THREAD, withLambdaUsingIt.backend());
        assertEquals(List.of(42), withPrivateHelper.stream().toList());
        assertEquals(List.of(43), withLambdaUsingIt.stream().toList());
    }

    private static int secret() {
        return 42;
    }

    @Test
    void aCoroutineReceivesEachSentValueAtItsYield() {
        Coroutine<Integer, String> c = Coroutine.of(self -> {
            String reply = "ready";
            long total = 0;
            while (true) {
                Integer n = self.yield(reply);
                if (n == null) {
                    return;
                }
                total += n;
                reply = "total " + total;
            }
        });
        assertEquals(Backend.STATE_MACHINE, c.backend());
        assertEquals("ready", c.send(null));
        assertEquals("total 5", c.send(5));
        assertEquals("total 12", c.send(7));
    }

    @Test
    void theMachineIsBuiltOncePerLambdaAndEachGeneratorHasItsOwnLocals() {
        List<Generator<Integer>> counters = new ArrayList<>();
        for (int start = 0; start < 3; start++) {
            int first = start * 10;
            counters.add(Generator.of(out -> {
                for (int i = first; ; i++) {
                    out.yield(i);
                }
            }));
        }
        assertEquals(0, counters.get(0).next());
        assertEquals(10, counters.get(1).next());
        assertEquals(1, counters.get(0).next());
        assertEquals(20, counters.get(2).next());
        assertEquals(11, counters.get(1).next());
    }

    @Test
    void bodiesOfOtherShapesRunOnAStackOfTheirOwn() {
        Object lock = new Object();
        List<Generator<Integer>> others = List.of(
            Generator.of(out -> countTo(1, out)),
            Generator.of(out -> {
                synchronized (lock) {
                    out.yield(1);
                }
            }),
            Generator.of(new Generator.Body<Integer>() {
                @Override
                public void run(Yielder<Integer> out) {
                    out.yield(1);
                }
            }));
        for (Generator<Integer> other : others) {
            assertEquals(Backend.THREAD, other.backend());
        }
        assertEquals(List.of(0, 1), others.get(0).stream().toList());
    }

    @Test
    void yieldFromIsRewrittenTooAndHandsOverTheValuesOfAnyIterable() {
        Generator<Long> inner = Generator.of(out -> {
            out.yield(1L);
            out.yield(2L);
        });
        Generator<Long> chained = Generator.of(out -> {
            long before = 7;
            out.yieldFrom(inner);
            out.yieldFrom(List.of());
            out.yield(before);
            out.yieldFrom(List.of(100L, 200L));
        });
        assertEquals(Backend.STATE_MACHINE, chained.backend());
        assertEquals(List.of(1L, 2L, 7L, 100L, 200L), chained.stream().toList());
    }

    @Test
    void anExceptionFromTheDelegateIsRaisedInTheBodyAtItsYieldFrom() {
        Iterable<Object> failing = () -> new java.util.Iterator<>() {
            int left = 1;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Object next() {
                if (left-- == 0) {
                    throw new IllegalStateException("source broke");
                }
                return 1;
            }
        };
        Generator<Object> g = Generator.of(out -> {
            try {
                out.yieldFrom(failing);
            } catch (IllegalStateException e) {
                out.yield("caught " + e.getMessage());
            }
        });
        assertEquals(Backend.STATE_MACHINE, g.backend());
        assertEquals(List.of(1, "caught source broke"), g.stream().toList());
    }

    @Test
    void theFallbackIsCompleteEvenWhenTheShapeIsRejectedHalfWay() {
        Generator<Integer> g = Generator.of(out -> {
            out.yield(1);
            Yielder<Integer> alias = out;
            alias.yield(2);
        });
        assertEquals(Backend.THREAD, g.backend());
        assertEquals(List.of(1, 2), g.stream().toList());
    }

    @Test
    void anExceptionFromTheRewrittenBodyKeepsItsTypeAndEndsTheGenerator() {
        Generator<Integer> g = Generator.of(out -> {
            out.yield(1);
            throw new java.io.IOException("disk");
        });
        assertEquals(1, g.next());
        Exception error = assertThrows(Exception.class, g::next);
        assertTrue(error instanceof java.io.IOException && error.getMessage().equals("disk"), error.toString());
        assertEquals(false, g.hasNext());
    }

    @Test
    void aStackTraceFromTheRewrittenBodyPointsAtTheBodysOwnFileAndLine() {
        int line = new Throwable().getStackTrace()[0].getLineNumber() + 3;
        Generator<Integer> g = Generator.of(out -> {
            out.yield(1);
            throw new IllegalStateException("here");
        });
        assertEquals(Backend.STATE_MACHINE, g.backend());
        g.next();
        StackTraceElement top = assertThrows(IllegalStateException.class, g::next).getStackTrace()[0];
        assertEquals("StateMachineTest.java", top.getFileName(), top.toString());
        assertEquals(line, top.getLineNumber(), top.toString());
    }

    private static void countTo(int last, Yielder<Integer> out) {
        for (int i = 0; i <= last; i++) {
            out.yield(i);
        }
    }
}
