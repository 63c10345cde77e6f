package edu.pyjava.kernel.launcher;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import jdk.jshell.JShell;
import jdk.jshell.SourceCodeAnalysis;

/**
 * Lets Shift+Tab show the helper jar's Javadoc ({@code Generator.of}, {@code Slice.parse}), not only the JDK's.
 *
 * <p>JShell reads documentation from source files, and it looks for them only in the JDK's {@code lib/src.zip}
 * ({@code SourceCodeAnalysisImpl.findSources}); it has no setting for more. The installer ships the helper
 * library's sources beside the kernel (the environment variable {@code COURSE_SOURCES} names the archive), and
 * this class adds them to JShell's list once, before the first inspection. It reaches into {@code jdk.jshell},
 * which the kernel's JVM opens to the class path ({@code --add-opens=jdk.jshell/jdk.jshell=ALL-UNNAMED},
 * kernel-config/jvm.options); if a JDK changes that, Shift+Tab shows signatures only, as before, and the kernel log
 * says why. Offline, and the same on Binder: nothing is downloaded.
 *
 * <pre>{@code
 * JavadocSources sources = JavadocSources.fromEnvironment(System.getenv());
 * sources.addTo(shell);   // Generator.of( + Shift+Tab now shows "A generator whose body ..."
 * }</pre>
 */
final class JavadocSources {

    /** The environment variable with the path of the helper library's sources (a jar or zip of .java files). */
    static final String VARIABLE = "COURSE_SOURCES";

    private static final Logger LOG = Logger.getLogger("CourseKernel");

    private final List<Path> archives;
    private volatile boolean added;

    JavadocSources(List<Path> archives) {
        this.archives = List.copyOf(archives);
    }

    /**
     * The sources the kernelspec names.
     *
     * @param environment the kernel's environment variables
     * @return the sources, none if the variable is unset or names no file
     */
    static JavadocSources fromEnvironment(java.util.Map<String, String> environment) {
        return new JavadocSources(Optional.ofNullable(environment.get(VARIABLE))
            .map(Path::of)
            .filter(Files::isRegularFile)
            .stream()
            .toList());
    }

    /**
     * Adds the sources to the ones JShell reads documentation from; only the first call does anything.
     *
     * @param shell the kernel's JShell
     */
    synchronized void addTo(JShell shell) {
        if (added || archives.isEmpty()) {
            return;
        }
        added = true;
        SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
        try {
            Method jdkSources = analysis.getClass().getDeclaredMethod("findSources");
            jdkSources.setAccessible(true);
            @SuppressWarnings("unchecked")
            List<Path> sources = new ArrayList<>((List<Path>) jdkSources.invoke(analysis));
            sources.addAll(archives);
            Field available = analysis.getClass().getDeclaredField("availableSources");
            available.setAccessible(true);
            available.set(analysis, sources);
            LOG.info("Javadoc for Shift+Tab also from " + archives);
        } catch (ReflectiveOperationException | RuntimeException changedInternals) {
            LOG.warning("JShell's source lookup changed (" + changedInternals + "); Shift+Tab shows the JDK's "
                + "Javadoc only");
        }
    }
}
