package edu.pyjava.functional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class FunctionTypesTest {

    @Test
    void seedClosureSetPasslineCapturesItsArgument() {
        Function1<Integer, Function1<Integer, Boolean>> setPassline = passline -> score -> score >= passline;
        Function1<Integer, Boolean> passAt60 = setPassline.apply(60);
        Function1<Integer, Boolean> passAt90 = setPassline.apply(90);

        assertEquals(true, passAt60.apply(75));
        assertEquals(false, passAt90.apply(75), "each closure keeps its own passline");
    }

    @Test
    void function1ComposesInBothDirections() {
        Function1<Integer, Integer> addOne = x -> x + 1;
        Function<Integer, Integer> twice = x -> x * 2;
        assertEquals(8, addOne.andThen(twice).apply(3), "(3 + 1) * 2");
        assertEquals(7, addOne.compose(twice).apply(3), "3 * 2 + 1");
    }

    @Test
    void function1OfKeepsAnExistingFunction1AndWrapsOthers() {
        Function1<String, Integer> length = String::length;
        assertSame(length, Function1.of(length));
        assertEquals(3, Function1.of((Function<String, Integer>) String::length).apply("abc"));
        assertThrows(NullPointerException.class, () -> Function1.of(null));
    }

    @Test
    void function1PartialGivesASupplier() {
        Supplier<Integer> lengthOfHello = Function1.<String, Integer>of(String::length).partial("hello");
        assertEquals(5, lengthOfHello.get());
    }

    @Test
    void function2CurriesAndFixesArguments() {
        Function2<Integer, Integer, Integer> power = (base, exp) -> (int) Math.pow(base, exp);
        assertEquals(1024, power.partial(2).apply(10));
        assertEquals(9, power.curried().apply(3).apply(2));
        assertEquals(8, power.partial(2, 3).get());
        assertEquals("30", Function2.of(Integer::sum).andThen(n -> n * 10).andThen(String::valueOf).apply(1, 2));
    }

    @Test
    void function2OfAcceptsAnyBiFunction() {
        BiFunction<String, Integer, String> repeat = String::repeat;
        assertEquals("abab", Function2.of(repeat).partial("ab").apply(2));
    }

    @Test
    void function2MemoizedHandlesNullArgumentsAndResults() {
        List<String> calls = new ArrayList<>();
        Function2<String, String, String> concatOrNull = (a, b) -> {
            calls.add(a + "," + b);
            return a == null ? null : a + b;
        };
        Function2<String, String, String> memo = concatOrNull.memoized();
        assertEquals(null, memo.apply(null, "x"));
        assertEquals(null, memo.apply(null, "x"));
        assertEquals("ax", memo.apply("a", "x"));
        assertEquals(List.of("null,x", "a,x"), calls);
    }

    @Test
    void function3CurriesAndFixesOneOrTwoArguments() {
        Function3<Integer, Integer, Integer, Integer> volume = (length, width, height) -> length * width * height;
        assertEquals(24, volume.curried().apply(2).apply(3).apply(4));
        assertEquals(24, volume.partial(2).apply(3, 4));
        assertEquals(24, volume.partial(2, 3).apply(4));
        assertEquals("24", volume.andThen(String::valueOf).apply(2, 3, 4));
    }
}
