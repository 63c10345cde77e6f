package edu.pyjava.exercises;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.pyjava.exercises.Exercise.Status;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExerciseTest {

    @TempDir
    static Path home;

    @BeforeAll
    static void recordProgressInATemporaryFolder() {
        System.setProperty(ProgressLog.PROPERTY, home.resolve("progress.jsonl").toString());
    }

    @AfterAll
    static void restoreProgressLocation() {
        System.clearProperty(ProgressLog.PROPERTY);
        System.clearProperty(Exercise.GRADING_PROPERTY);
    }

    /** Runs checks and returns what they printed, with \n line ends. */
    private static String printedBy(Runnable checks) {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            checks.run();
        } finally {
            System.setOut(original);
        }
        return captured.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    }

    private static int recurseForever(int n) {
        return recurseForever(n + 1) + 1;
    }

    @Test
    void rightAnswerPasses() {
        Exercise.Result result = Exercise.evaluate("练习 1", () -> 1 + 1, 2);

        assertTrue(result.passed());
        assertEquals("✅ 练习 1 通过", result.headline());
    }

    @Test
    void wrongAnswerShowsExpectedAndActualWithStringsQuoted() {
        Exercise.Result result = Exercise.evaluate("练习 2", () -> "abab", "abab ");

        assertEquals(Status.FAILED, result.status());
        assertEquals("❌ 练习 2 未通过：期望 \"abab \"，实际 \"abab\"", result.headline());
    }

    @Test
    void hintIsShownOnFailureButNotOnSuccess() {
        Hints hint = Hints.of("想想 range 的右端");
        assertEquals("❌ 练习 1 未通过：期望 3，实际 2\n   提示：想想 range 的右端",
            Exercise.report(Exercise.evaluate("练习 1", () -> 2, 3), hint, 1));
        assertEquals("✅ 练习 1 通过", Exercise.report(Exercise.evaluate("练习 1", () -> 3, 3), hint, 1));
    }

    @Test
    void exceptionInStudentCodeIsOneLineWithoutStackTrace() {
        Exercise.Result result = Exercise.evaluate("练习 3", () -> 1 / 0, 0);

        assertEquals(Status.ERROR, result.status());
        assertEquals("❌ 练习 3 出错：ArithmeticException: / by zero", result.headline());
    }

    @Test
    void stackOverflowFromRunawayRecursionIsReportedNotThrown() {
        Exercise.Result result = Exercise.evaluate("递归", () -> recurseForever(0), 0);

        assertEquals("❌ 递归 出错：StackOverflowError", result.headline());
    }

    @Test
    void todoPlaceholderIsReportedAsNotDoneYet() {
        Exercise.Result result = Exercise.evaluate("练习 4", Exercise::todo, 42);

        assertEquals(Status.TODO, result.status());
        assertFalse(result.passed());
        assertEquals("⏳ 练习 4 尚未完成\n   提示：先写出递推式",
            Exercise.report(result, Hints.of("先写出递推式", "F(n) = F(n-1) + F(n-2)"), 5));
    }

    @Test
    void arraysCompareByContent() {
        assertTrue(Exercise.evaluate("数组", () -> new int[] {1, 2}, new int[] {1, 2}).passed());
        assertEquals("❌ 数组 未通过：期望 [1, 2]，实际 [2, 1]",
            Exercise.evaluate("数组", () -> new int[] {2, 1}, new int[] {1, 2}).headline());
    }

    @Test
    void valuesThatPrintAlikeButDifferInTypeShowTheirTypes() {
        assertEquals("❌ 类型 未通过：期望 3 (Long)，实际 3 (Integer)",
            Exercise.evaluate("类型", () -> 3, 3L).headline());
    }

    @Test
    void conditionCheckNamesTheConditionOnFailure() {
        assertTrue(Exercise.evaluateThat("偶数", () -> 4, n -> n % 2 == 0, "是偶数").passed());
        assertEquals("❌ 偶数 未通过：实际 3，不满足「是偶数」",
            Exercise.evaluateThat("偶数", () -> 3, n -> n % 2 == 0, "是偶数").headline());
    }

    @Test
    void conditionThatThrowsOnTheAnswerIsReportedAsAnError() {
        Exercise.Result result = Exercise.evaluateThat("列表", () -> (List<Integer>) null, xs -> xs.isEmpty(), "为空");

        assertEquals(Status.ERROR, result.status());
        assertTrue(result.headline().startsWith("❌ 列表 出错：NullPointerException"), result.headline());
    }

    @Test
    void checkPrintsTheReportLine() {
        String printed = printedBy(() -> {
            Exercise.check("打印 1", () -> 2, 2);
            Exercise.checkThat("打印 2", () -> 5, n -> n > 10, "大于 10", "再大一点");
        });

        assertEquals("✅ 打印 1 通过\n❌ 打印 2 未通过：实际 5，不满足「大于 10」\n   提示：再大一点\n", printed);
    }

    @Test
    void closerHintsAppearOnlyAfterFurtherDifferentWrongAnswers() {
        Hints hints = Hints.of("想想 range 的右端", "rangeClosed 包括右端", "1 到 10 一共 10 个数");

        assertEquals("⏳ 阶梯 尚未完成\n   提示：想想 range 的右端\n",
            printedBy(() -> Exercise.check("阶梯", Exercise::todo, 55, hints)));
        assertEquals("❌ 阶梯 未通过：期望 55，实际 45\n   提示：想想 range 的右端\n",
            printedBy(() -> Exercise.check("阶梯", () -> 45, 55, hints)));
        assertEquals("❌ 阶梯 未通过：期望 55，实际 54\n   提示：想想 range 的右端\n   再提示：rangeClosed 包括右端\n",
            printedBy(() -> Exercise.check("阶梯", () -> 54, 55, hints)));
        assertEquals("⏳ 阶梯 尚未完成\n   提示：想想 range 的右端\n",
            printedBy(() -> Exercise.check("阶梯", Exercise::todo, 55, hints)));
        assertEquals("❌ 阶梯 出错：ArithmeticException: / by zero\n   提示：想想 range 的右端\n"
                + "   再提示：rangeClosed 包括右端\n   再提示：1 到 10 一共 10 个数\n",
            printedBy(() -> Exercise.check("阶梯", () -> 1 / 0, 55, hints)));
        assertEquals("✅ 阶梯 通过\n", printedBy(() -> Exercise.check("阶梯", () -> 55, 55, hints)));
    }

    @Test
    void rerunningTheSameWrongAnswerDoesNotUnlockCloserHints() {
        Hints hints = Hints.of("想法", "更近的提示");
        String once = printedBy(() -> Exercise.checkThat("重跑", () -> 3, n -> n > 5, "大于 5", hints));
        String again = printedBy(() -> Exercise.checkThat("重跑", () -> 3, n -> n > 5, "大于 5", hints));

        assertEquals("❌ 重跑 未通过：实际 3，不满足「大于 5」\n   提示：想法\n", once);
        assertEquals(once, again);
    }

    @Test
    void aWrongAnswerShowsTheSameHintsEveryTimeItComesBackSoRunAllTwiceShowsTheSame() {
        Hints hints = Hints.of("想法", "更近的提示");
        String first = printedBy(() -> Exercise.check("两遍", () -> 1, 0, hints));
        String second = printedBy(() -> Exercise.check("两遍", () -> 2, 0, hints));

        assertEquals(first, printedBy(() -> Exercise.check("两遍", () -> 1, 0, hints)));
        assertEquals(second, printedBy(() -> Exercise.check("两遍", () -> 2, 0, hints)));
        assertEquals("❌ 两遍 未通过：期望 0，实际 2\n   提示：想法\n   再提示：更近的提示\n", second);
    }

    @Test
    void attemptsAreCountedPerExerciseName() {
        Hints hints = Hints.of("想法", "更近的提示");
        printedBy(() -> Exercise.check("甲", () -> 1, 0, hints));
        printedBy(() -> Exercise.check("甲", () -> 2, 0, hints));

        assertEquals("❌ 乙 未通过：期望 0，实际 3\n   提示：想法\n",
            printedBy(() -> Exercise.check("乙", () -> 3, 0, hints)));
    }

    @Test
    void gradingModeThrowsOnWrongAndUnfinishedAnswersAndPrintsOnRightOnes() {
        System.setProperty(Exercise.GRADING_PROPERTY, "true");
        try {
            ExerciseFailedError wrong = assertThrows(ExerciseFailedError.class,
                () -> Exercise.check("评分 1", () -> 2, 3, "想想加法"));
            assertEquals("❌ 评分 1 未通过：期望 3，实际 2\n   提示：想想加法", wrong.getMessage());
            ExerciseFailedError unfinished = assertThrows(ExerciseFailedError.class,
                () -> Exercise.checkThat("评分 2", Exercise::todo, x -> true, "任意"));
            assertEquals("⏳ 评分 2 尚未完成", unfinished.getMessage());
            assertThrows(ExerciseFailedError.class, () -> Exercise.check("评分 3", () -> 1 / 0, 0));
            assertEquals("✅ 评分 4 通过\n", printedBy(() -> Exercise.check("评分 4", () -> 3, 3)));
        } finally {
            System.clearProperty(Exercise.GRADING_PROPERTY);
        }
        assertEquals("❌ 评分 5 未通过：期望 3，实际 2\n", printedBy(() -> Exercise.check("评分 5", () -> 2, 3)));
    }

    @Test
    void everyCheckIsAppendedToTheProgressFile() throws IOException {
        Path file = home.resolve("each-check.jsonl");
        System.setProperty(ProgressLog.PROPERTY, file.toString());
        try {
            printedBy(() -> {
                Exercise.check("记录", Exercise::todo, 1);
                Exercise.check("记录", () -> 2, 1);
                Exercise.check("记录", () -> 1, 1);
            });
        } finally {
            System.setProperty(ProgressLog.PROPERTY, home.resolve("progress.jsonl").toString());
        }

        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertEquals(3, lines.size());
        assertTrue(lines.get(0).matches("\\{\"time\":\"\\d{4}-\\d\\d-\\d\\dT[0-9:]+Z\",\"notebook\":\"[^\"]*\","
            + "\"exercise\":\"记录\",\"result\":\"todo\",\"checks\":1,\"wrong\":0}"), lines.get(0));
        assertTrue(lines.get(1).endsWith("\"exercise\":\"记录\",\"result\":\"failed\",\"checks\":2,\"wrong\":1}"));
        assertTrue(lines.get(2).endsWith("\"exercise\":\"记录\",\"result\":\"passed\",\"checks\":3,\"wrong\":1}"));
    }

    @Test
    void aProgressFileThatCannotBeWrittenNeverBreaksTheCheck() throws IOException {
        Path notAFolder = Files.writeString(home.resolve("plain-file"), "x");
        System.setProperty(ProgressLog.PROPERTY, notAFolder.resolve("progress.jsonl").toString());
        try {
            assertEquals("✅ 只读 通过\n", printedBy(() -> Exercise.check("只读", () -> 1, 1)));
        } finally {
            System.setProperty(ProgressLog.PROPERTY, home.resolve("progress.jsonl").toString());
        }
    }

    @Test
    void anEmptyProgressLocationTurnsRecordingOff() {
        System.setProperty(ProgressLog.PROPERTY, "");
        try {
            assertEquals(null, ProgressLog.location());
        } finally {
            System.setProperty(ProgressLog.PROPERTY, home.resolve("progress.jsonl").toString());
        }
    }

    @Test
    void jsonStringsEscapeQuotesBackslashesAndControlCharacters() {
        assertEquals("\"练习 \\\"1\\\" a\\\\b\\n\\u0001\"", ProgressLog.json("练习 \"1\" a\\b\n\u0001"));
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
