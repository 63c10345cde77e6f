/**
 * Keeps the class files of notebook cells for the helper jar's generator compiler: the one place that states the
 * contract between the kernel agent and {@code edu.pyjava.generators.BodyCompiler} in {@code lib/}.
 *
 * <p>{@code BodyCompiler} rewrites a generator body (a lambda in a cell) into a state machine, and needs the
 * bytecode of the cell's class for that. JJava's class loader serves no class files, so the agent keeps them. The
 * helper jar must not depend on the kernel (students use it without one), so the two meet through names only:
 *
 * <ol>
 *   <li>The helper jar looks up the class {@code edu.pyjava.kernel.classfiles.CellClassFiles} by name, through the
 *       system class loader (the agent's jar is on it), and calls its {@code public static byte[] classFile(Class<?>)}
 *       by reflection. The name is {@code BodyCompiler.KERNEL_CLASS_FILES}.</li>
 *   <li>{@code classFile} answers the class file as the JVM defined it (after the loop checks were added), or
 *       {@code null}; a missing class (no agent: plain Java, JShell, tests) means the same as {@code null}, and
 *       {@code BodyCompiler} then runs the body on a thread of its own.</li>
 *   <li>The agent keeps only cells ({@code REPL/...} classes) whose class file names the helper jar's generator
 *       package {@code edu/pyjava/generators/} ({@link edu.pyjava.kernel.classfiles.CellClassFiles#WATCHED_PACKAGE}):
 *       a cell that calls {@code Generator.of} always does.</li>
 * </ol>
 *
 * <p>{@code CellClassFilesContractTest} (this module's tests, which see the helper jar) fails when either side
 * renames its half.
 */
package edu.pyjava.kernel.classfiles;
