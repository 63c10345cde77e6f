/**
 * Errors a Python learner can read: what the course kernel shows when a cell fails to compile or throws.
 *
 * <p>JJava shows its own wrapper ({@code CompilationException: [snippet: …, status: REJECTED]},
 * {@code RuntimeException: java.lang.…}) and frames that point at JShell's snippet ids ({@code #20:1}). Here a
 * failure becomes what IPython shows a Python programmer: the exception's own name and message, the cell's line
 * with an arrow or a caret, only the frames that matter, and — for the mistakes a Python habit causes — one
 * Chinese line naming the habit, the Java way and the notebook that teaches it.
 *
 * <ul>
 *   <li>{@link edu.pyjava.kernel.launcher.errors.CellErrorRenderer} turns any failure of a cell into a
 *       {@link edu.pyjava.kernel.launcher.errors.RenderedError} (ename, evalue, traceback).</li>
 *   <li>{@link edu.pyjava.kernel.launcher.errors.SnippetPlaces} remembers in which cell, on which line, each
 *       JShell snippet began, so that {@code #20:1} reads {@code 第 3 行}.</li>
 *   <li>{@link edu.pyjava.kernel.launcher.errors.PythonHabits} is the table of hints (a resource an instructor
 *       can extend), {@link edu.pyjava.kernel.launcher.errors.JavacTranslations} the Chinese headlines of javac's
 *       messages.</li>
 * </ul>
 */
package edu.pyjava.kernel.launcher.errors;
