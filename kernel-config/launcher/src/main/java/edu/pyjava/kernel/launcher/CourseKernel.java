package edu.pyjava.kernel.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.dflib.jjava.jupyter.channels.JupyterConnection;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;
import org.dflib.jjava.kernel.JavaKernel;
import org.dflib.jjava.kernel.magics.ClasspathMagic;
import org.dflib.jjava.kernel.magics.JarsMagic;
import org.dflib.jjava.kernel.magics.LoadMagic;
import org.dflib.jjava.kernel.magics.TimeMagic;
import org.dflib.jjava.maven.MavenDependencyResolver;
import org.dflib.jjava.maven.magics.AddMavenDependencyMagic;
import org.dflib.jjava.maven.magics.LoadFromPomCellMagic;
import org.dflib.jjava.maven.magics.LoadFromPomLineMagic;
import org.dflib.jjava.maven.magics.MavenMagic;
import org.dflib.jjava.maven.magics.MavenRepoMagic;

/**
 * The course kernel's {@code main}: JJava's Java kernel, connected without JJava's 50 ms shell-loop wait.
 *
 * <p>It does what {@code org.dflib.jjava.distro.JJava.main} of the pinned JJava (requirements.txt) does — the same
 * magics, the same {@code JJAVA_*} variables, the same start-up steps — except that it connects through a
 * {@link QuickShellConnection}, and it connects first and readies JShell meanwhile ({@link BackgroundStartup}).
 * Should the quick connection fail because JJava's internals changed, or should the environment
 * variable {@code COURSE_KERNEL_STOCK_SHELL} be {@code 1}, it logs why and uses JJava's own connection. The copied
 * pieces of JJava are listed in kernel-config/README.md, and {@code JJavaCopiesTest} fails when any of them changes
 * in the jjava.jar the launcher is built against, which is the one the kernel runs.
 *
 * <pre>{@code
 * java -cp jjava.jar:kernel-launcher.jar edu.pyjava.kernel.launcher.CourseKernel /path/to/connection.json
 * }</pre>
 */
public final class CourseKernel {

    private static final Logger LOG = Logger.getLogger("CourseKernel");
    private static final String JUPYTER_LOG_FORMAT = "[%4$.1s %1$tF %1$tT.%1$tL %3$s] %5$s%6$s%n";

    private CourseKernel() {
    }

    /**
     * Starts the kernel and serves it until Jupyter shuts it down.
     *
     * @param args the path of the connection file that Jupyter wrote
     * @throws Exception if the kernel cannot start
     */
    public static void main(String[] args) throws Exception {
        if (args.length != 1 || !Files.isRegularFile(Path.of(args[0]))) {
            throw new IllegalArgumentException("用法：CourseKernel <connection-file>（Jupyter 会传入这个文件）");
        }
        System.setProperty("java.util.logging.SimpleFormatter.format", JUPYTER_LOG_FORMAT);
        KernelConnectionProperties properties = KernelConnectionProperties.parse(Files.readString(Path.of(args[0])));
        KernelEnvironment environment = KernelEnvironment.ofSystem();

        JupyterConnection connection = connect(properties, environment);
        JavaKernel kernel = buildKernel(environment);
        BackgroundStartup startup = BackgroundStartup.begin(kernel, environment);

        kernel.becomeHandlerForConnection(connection);
        startup.guard(connection);
        CellInterruptRouting.install(connection);
        connection.connect();
        exitWithParent();
        connection.waitUntilClose();
        // A normal exit, so that a JVM started with -XX:AOTCacheOutput writes its ahead-of-time cache.
        System.exit(0);
    }

    /**
     * Ends the kernel when the process that started it (the Jupyter server, a notebook runner) is gone, as ipykernel
     * does: a kernel left behind by a crashed server or a killed test run would otherwise hold its memory forever,
     * since nothing is left to send it a shutdown request.
     */
    private static void exitWithParent() {
        ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> {
            LOG.warning("the process that started this kernel (pid " + parent.pid() + ") is gone; exiting");
            System.exit(0);
        }));
    }

    private static JupyterConnection connect(KernelConnectionProperties properties, KernelEnvironment environment)
            throws Exception {
        String jjavaVersion = jjavaVersion();
        if ("1".equals(environment.variables().get("COURSE_KERNEL_STOCK_SHELL"))) {
            LOG.info("COURSE_KERNEL_STOCK_SHELL=1: using JJava's stock shell loop (50 ms)");
            return stockConnection(properties);
        }
        try {
            JupyterConnection quick = new QuickShellConnection(properties);
            LOG.info("quick shell loop: blocking poll, no sleep (JJava " + jjavaVersion + ")");
            return quick;
        } catch (LinkageError changedInternals) {
            LOG.warning("JJava's internals changed (" + changedInternals + "); using its stock shell loop (50 ms)");
            return stockConnection(properties);
        }
    }

    /** JJava's own connection, except that its IOPub socket never drops a message (see QuickShellConnection). */
    private static JupyterConnection stockConnection(KernelConnectionProperties properties) throws Exception {
        JupyterConnection stock = new JupyterConnection(properties);
        stock.getIOPub().setSndHWM(0);
        return stock;
    }

    private static JavaKernel buildKernel(KernelEnvironment environment) {
        MavenDependencyResolver maven = new MavenDependencyResolver();
        TimeMagic time = new TimeMagic();
        TimeitMagic timeit = new TimeitMagic();
        CourseJavaKernel.Builder builder = CourseJavaKernel.courseBuilder();   // 错误显示：见 CourseJavaKernel
        builder.name("JJava")
            .version(jjavaVersion())
            .extensionsEnabled(environment.extensionsEnabled());
        builder.compilerOpts(environment.compilerOptions());
        Duration timeout = environment.timeout().orElse(null);
        builder.timeout(timeout == null ? -1 : timeout.toMillis(), TimeUnit.MILLISECONDS);
        builder.lineMagic("load", new LoadMagic())
            .lineMagic("classpath", new ClasspathMagic())
            .lineMagic("time", time)
            .lineMagic("maven", new MavenMagic(maven))
            .lineMagic("mavenRepo", new MavenRepoMagic(maven))
            .lineMagic("loadFromPOM", new LoadFromPomLineMagic(maven))
            .lineMagic("jars", new JarsMagic())
            .lineMagic("addMavenDependency", new AddMavenDependencyMagic(maven))
            .lineMagic("library", new LibraryMagic(environment.libraries()))
            .lineMagic("xmode", new XmodeMagic())
            .lineMagic("timeit", timeit)
            .cellMagic("loadFromPOM", new LoadFromPomCellMagic(maven))
            .cellMagic("time", time)
            .cellMagic("timeit", timeit);
        return builder.build();
    }

    private static String jjavaVersion() {
        Properties pom = new Properties();
        try (InputStream in = JavaKernel.class.getClassLoader()
                .getResourceAsStream("META-INF/maven/org.dflib.jjava/jjava-distro/pom.properties")) {
            if (in != null) {
                pom.load(in);
            }
        } catch (IOException e) {
            LOG.fine("JJava's version is unreadable: " + e);
        }
        return pom.getProperty("version", "unknown");
    }
}
