package edu.pyjava.exercises;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.platform.engine.TestExecutionResult.Status;

class JUnitTest {

    /**
     * Fixture, as a student would write it in a cell. Surefire does not run nested classes of a test class, so
     * these tests (two of which fail on purpose) run only through {@link JUnit}.
     */
    static class SampleCases {
        @Test
        void addsNumbers() {
            assertEquals(4, 2 + 2);
        }

        @Test
        void dividesNumbers() {
            assertEquals(4, 7 / 2, "整数除法");
        }

        @Test
        @DisplayName("除以零")
        void dividesByZero() {
            int zero = 0;
            assertEquals(0, 1 / zero);
        }

        @Disabled("还没写完")
        @Test
        void notYet() {
        }

        @ParameterizedTest
        @ValueSource(ints = {2, 3})
        void isEven(int n) {
            assertEquals(0, n % 2, n + " 不是偶数");
        }
    }

    static class AllGreen {
        @Test
        void passes() {
            assertTrue(true);
        }
    }

    static class BrokenSetUp {
        @BeforeAll
        static void connect() {
            throw new IllegalStateException("数据库没启动");
        }

        @Test
        void neverRuns() {
        }
    }

    static class NoTests {
        void forgotTheAnnotation() {
        }
    }

    private static JUnit.Outcome outcomeNamed(JUnit.Summary summary, String name) {
        return summary.outcomes().stream().filter(outcome -> outcome.name().equals(name)).findFirst()
            .orElseThrow(() -> new AssertionError(name + " 不在 " + summary.outcomes()));
    }

    @Test
    void everyTestIsReportedWithItsStatus() {
        JUnit.Summary summary = JUnit.execute(SampleCases.class);

        assertEquals(6, summary.outcomes().size(), summary.report());
        assertEquals(2, summary.count(Status.SUCCESSFUL));
        assertEquals(3, summary.count(Status.FAILED));
        assertEquals(1, summary.count(Status.ABORTED));
        assertTrue(summary.report().endsWith("共 6 个测试：2 个通过，3 个失败，1 个跳过"), summary.report());
    }

    @Test
    void testsRunInMethodNameOrderLikeUnittest() {
        List<String> names = JUnit.execute(SampleCases.class).outcomes().stream().map(JUnit.Outcome::name).toList();

        assertEquals(List.of("addsNumbers()", "除以零", "dividesNumbers()", "isEven(int) [1] 2", "isEven(int) [2] 3",
            "notYet()"), names);
    }

    @Test
    void assertionFailureShowsItsMessageWithoutStackTrace() {
        JUnit.Summary summary = JUnit.execute(SampleCases.class);

        assertEquals("整数除法 ==> expected: <4> but was: <3>", outcomeNamed(summary, "dividesNumbers()").reason());
        assertTrue(summary.report().contains("❌ dividesNumbers()：整数除法 ==> expected: <4> but was: <3>\n"));
        assertTrue(!summary.report().contains("\tat "), "no stack trace");
    }

    @Test
    void otherExceptionShowsTypeMessageAndTheLineInTheTestClass() {
        JUnit.Outcome outcome = outcomeNamed(JUnit.execute(SampleCases.class), "除以零");

        assertTrue(outcome.reason().matches("ArithmeticException: / by zero（dividesByZero 第 \\d+ 行）"),
            outcome.reason());
    }

    @Test
    void parameterizedInvocationsAreNamedAfterTheirMethod() {
        JUnit.Summary summary = JUnit.execute(SampleCases.class);

        assertEquals(Status.SUCCESSFUL, outcomeNamed(summary, "isEven(int) [1] 2").status());
        assertEquals("3 不是偶数 ==> expected: <0> but was: <1>",
            outcomeNamed(summary, "isEven(int) [2] 3").reason());
    }

    @Test
    void skippedTestShowsItsReason() {
        JUnit.Outcome outcome = outcomeNamed(JUnit.execute(SampleCases.class), "notYet()");

        assertEquals(Status.ABORTED, outcome.status());
        assertEquals("还没写完", outcome.reason());
    }

    @Test
    void severalClassesRunTogetherAndAllGreenHasNoSkipPart() {
        JUnit.Summary summary = JUnit.execute(AllGreen.class);

        assertEquals(List.of(new JUnit.Outcome("passes()", Status.SUCCESSFUL, "")), summary.outcomes());
        assertEquals("✅ passes()\n共 1 个测试：1 个通过，0 个失败", summary.report());
        assertEquals(7, JUnit.execute(AllGreen.class, SampleCases.class).outcomes().size());
    }

    @Test
    void failingClassSetUpIsReportedInsteadOfZeroTests() {
        JUnit.Summary summary = JUnit.execute(BrokenSetUp.class);

        JUnit.Outcome outcome = outcomeNamed(summary, "BrokenSetUp");
        assertEquals(Status.FAILED, outcome.status());
        assertTrue(outcome.reason().startsWith("IllegalStateException: 数据库没启动（connect 第 "), outcome.reason());
    }

    @Test
    void classWithoutTestsSaysWhatIsMissing() {
        assertEquals("共 0 个测试：0 个通过，0 个失败（没有找到测试：测试方法要加 @Test 注解）",
            JUnit.execute(NoTests.class).report());
    }

    @Test
    void noClassIsRejectedWithAnExample() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, JUnit::execute);
        assertEquals("JUnit.run 至少需要一个测试类，例如 JUnit.run(MyTests.class)", error.getMessage());
    }
}
