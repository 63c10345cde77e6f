package edu.pyjava.kernel.launcher;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.util.Textifier;
import org.objectweb.asm.util.TraceMethodVisitor;

/**
 * The launcher copies pieces of JJava (kernel-config/README.md lists them); this fails when JJava's code for any
 * of them differs from the code the copies were checked against, so that a JJava update cannot silently leave a
 * copy behind. Only a {@link LinkageError} would show such a change at run time, and only for some of them.
 *
 * <p>{@code jjava-copies.properties} records, for each copied method, a fingerprint of its bytecode in the
 * jjava.jar on the class path (the pip one the kernel runs): SHA-256 of ASM's text of the method and of the
 * lambdas written inside it, without line numbers. After checking a copy against the new JJava, paste the line
 * the failure prints.
 */
class JJavaCopiesTest {

    private static final String RECORD = "jjava-copies.properties";

    @Test
    void everyCopiedJJavaMethodIsTheOneTheCopyWasCheckedAgainst() throws IOException {
        Properties recorded = new Properties();
        try (InputStream in = JJavaCopiesTest.class.getResourceAsStream(RECORD)) {
            recorded.load(in);
        }
        List<String> changed = new ArrayList<>();
        for (String method : new TreeSet<>(recorded.stringPropertyNames())) {
            String now = fingerprint(method);
            if (!now.equals(recorded.getProperty(method))) {
                changed.add(method.replace("$", "\\$") + " = " + now);
            }
        }
        assertTrue(recorded.size() >= 10, "the record lists the copied methods");
        assertTrue(changed.isEmpty(), "JJava changed these methods: check their copies in the launcher "
            + "(kernel-config/README.md, 'Copied from JJava'), then record the new fingerprints in " + RECORD
            + ":\n" + String.join("\n", changed));
    }

    @Test
    void jjavaNamesItsCellThreadsWithThePrefixTheInterruptRoutingLooksFor() throws IOException {
        // JJavaExecutionControl's thread factory: "jjava-exec-" + a random part + "-" + a number
        String code = methodText(classNode("org.dflib.jjava.kernel.execution.JJavaExecutionControl"), "<clinit>")
            + methodText(classNode("org.dflib.jjava.kernel.execution.JJavaExecutionControl"), "<init>");

        assertTrue(code.contains("\"" + CellInterruptRouting.JJAVA_CELL_THREAD_PREFIX), code);
    }

    @Test
    void differentCodeHasADifferentFingerprint() throws IOException {
        assertNotEquals(fingerprint("org.dflib.jjava.jupyter.kernel.JupyterIO#setEnv"),
            fingerprint("org.dflib.jjava.jupyter.kernel.JupyterIO#retractEnv"));
    }

    /** The fingerprint of {@code class#method}: every overload, with the lambdas written in it. */
    static String fingerprint(String classAndMethod) throws IOException {
        String[] parts = classAndMethod.split("#", 2);
        String text = methodText(classNode(parts[0]), parts[1]);
        assertTrue(!text.isEmpty(), classAndMethod + " is not in the jjava.jar on the class path");
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    private static ClassNode classNode(String className) throws IOException {
        try (InputStream in = ClassLoader.getSystemResourceAsStream(className.replace('.', '/') + ".class")) {
            assertTrue(in != null, className + " is not on the class path");
            ClassNode node = new ClassNode();
            new ClassReader(in).accept(node, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
            return node;
        }
    }

    /** ASM's text of the methods named {@code name} and of their lambdas ({@code lambda$name$N}), in class order. */
    private static String methodText(ClassNode node, String name) {
        String javacName = switch (name) {   // javac names a lambda after the method it is written in
            case "<init>" -> "new";
            case "<clinit>" -> "static";
            default -> name;
        };
        String lambdaPrefix = "lambda$" + javacName + "$";
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        for (MethodNode method : node.methods) {
            if (method.name.equals(name) || method.name.startsWith(lambdaPrefix)) {
                out.println(method.access + " " + method.name + method.desc);
                Textifier printer = new Textifier();
                method.accept(new TraceMethodVisitor(printer));
                printer.print(out);
            }
        }
        out.flush();
        return text.toString();
    }
}
