package edu.pyjava.kernel.launcher;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Optional;
import java.util.logging.Logger;
import org.dflib.jjava.jupyter.channels.ShellReplyEnvironment;
import org.dflib.jjava.jupyter.kernel.JupyterIO;

/**
 * The three package-private steps by which JJava attaches a cell's {@code System.out}, {@code System.err} and
 * {@code System.in} to the request being served. {@link CourseJavaKernel} serves execute requests itself (to name
 * errors by their real class), so it must take the same steps; JJava keeps them {@code protected} in its own
 * package, hence reflection, checked once at start-up.
 */
final class JupyterIoAccess {

    private static final Logger LOG = Logger.getLogger("CourseKernel");

    private final Method setEnv;
    private final Method retractEnv;
    private final Method setJupyterInEnabled;

    private JupyterIoAccess(Method setEnv, Method retractEnv, Method setJupyterInEnabled) {
        this.setEnv = setEnv;
        this.retractEnv = retractEnv;
        this.setJupyterInEnabled = setJupyterInEnabled;
    }

    /**
     * The steps, if the pinned JJava still has them.
     *
     * @return the access, or empty (logged) if JJava's internals changed
     */
    static Optional<JupyterIoAccess> find() {
        try {
            Method setEnv = JupyterIO.class.getDeclaredMethod("setEnv", ShellReplyEnvironment.class);
            Method retractEnv = JupyterIO.class.getDeclaredMethod("retractEnv", ShellReplyEnvironment.class);
            Method setJupyterInEnabled = JupyterIO.class.getDeclaredMethod("setJupyterInEnabled", boolean.class);
            setEnv.setAccessible(true);
            retractEnv.setAccessible(true);
            setJupyterInEnabled.setAccessible(true);
            return Optional.of(new JupyterIoAccess(setEnv, retractEnv, setJupyterInEnabled));
        } catch (NoSuchMethodException | RuntimeException changedInternals) {
            LOG.warning("JJava's JupyterIO changed (" + changedInternals + "); errors keep JJava's names");
            return Optional.empty();
        }
    }

    void attach(JupyterIO io, ShellReplyEnvironment env, boolean stdinEnabled) {
        call(setEnv, io, env);
        call(setJupyterInEnabled, io, stdinEnabled);
    }

    void detach(JupyterIO io, ShellReplyEnvironment env) {
        call(retractEnv, io, env);
    }

    private static void call(Method method, JupyterIO io, Object argument) {
        try {
            method.invoke(io, argument);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException unchecked) {
                throw unchecked;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
