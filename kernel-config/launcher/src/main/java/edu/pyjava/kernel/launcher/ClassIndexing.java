package edu.pyjava.kernel.launcher;

import java.lang.reflect.Method;
import java.util.logging.Logger;
import jdk.jshell.JShell;
import jdk.jshell.SourceCodeAnalysis;

/**
 * Keeps JShell from indexing the class path in the background.
 *
 * <p>JShell walks every class of the JDK and of every jar on the class path, on a thread of its own after each
 * class path change, to know all package and simple class names; with the course's jars that index is tens of
 * thousands of names that every kernel keeps in its heap, built with seconds of CPU right after each start.
 * It serves only completion of package names ({@code java.ut} to {@code java.util}) and the jshell tool's import
 * suggestions; completing members, imported classes and names inside a typed package does not use it.
 * Suspending it is JShell's own switch ({@code suspendIndexing()}, which JShell uses while it analyses code),
 * reached by reflection: the kernelspec opens {@code jdk.jshell} to us. If that fails, the index is built as
 * usual and the log says why.
 *
 * <pre>{@code
 * ClassIndexing.suspend(kernel.getJShell());   // before the course classpath is added
 * }</pre>
 */
final class ClassIndexing {

    private static final Logger LOG = Logger.getLogger("CourseKernel");

    private ClassIndexing() {
    }

    /**
     * Suspends {@code shell}'s class-path indexing for good.
     *
     * @param shell the kernel's JShell
     * @return whether indexing is now suspended
     */
    static boolean suspend(JShell shell) {
        try {
            SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
            Method suspend = analysis.getClass().getMethod("suspendIndexing");
            suspend.setAccessible(true);
            suspend.invoke(analysis);
            return true;
        } catch (ReflectiveOperationException | RuntimeException cannot) {
            LOG.warning("could not suspend JShell's class-path indexing (" + cannot + "); it runs as usual");
            return false;
        }
    }
}
