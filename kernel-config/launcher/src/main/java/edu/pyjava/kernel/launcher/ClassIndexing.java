package edu.pyjava.kernel.launcher;

import java.lang.reflect.Method;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import jdk.jshell.JShell;
import jdk.jshell.SourceCodeAnalysis;

/**
 * Holds back JShell's background indexing of the class path until someone asks for a completion.
 *
 * <p>After each class path change JShell walks every class of the JDK and of every jar, on a thread of its own, to
 * know all package and simple class names. That index serves only completion: package names
 * ({@code java.ut} to {@code java.util}) and the jshell tool's import suggestions. A kernel that only runs cells
 * (Run All, the tests, a class working through a notebook) never uses it, yet paid seconds of CPU right after
 * start and kept tens of thousands of names in its heap. So it waits until the first completion request, and then
 * builds in the background while the student goes on typing.
 *
 * <p>Suspending and resuming are JShell's own switches ({@code suspendIndexing()} and {@code resumeIndexing()},
 * which JShell itself uses around its analyses), reached by reflection: the kernelspec opens {@code jdk.jshell}
 * to us. If that fails, the index is built as usual and the log says why.
 *
 * <pre>{@code
 * ClassIndexing indexing = new ClassIndexing(kernel.getJShell());
 * indexing.holdBack();   // after the course classpath is added, before the first snippet
 * indexing.release();    // on the first completion request
 * }</pre>
 */
final class ClassIndexing {

    private static final Logger LOG = Logger.getLogger("CourseKernel");

    private final JShell shell;
    private final AtomicBoolean heldBack = new AtomicBoolean();

    ClassIndexing(JShell shell) {
        this.shell = shell;
    }

    /** Suspends the indexing, unless it already is. */
    void holdBack() {
        if (!heldBack.get() && call("suspendIndexing")) {
            heldBack.set(true);
        }
    }

    /** Lets the indexing go on in the background; does nothing if it was not held back. */
    void release() {
        if (heldBack.compareAndSet(true, false)) {
            call("resumeIndexing");
        }
    }

    private boolean call(String switchName) {
        try {
            SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
            Method method = analysis.getClass().getMethod(switchName);
            method.setAccessible(true);
            method.invoke(analysis);
            return true;
        } catch (ReflectiveOperationException | RuntimeException cannot) {
            LOG.warning("JShell's " + switchName + "() failed (" + cannot + "); class-path indexing runs as usual");
            return false;
        }
    }
}
