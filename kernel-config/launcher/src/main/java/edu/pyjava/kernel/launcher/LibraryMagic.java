package edu.pyjava.kernel.launcher;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dflib.jjava.jupyter.kernel.magic.LineMagic;
import org.dflib.jjava.kernel.JavaKernel;

/**
 * The line magic {@code %library NAME}: puts one of the course's bundled libraries, with everything it depends
 * on, on the class path of this notebook's kernel. Python's {@code pip install} then {@code import}, offline.
 *
 * <p>Only the helper jar, Jackson, Tablesaw, JUnit and jsoup are on the class path from the start. The bigger
 * libraries that one or two notebooks use (a database, a web server) are not: every jar on the class path makes
 * each cell slower to compile (javac looks through all of them) and every kernel bigger.
 *
 * <pre>{@code
 * %library databases      // H2, MariaDB Connector/J, Hibernate: now `import org.h2.*;` works
 * %library nosuch         // error: 没有名为 nosuch 的库。可用的库：databases, google-java-format, jetty, oshi
 * }</pre>
 */
final class LibraryMagic implements LineMagic<Void, JavaKernel> {

    private final Optional<Path> libraries;

    /**
     * Creates the magic.
     *
     * @param libraries the folder with one sub-folder of jars per library, if the kernelspec names one
     */
    LibraryMagic(Optional<Path> libraries) {
        this.libraries = libraries;
    }

    @Override
    public Void eval(JavaKernel kernel, List<String> args) throws IOException {
        Path folder = libraries.orElseThrow(() -> new IllegalStateException(
            "这个内核没有附带的库（kernel.json 里没有 COURSE_LIBRARIES）：请用 kernel-config/install.sh 重新安装"));
        if (args.size() != 1) {
            throw new IllegalArgumentException("用法：%library 名字，例如 %library databases。可用的库：" + available(folder));
        }
        String name = args.get(0);
        Path library = folder.resolve(name).normalize();
        if (!library.getParent().equals(folder.normalize()) || !Files.isDirectory(library)) {
            throw new IllegalArgumentException("没有名为 " + name + " 的库。可用的库：" + available(folder));
        }
        kernel.addToClasspath(jars(library));
        return null;
    }

    private static String jars(Path library) throws IOException {
        try (Stream<Path> files = Files.list(library)) {
            return files.filter(file -> file.toString().endsWith(".jar"))
                .sorted()
                .map(Path::toString)
                .collect(Collectors.joining(File.pathSeparator));
        }
    }

    private static String available(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(Files::isDirectory)
                .map(entry -> entry.getFileName().toString())
                .sorted()
                .collect(Collectors.joining(", "));
        }
    }
}
