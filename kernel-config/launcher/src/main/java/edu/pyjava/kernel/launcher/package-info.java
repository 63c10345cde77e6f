/**
 * Starts the course kernel: JJava's Java kernel, served without JJava's 50 ms wait per message.
 *
 * <p>{@link edu.pyjava.kernel.launcher.CourseKernel} is the kernelspec's main class. It builds the kernel as
 * JJava's own {@code main} does (same magics, same {@code JJAVA_*} environment variables) and connects it through
 * {@link edu.pyjava.kernel.launcher.QuickShellConnection}, whose shell and control channels wait for requests
 * in a blocking poll ({@link edu.pyjava.kernel.launcher.BlockingShellChannel}).
 * If the pinned JJava's internals have changed, it says so in the kernel log and uses JJava's stock connection.
 */
package edu.pyjava.kernel.launcher;
