package edu.pyjava.functional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DecoratedTest {

    interface Calculator {
        @Logged
        @Timed
        int add(int a, int b);

        int sub(int a, int b);

        @Logged
        String read(String path) throws IOException;
    }

    static final class SimpleCalculator implements Calculator {
        @Override
        public int add(int a, int b) {
            return a + b;
        }

        @Override
        public int sub(int a, int b) {
            return a - b;
        }

        @Override
        public String read(String path) throws IOException {
            throw new IOException("no such file: " + path);
        }
    }

    private final List<String> log = new ArrayList<>();
    private final Calculator calc = Decorated.proxy(Calculator.class, new SimpleCalculator(), log::add);

    @Test
    void annotatedMethodIsLoggedOutsideTheTiming() {
        assertEquals(3, calc.add(1, 2));
        assertEquals(3, log.size());
        assertEquals("调用 Calculator.add(1, 2)", log.get(0));
        assertTrue(log.get(1).matches("Calculator\\.add\\(1, 2\\) 用时 \\d+\\.\\d{3} ms"), log.get(1));
        assertEquals("Calculator.add(1, 2) 返回 3", log.get(2));
    }

    @Test
    void methodWithoutAnnotationsPassesStraightThrough() {
        assertEquals(4, calc.sub(5, 1));
        assertEquals(List.of(), log);
    }

    @Test
    void checkedExceptionOfTheTargetIsThrownUnwrapped() {
        IOException error = assertThrows(IOException.class, () -> calc.read("a.txt"));
        assertEquals("no such file: a.txt", error.getMessage());
        assertEquals(List.of("调用 Calculator.read(a.txt)", "Calculator.read(a.txt) 抛出 IOException: no such file: a.txt"), log);
    }

    @Test
    void objectMethodsAreNotDecorated() {
        assertTrue(calc.equals(calc));
        assertFalse(calc.equals(new SimpleCalculator()));
        assertEquals(System.identityHashCode(calc), calc.hashCode());
        assertTrue(calc.toString().startsWith("Decorated("), calc.toString());
        assertEquals(List.of(), log);
    }

    @Test
    void classesCannotBeProxiedAndTheErrorSaysWhatCan() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
            () -> Decorated.proxy(SimpleCalculator.class, new SimpleCalculator(), log::add));
        assertTrue(error.getMessage().contains("只能为接口生成代理"), error.getMessage());
        assertTrue(error.getMessage().contains("ByteBuddy"), error.getMessage());
    }

    @Test
    void callsOnTheOriginalObjectAreNotDecorated() {
        SimpleCalculator original = new SimpleCalculator();
        Decorated.proxy(Calculator.class, original, log::add);
        assertEquals(3, original.add(1, 2));
        assertEquals(List.of(), log, "Java cannot decorate a method in place");
    }
}
