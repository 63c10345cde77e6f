package edu.pyjava.kernel.classfiles;

import java.lang.instrument.ClassFileTransformer;
import java.nio.charset.StandardCharsets;
import java.security.ProtectionDomain;
import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps the class files of the notebook cells that write generator bodies, because JJava's class loader, unlike
 * JShell's own, does not serve them as resources. The helper jar's generator compiler asks here for the bytecode
 * of a cell's lambda, so that it can rewrite the body into a fast state machine; the contract between the two is
 * in this package's {@code package-info.java}.
 *
 * <p>Registered after the loop-check transformer, so the kept bytes include the interrupt checks, and so does
 * the state machine made from them. Only cells whose class file names {@link #WATCHED_PACKAGE} are kept; they are
 * forgotten with their class loader.
 *
 * <pre>{@code
 * // in a cell:   Generator<Integer> g = Generator.of(out -> out.yield(1));
 * CellClassFiles.classFile(cellClass)   // = the class file that defined it, or null
 * }</pre>
 */
public final class CellClassFiles implements ClassFileTransformer {

    /** The helper jar's generator package, as class files name it: a cell that names it may write a body. */
    public static final String WATCHED_PACKAGE = "edu/pyjava/generators/";

    /** The internal-name prefix of the classes that JShell compiles from snippets. */
    private static final String CELL_CLASS_PREFIX = "REPL/";
    private static final byte[] WATCHED_BYTES = WATCHED_PACKAGE.getBytes(StandardCharsets.UTF_8);
    private static final Map<ClassLoader, Map<String, byte[]>> KEPT = Collections.synchronizedMap(new WeakHashMap<>());

    /** Creates the recorder; the kernel agent registers it. */
    public CellClassFiles() {
    }

    /**
     * The class file that defined a notebook cell's class, if it names the generator package. The helper jar's
     * {@code BodyCompiler} calls this by reflection: keep its name and signature (see {@code package-info.java}).
     *
     * @param type a class compiled from a cell
     * @return its bytes as defined (a copy), or {@code null} if none were kept
     */
    public static byte[] classFile(Class<?> type) {
        Map<String, byte[]> ofLoader = KEPT.get(type.getClassLoader());
        byte[] bytes = ofLoader == null ? null : ofLoader.get(type.getName().replace('.', '/'));
        return bytes == null ? null : bytes.clone();
    }

    @Override
    public byte[] transform(ClassLoader loader, String className, Class<?> classBeingRedefined,
                            ProtectionDomain protectionDomain, byte[] classfileBuffer) {
        if (loader != null && className != null && className.startsWith(CELL_CLASS_PREFIX)
                && contains(classfileBuffer, WATCHED_BYTES)) {
            KEPT.computeIfAbsent(loader, unused -> new ConcurrentHashMap<>()).put(className, classfileBuffer.clone());
        }
        return null;   // recorded, not changed
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (haystack[i] == needle[0]
                    && Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return true;
            }
        }
        return false;
    }
}
