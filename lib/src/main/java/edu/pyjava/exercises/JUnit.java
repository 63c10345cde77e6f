package edu.pyjava.exercises;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.discovery.ClassSelector;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs JUnit 5 test classes written in a notebook cell and prints one line per test and a summary, without stack
 * traces; Python's {@code unittest.main()} for a notebook.
 *
 * <pre>{@code
 * class MathTests {
 *     @Test void addsNumbers() { assertEquals(4, 2 + 2); }
 *     @Test void dividesNumbers() { assertEquals(4, 7 / 2, "整数除法"); }
 * }
 * JUnit.run(MathTests.class)
 * // prints: ✅ addsNumbers()
 * //         ❌ dividesNumbers()：整数除法 ==> expected: <4> but was: <3>
 * //         共 2 个测试：1 个通过，1 个失败
 * }</pre>
 *
 * <p>Classes are selected by their {@code Class} object, which also finds classes the kernel compiled from a cell.
 * Tests run in the order of their method names, as in {@code unittest}, unless the class says otherwise with
 * {@code @TestMethodOrder}. A failure shows its assertion message; another exception shows its type, message and
 * the test method where it happened (with the line number for classes compiled from files; a cell's line numbers
 * are not known). The method prints and returns nothing, because the kernel would echo a returned value.
 */
public final class JUnit {

    /** One finished test: its name, whether it passed or was skipped, and the one-line reason if not. */
    record Outcome(String name, TestExecutionResult.Status status, String reason) {
    }

    /** All outcomes of one run and the printed report. */
    record Summary(List<Outcome> outcomes, String report) {
        long count(TestExecutionResult.Status status) {
            return outcomes.stream().filter(outcome -> outcome.status() == status).count();
        }
    }

    private JUnit() {
    }

    /**
     * Runs the tests of the given classes and prints the report.
     *
     * @param testClasses classes with {@code @Test} methods, at least one, none null
     * @throws IllegalArgumentException if no class is given
     */
    public static void run(Class<?>... testClasses) {
        System.out.println(execute(testClasses).report());
    }

    static Summary execute(Class<?>... testClasses) {
        Objects.requireNonNull(testClasses, "JUnit.run 的参数不能为 null");
        if (testClasses.length == 0) {
            throw new IllegalArgumentException("JUnit.run 至少需要一个测试类，例如 JUnit.run(MyTests.class)");
        }
        List<ClassSelector> selectors = Arrays.stream(testClasses)
            .map(type -> selectClass(Objects.requireNonNull(type, "JUnit.run 的测试类不能为 null")))
            .toList();
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
            .selectors(selectors)
            // 像 unittest 一样按方法名排序，每次运行顺序相同
            .configurationParameter("junit.jupiter.testmethod.order.default",
                "org.junit.jupiter.api.MethodOrderer$MethodName")
            .build();
        Collector collector = new Collector(testClasses);
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try {
            // 内核执行单元格时的上下文类加载器未必能找到测试引擎 (TestEngine)；换成本 jar 的类加载器
            thread.setContextClassLoader(JUnit.class.getClassLoader());
            Launcher launcher = LauncherFactory.create();
            launcher.execute(request, collector);
        } finally {
            thread.setContextClassLoader(previous);
        }
        return collector.summary();
    }

    /** Listens to the run and keeps one outcome per test, in execution order. */
    private static final class Collector implements TestExecutionListener {
        private final List<String> testClassNames;
        private final List<Outcome> outcomes = new ArrayList<>();
        private TestPlan plan;

        Collector(Class<?>[] testClasses) {
            this.testClassNames = Arrays.stream(testClasses).map(Class::getName).toList();
        }

        @Override
        public void testPlanExecutionStarted(TestPlan testPlan) {
            plan = testPlan;
        }

        @Override
        public void executionSkipped(TestIdentifier test, String reason) {
            if (test.isTest()) {
                outcomes.add(new Outcome(nameOf(test), TestExecutionResult.Status.ABORTED, reason));
            }
        }

        @Override
        public void executionFinished(TestIdentifier test, TestExecutionResult result) {
            if (test.isTest()) {
                String reason = result.getThrowable().map(this::describe).orElse("");
                outcomes.add(new Outcome(nameOf(test), result.getStatus(), reason));
            } else if (result.getStatus() == TestExecutionResult.Status.FAILED) {
                // 测试类本身出错（例如 @BeforeAll 抛异常）：也要报告，否则学生只看到 0 个测试
                String reason = result.getThrowable().map(this::describe).orElse("");
                outcomes.add(new Outcome(containerName(test), TestExecutionResult.Status.FAILED, reason));
            }
        }

        private String nameOf(TestIdentifier test) {
            Optional<TestIdentifier> parent = plan == null ? Optional.empty() : plan.getParent(test);
            boolean invocation = parent.isPresent() && parent.get().getSource().orElse(null) instanceof MethodSource;
            return invocation ? parent.get().getDisplayName() + " " + test.getDisplayName() : test.getDisplayName();
        }

        /** A test class by its simple name: a class from a cell is really called something like $JShell$12$MyTests. */
        private static String containerName(TestIdentifier container) {
            return container.getSource().orElse(null) instanceof ClassSource source
                ? source.getJavaClass().getSimpleName()
                : container.getDisplayName();
        }

        private String describe(Throwable error) {
            if (error instanceof AssertionError) {
                String message = error.getMessage();
                return message == null ? error.getClass().getSimpleName() : message.strip();
            }
            return Exercise.oneLine(error) + whereIn(error);
        }

        private String whereIn(Throwable error) {
            for (StackTraceElement frame : error.getStackTrace()) {
                for (String testClass : testClassNames) {
                    if (frame.getClassName().equals(testClass) || frame.getClassName().startsWith(testClass + "$")) {
                        return where(frame);
                    }
                }
            }
            return "";
        }

        /**
         * The method and line of a frame. A class from a notebook cell is compiled inside a JShell wrapper
         * ({@code $JShell$12.java}) whose line numbers do not match the cell, so there only the method is named.
         */
        private static String where(StackTraceElement frame) {
            String file = frame.getFileName();
            boolean fromCell = file != null && file.startsWith("$JShell");
            return fromCell || frame.getLineNumber() < 0
                ? "（在 " + frame.getMethodName() + " 方法里）"
                : "（" + frame.getMethodName() + " 第 " + frame.getLineNumber() + " 行）";
        }

        Summary summary() {
            StringBuilder report = new StringBuilder();
            for (Outcome outcome : outcomes) {
                String mark = switch (outcome.status()) {
                    case SUCCESSFUL -> "✅ ";
                    case FAILED -> "❌ ";
                    case ABORTED -> "⏭ ";
                };
                report.append(mark).append(outcome.name());
                if (!outcome.reason().isEmpty()) {
                    report.append("：").append(outcome.reason());
                }
                report.append('\n');
            }
            Summary summary = new Summary(List.copyOf(outcomes), "");
            long skipped = summary.count(TestExecutionResult.Status.ABORTED);
            report.append("共 ").append(outcomes.size()).append(" 个测试：")
                .append(summary.count(TestExecutionResult.Status.SUCCESSFUL)).append(" 个通过，")
                .append(summary.count(TestExecutionResult.Status.FAILED)).append(" 个失败");
            if (skipped > 0) {
                report.append("，").append(skipped).append(" 个跳过");
            }
            if (outcomes.isEmpty()) {
                report.append("（没有找到测试：测试方法要加 @Test 注解）");
            }
            return new Summary(summary.outcomes(), report.toString());
        }
    }
}
