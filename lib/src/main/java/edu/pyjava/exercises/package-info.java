/**
 * Checking the 练习 at the end of every notebook, and running unit tests in a notebook: seed point 13
 * (单元测试，Python 自带 unittest 模块).
 *
 * <ul>
 *   <li>{@link edu.pyjava.exercises.Exercise}: {@code check} / {@code checkThat} print {@code ✅ 通过},
 *       {@code ❌ 未通过：期望 …，实际 …}, {@code ❌ 出错：…} or {@code ⏳ 尚未完成}, with an optional 提示, and
 *       never a stack trace; {@code Exercise.todo()} marks an answer still to be written. In grading mode
 *       (nbgrader) a check that does not pass throws {@link edu.pyjava.exercises.ExerciseFailedError}.</li>
 *   <li>{@link edu.pyjava.exercises.Hints}: an exercise's hints, the idea first and closer ones after each
 *       further wrong answer.</li>
 *   <li>{@link edu.pyjava.exercises.Progress}: the student's own record of every check
 *       ({@code ~/.java-course/progress.jsonl}), summed up per notebook for the index notebook.</li>
 *   <li>{@link edu.pyjava.exercises.JUnit}: runs JUnit 5 test classes written in a cell and prints one line per
 *       test and a summary, like {@code unittest.main()}.</li>
 * </ul>
 */
package edu.pyjava.exercises;
