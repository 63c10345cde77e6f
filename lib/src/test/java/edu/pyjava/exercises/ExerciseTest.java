package edu.pyjava.exercises;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.pyjava.exercises.Exercise.Status;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExerciseTest {

    private static int recurseForever(int n) {
        return recurseForever(n + 1) + 1;
    }

    @Test
    void rightAnswerPasses() {
        Exercise.Result result = Exercise.evaluate("练习 1", () -> 1 + 1, 2, "");

        assertTrue(result.passed());
        assertEquals("✅ 练习 1 通过", result.report());
    }

    @Test
    void wrongAnswerShowsExpectedAndActualWithStringsQuoted() {
        Exercise.Result result = Exercise.evaluate("练习 2", () -> "abab", "abab ", "");

        assertEquals(Status.FAILED, result.status());
        assertEquals("❌ 练习 2 未通过：期望 \"abab \"，实际 \"abab\"", result.report());
    }

    @Test
    void hintIsShownOnFailureButNotOnSuccess() {
        assertEquals("❌ 练习 1 未通过：期望 3，实际 2\n   提示：想想 range 的右端",
            Exercise.evaluate("练习 1", () -> 2, 3, "想想 range 的右端").report());
        assertEquals("✅ 练习 1 通过", Exercise.evaluate("练习 1", () -> 3, 3, "想想 range 的右端").report());
    }

    @Test
    void exceptionInStudentCodeIsOneLineWithoutStackTrace() {
        Exercise.Result result = Exercise.evaluate("练习 3", () -> 1 / 0, 0, "");

        assertEquals(Status.ERROR, result.status());
        assertEquals("❌ 练习 3 出错：ArithmeticException: / by zero", result.report());
    }

    @Test
    void stackOverflowFromRunawayRecursionIsReportedNotThrown() {
        Exercise.Result result = Exercise.evaluate("递归", () -> recurseForever(0), 0, "");

        assertEquals("❌ 递归 出错：StackOverflowError", result.report());
    }

    @Test
    void todoPlaceholderIsReportedAsNotDoneYet() {
        Exercise.Result result = Exercise.evaluate("练习 4", Exercise::todo, 42, "先写出递推式");

        assertEquals(Status.TODO, result.status());
        assertFalse(result.passed());
        assertEquals("⏳ 练习 4 尚未完成\n   提示：先写出递推式", result.report());
    }

    @Test
    void arraysCompareByContent() {
        assertTrue(Exercise.evaluate("数组", () -> new int[] {1, 2}, new int[] {1, 2}, "").passed());
        assertEquals("❌ 数组 未通过：期望 [1, 2]，实际 [2, 1]",
            Exercise.evaluate("数组", () -> new int[] {2, 1}, new int[] {1, 2}, "").report());
    }

    @Test
    void valuesThatPrintAlikeButDifferInTypeShowTheirTypes() {
        assertEquals("❌ 类型 未通过：期望 3 (Long)，实际 3 (Integer)",
            Exercise.evaluate("类型", () -> 3, 3L, "").report());
    }

    @Test
    void conditionCheckNamesTheConditionOnFailure() {
        assertTrue(Exercise.evaluateThat("偶数", () -> 4, n -> n % 2 == 0, "是偶数", "").passed());
        assertEquals("❌ 偶数 未通过：实际 3，不满足「是偶数」",
            Exercise.evaluateThat("偶数", () -> 3, n -> n % 2 == 0, "是偶数", "").report());
    }

    @Test
    void conditionThatThrowsOnTheAnswerIsReportedAsAnError() {
        Exercise.Result result = Exercise.evaluateThat("列表", () -> (List<Integer>) null, xs -> xs.isEmpty(), "为空", "");

        assertEquals(Status.ERROR, result.status());
        assertTrue(result.report().startsWith("❌ 列表 出错：NullPointerException"), result.report());
    }

    @Test
    void checkPrintsTheReportLine() {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            Exercise.check("练习 1", () -> 2, 2);
            Exercise.checkThat("练习 2", () -> 5, n -> n > 10, "大于 10", "再大一点");
        } finally {
            System.setOut(original);
        }

        assertEquals("✅ 练习 1 通过\n❌ 练习 2 未通过：实际 5，不满足「大于 10」\n   提示：再大一点\n",
            captured.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n"));
    }

    @Test
    void todoThrowsTheRecognisedException() {
        assertEquals("尚未完成：请把 Exercise.todo() 换成你的答案",
            assertThrows(TodoException.class, Exercise::todo).getMessage());
    }

    @Test
    void missingAnswerIsRejectedWithAClearMessage() {
        NullPointerException error =
            assertThrows(NullPointerException.class, () -> Exercise.check("练习 1", null, 1));
        assertTrue(error.getMessage().startsWith("答案 (answer) 不能为 null"));
    }
}
