package edu.pyjava.kernel.launcher.errors;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads one of the tables an instructor can extend ({@code javac-zh.txt}, {@code python-habits.txt}) from the
 * kernel's jar.
 *
 * <pre>{@code
 * String table = TableResource.read("python-habits.txt");   // the file next to this class, as UTF-8 text
 * }</pre>
 */
final class TableResource {

    private TableResource() {
    }

    /**
     * The resource's text.
     *
     * @param name the file name, next to this class in the jar
     * @return its contents, decoded as UTF-8
     * @throws IllegalStateException if the jar lacks it
     */
    static String read(String name) {
        try (InputStream in = TableResource.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("找不到资源 " + name + "：内核的 jar 不完整，请重新运行 install.sh");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
