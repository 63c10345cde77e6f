package edu.pyjava.kernel.launcher.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import jdk.jshell.JShell;
import jdk.jshell.SnippetEvent;
import org.dflib.jjava.kernel.execution.CompilationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The renderer on real JShell snippets (a local JShell, as the kernel's) and on exceptions built with the frames
 * JShell gives them; the whole path through the kernel is tested by tests/test_errors.py.
 */
class CellErrorRendererTest {

    private JShell shell;
    private SnippetPlaces places;
    private CellErrorRenderer renderer;

    @BeforeEach
    void startJShell() {
        shell = JShell.builder().executionEngine("local").build();
        places = new SnippetPlaces();
        renderer = CellErrorRenderer.standard(shell, places);
    }

    @AfterEach
    void closeJShell() {
        shell.close();
    }

    /** Runs a cell as the kernel does: snippet by snippet, recording where each one is; returns the last event. */
    private SnippetEvent cell(int count, String source) {
        places.beginCell(count, source);
        SnippetEvent last = null;
        var analysis = shell.sourceCodeAnalysis();
        for (var info = analysis.analyzeCompletion(source); info.completeness().isComplete();
             info = analysis.analyzeCompletion(info.remaining())) {
            List<SnippetEvent> events = shell.eval(info.source());
            last = events.get(0);
            if (!last.status().isDefined()) {
                break;
            }
        }
        places.record(source, shell.snippets().toList());
        return last;
    }

    private String snippetId(String source) {
        return shell.snippets().filter(snippet -> snippet.source().strip().startsWith(source)).findFirst().orElseThrow().id();
    }

    @Test
    void aCompileErrorNamesTheCellLineAndPutsACaretUnderTheFaultyCode() {
        SnippetEvent rejected = cell(1, "int ok = 1;\nint x = \"s\";");
        RenderedError error = renderer.render(new CompilationException(rejected));
        assertEquals("编译错误", error.name());
        assertEquals("第 2 行，类型不兼容：String 不能转换为 int", error.value());
        assertEquals("""
            编译错误：第 2 行，类型不兼容：String 不能转换为 int
              2 | int x = "s";
                |         ^^^
              incompatible types: java.lang.String cannot be converted to int
            提示：Python 的变量可以换类型；Java 变量的类型是固定的。数字字符串要先转换：Integer.parseInt("42")（见 02-builtins.ipynb）""",
            error.plainText());
    }

    @Test
    void everyErrorOfTheSnippetIsShownAndCounted() {
        SnippetEvent rejected = cell(1, "int twice(int v) {\n    String s = v;\n    return s * 2;\n}");
        RenderedError error = renderer.render(new CompilationException(rejected));
        assertEquals("第 2 行，类型不兼容：int 不能转换为 String（共 2 处）", error.value());
        assertTrue(error.plainText().contains("  3 |     return s * 2;\n    |            ^^^^^"), error.plainText());
    }

    @Test
    void aMissingReturnPointsAtTheClosingBrace() {
        SnippetEvent rejected = cell(1, "int sign(int v) {\n    if (v > 0) {\n        return 1;\n    }\n}");
        RenderedError error = renderer.render(new CompilationException(rejected));
        assertEquals("第 5 行，缺少 return 语句", error.value());
        assertTrue(error.plainText().contains("  5 | }\n    | ^\n"), error.plainText());
    }

    @Test
    void theCaretStaysUnderTheCodeAfterChineseText() {
        SnippetEvent rejected = cell(1, "String 名字 = 1;");
        RenderedError error = renderer.render(new CompilationException(rejected));
        // 汉字占两列，所以 1 前面的空白比字符数多
        assertTrue(error.plainText().contains("  1 | String 名字 = 1;\n    | " + " ".repeat(14) + "^\n"), error.plainText());
    }

    /** JShell counts a frame's lines from the snippet's first non-blank character: here two lines down. */
    @Test
    void anExceptionIsNamedByItsOwnClassWithTheJdkFramesFolded() {
        cell(1, "var fixed = java.util.List.of(1, 2);\n\nint later = 0;");
        String id = snippetId("int later");
        RuntimeException thrown = new UnsupportedOperationException();
        thrown.setStackTrace(new StackTraceElement[] {
            new StackTraceElement("java.base", null, null, "java.util.ImmutableCollections", "uoe",
                "ImmutableCollections.java", 159),
            new StackTraceElement("java.base", null, null, "java.util.ImmutableCollections$AbstractImmutableCollection",
                "add", "ImmutableCollections.java", 164),
            new StackTraceElement("", "", "#" + id, 1)});
        RenderedError error = renderer.renderThrown(ThrownError.of(thrown));
        assertEquals("UnsupportedOperationException", error.name());
        assertEquals("", error.value());
        assertEquals("""
            UnsupportedOperationException
              …(JDK 内部 2 层)
              第 3 行
              ----> 3 int later = 0;
            提示：List.of / Map.of / Set.of 像 Python 的 tuple / frozenset，创建后不能修改；要修改先复制：new ArrayList<>(List.of(…))（见 01-data-structures.ipynb）""",
            error.plainText());
    }

    @Test
    void verboseModeShowsEveryFrameAndMinimalOnlyTheHeadline() {
        cell(1, "int answer = 42;");
        RuntimeException thrown = new IllegalStateException("boom");
        thrown.setStackTrace(new StackTraceElement[] {
            new StackTraceElement("java.util.Objects", "requireNonNull", "Objects.java", 233),
            new StackTraceElement("", "", "#" + snippetId("int answer"), 1)});
        renderer.mode(TracebackMode.VERBOSE);
        String verbose = renderer.renderThrown(ThrownError.of(thrown)).plainText();
        assertTrue(verbose.contains("  at java.util.Objects.requireNonNull(Objects.java:233)"), verbose);
        renderer.mode(TracebackMode.MINIMAL);
        assertEquals("IllegalStateException: boom", renderer.renderThrown(ThrownError.of(thrown)).plainText());
    }

    @Test
    void framesOfAnEarlierCellNameThatCellAndTheMethod() {
        cell(4, "int half(int n) {\n    return n / 0;\n}");
        cell(5, "half(3)");
        RuntimeException thrown = new ArithmeticException("/ by zero");
        thrown.setStackTrace(new StackTraceElement[] {
            new StackTraceElement("", "half", "#" + snippetId("int half"), 2),
            new StackTraceElement("", "", "#" + snippetId("half(3)"), 1)});
        assertEquals("""
            ArithmeticException: / by zero
              在 half（单元格 [4] 第 2 行）
              ----> 2     return n / 0;
              第 1 行
              ----> 1 half(3)""", renderer.renderThrown(ThrownError.of(thrown)).plainText());
    }

    @Test
    void recursionShowsTheRepeatedFrameOnce() {
        cell(1, "int down(int k) { return down(k - 1); }");
        StackTraceElement recursive = new StackTraceElement("", "down", "#" + snippetId("int down"), 1);
        StackOverflowError thrown = new StackOverflowError();
        thrown.setStackTrace(new StackTraceElement[] {recursive, recursive, recursive, recursive});
        String text = renderer.renderThrown(ThrownError.of(thrown)).plainText();
        assertEquals("""
            StackOverflowError
              在 down（第 1 行）
              ----> 1 int down(int k) { return down(k - 1); }
              …(同一行又调用了自己 3 次：递归)""", text);
    }

    @Test
    void aCauseKeepsItsOwnFramesAndFoldsTheSharedOnes() {
        cell(1, "void load() { }\nload();");
        StackTraceElement caller = new StackTraceElement("", "", "#" + snippetId("load();"), 1);
        StackTraceElement inLoad = new StackTraceElement("", "load", "#" + snippetId("void load"), 1);
        IllegalArgumentException cause = new IllegalArgumentException("inner");
        cause.setStackTrace(new StackTraceElement[] {inLoad, caller});
        IllegalStateException outer = new IllegalStateException("outer", cause);
        outer.setStackTrace(new StackTraceElement[] {caller});
        String text = renderer.renderThrown(ThrownError.of(outer)).plainText();
        assertTrue(text.contains("Caused by: IllegalArgumentException: inner\n  在 load（第 1 行）"), text);
        assertTrue(text.endsWith("…(其余 1 层同上)"), text);
    }

    @Test
    void jshellWrapperNamesNeverShow() {
        assertEquals("Cannot invoke \"String.length()\" because \"s\" is null",
            JShellNames.clean("Cannot invoke \"String.length()\" because \"REPL.$JShell$27.s\" is null"));
        assertEquals("class Dog cannot be cast to class Cat",
            JShellNames.clean("class REPL.$JShell$12$Dog cannot be cast to class REPL.$JShell$13$Cat"));
    }

    @Test
    void theHabitTableRejectsARowWithoutAHint() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
            () -> PythonHabits.parse("[half]\njavac: .\nnotebook: 00-index.ipynb\n"));
        assertEquals("提示 [half] 缺少 hint: 或 notebook:", error.getMessage());
    }

    @Test
    void theCourseTableHasTwentyFiveHabitsEachPointingAtANotebook() {
        List<PythonHabits.Habit> habits = PythonHabits.standard().all();
        assertEquals(25, habits.size());
        habits.forEach(habit -> assertTrue(habit.notebook().matches("\\d\\d-[a-z0-9-]+\\.ipynb"), habit.name()));
    }

    @Test
    void theFirstMatchingHabitWinsSoSpecificRowsComeFirst() {
        Optional<PythonHabits.Habit> elif =
            PythonHabits.standard().forCompileError("compiler.err.expected", "';' expected", "} elif (n > 1) {");
        assertEquals("elif", elif.orElseThrow().name());
        Optional<PythonHabits.Habit> none =
            PythonHabits.standard().forCompileError("compiler.err.expected", "')' expected", "while (x {");
        assertFalse(none.isPresent());
    }

    @Test
    void translationsFillInJavacsWordsAndDropJavaLang() {
        assertEquals(Optional.of("类型不兼容：String 不能转换为 int"), JavacTranslations.standard()
            .translate("incompatible types: java.lang.String cannot be converted to int"));
        assertEquals(Optional.empty(), JavacTranslations.standard().translate("some message javac may add"));
    }
}
