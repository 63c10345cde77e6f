package edu.pyjava.functional;

import static edu.pyjava.functional.Decorators.dec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class VarArgsFunctionTest {

    private static VarArgsFunction<Integer> mySum() {
        return args -> Arrays.stream(args).mapToInt(arg -> (Integer) arg).sum();
    }

    @Test
    void seedDecReturnsZeroUnlessEveryArgumentIsAnInteger() {
        VarArgsFunction<Integer> mySum = mySum();
        mySum = dec(mySum);

        assertEquals(6, mySum.apply(1, 2, 3));
        assertEquals(0, mySum.apply());
        assertEquals(0, mySum.apply(1, "2"));
        assertEquals(0, mySum.apply(1, 2L), "a Long is not an Integer");
        assertEquals(0, mySum.apply(true), "unlike Python, a Boolean is not an int");
        assertEquals(0, mySum.apply((Object) null));
    }

    @Test
    void decDoesNotCallTheFunctionWhenItReturnsZero() {
        List<String> calls = new ArrayList<>();
        VarArgsFunction<Integer> guarded = dec(args -> {
            calls.add("called");
            return 1;
        });
        guarded.apply();
        guarded.apply("x");
        assertEquals(List.of(), calls);
    }

    @Test
    void partialFixesLeadingArgumentsInOrder() {
        VarArgsFunction<String> join = args -> Arrays.toString(args);
        assertEquals("[a, b, c, d]", join.partial("a", "b").apply("c", "d"));
        assertEquals("[a]", join.partial("a").apply());
        assertEquals("[null, x]", join.partial((Object) null).apply("x"));
        assertEquals(13, mySum().partial(10).apply(1, 2));
    }

    @Test
    void partialCopiesTheFixedArguments() {
        Object[] fixed = {1, 2};
        VarArgsFunction<Integer> addOneAndTwo = mySum().partial(fixed);
        fixed[0] = 100;
        assertEquals(6, addOneAndTwo.apply(3));
    }

    @Test
    void wrongArityExplainsLikePython() {
        VarArgsFunction<Integer> add = VarArgsFunction.ofArity("add", 2, args -> (Integer) args[0] + (Integer) args[1]);
        assertEquals(3, add.apply(1, 2));

        IllegalArgumentException tooFew = assertThrows(IllegalArgumentException.class, () -> add.apply(1));
        assertEquals("add() 需要 2 个参数，实际传入了 1 个", tooFew.getMessage());
        IllegalArgumentException viaPartial =
            assertThrows(IllegalArgumentException.class, () -> add.partial(1, 2).apply(3));
        assertEquals("add() 需要 2 个参数，实际传入了 3 个", viaPartial.getMessage());
        assertEquals(5, add.partial(2).apply(3));
        assertThrows(IllegalArgumentException.class, () -> VarArgsFunction.ofArity("f", -1, args -> 0));
    }

    @Test
    void andThenAppliesAfter() {
        assertEquals("6", mySum().andThen(String::valueOf).apply(1, 2, 3));
    }

    @Test
    void memoizedKeysOnTheWholeArgumentListIncludingNulls() {
        List<String> calls = new ArrayList<>();
        VarArgsFunction<String> describe = args -> {
            calls.add(Arrays.toString(args));
            return args.length == 1 && args[0] == null ? null : Arrays.toString(args);
        };
        VarArgsFunction<String> memo = describe.memoized();

        assertEquals("[1, 2]", memo.apply(1, 2));
        assertEquals("[1, 2]", memo.apply(1, 2));
        assertEquals("[2, 1]", memo.apply(2, 1));
        assertEquals(null, memo.apply((Object) null));
        assertEquals(null, memo.apply((Object) null));
        assertEquals(List.of("[1, 2]", "[2, 1]", "[null]"), calls);
    }
}
