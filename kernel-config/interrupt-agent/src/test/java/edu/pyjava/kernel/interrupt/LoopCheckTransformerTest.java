package edu.pyjava.kernel.interrupt;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

class LoopCheckTransformerTest {

    /** Bytes of {@code class <name> { static void spin() { while (true) { } } }}. */
    private static byte[] classWithEndlessLoop(String internalName) {
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES);
        writer.visit(Opcodes.V21, Opcodes.ACC_PUBLIC, internalName, null, "java/lang/Object", null);
        MethodVisitor spin = writer.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "spin", "()V", null, null);
        spin.visitCode();
        Label loop = new Label();
        spin.visitLabel(loop);
        spin.visitJumpInsn(Opcodes.GOTO, loop);
        spin.visitMaxs(0, 0);
        spin.visitEnd();
        writer.visitEnd();
        return writer.toByteArray();
    }

    private static Method spinMethod(String binaryName, byte[] bytes) throws ReflectiveOperationException {
        ClassLoader loader = new ClassLoader(LoopCheckTransformerTest.class.getClassLoader()) {
            @Override
            protected Class<?> findClass(String name) throws ClassNotFoundException {
                if (!name.equals(binaryName)) {
                    throw new ClassNotFoundException(name);
                }
                return defineClass(name, bytes, 0, bytes.length);
            }
        };
        return loader.loadClass(binaryName).getMethod("spin");
    }

    @Test
    void classesOutsideTheCellPackageAreLeftAlone() {
        byte[] bytes = classWithEndlessLoop("demo/Spin");

        assertNull(new LoopCheckTransformer().transform(null, "demo/Spin", null, null, bytes));
    }

    @Test
    void interruptingAnEndlessCellLoopEndsItWithCellInterruptedError() throws Exception {
        byte[] original = classWithEndlessLoop("REPL/$JShell$1");
        byte[] rewritten = new LoopCheckTransformer().transform(null, "REPL/$JShell$1", null, null, original);
        assertNotNull(rewritten);
        Method spin = spinMethod("REPL.$JShell$1", rewritten);

        CompletableFuture<Throwable> outcome = new CompletableFuture<>();
        Thread cell = new Thread(() -> {
            try {
                spin.invoke(null);
                outcome.complete(null);
            } catch (InvocationTargetException e) {
                outcome.complete(e.getCause());
            } catch (ReflectiveOperationException e) {
                outcome.complete(e);
            }
        });
        cell.start();
        CellInterrupts.stop(thread -> thread == cell);

        Throwable thrown = outcome.get(10, TimeUnit.SECONDS);
        assertInstanceOf(CellInterruptedError.class, thrown);
        assertTrue(thrown.getMessage().contains("interrupted"));
    }

    @Test
    void aStopRequestIsUsedUpByTheCellThreadSoTheThreadCanBeReused() {
        Thread current = Thread.currentThread();
        CellInterrupts.stop(thread -> thread == current);

        assertThrows(CellInterruptedError.class, CellInterrupts::checkpoint);
        assertDoesNotThrow(CellInterrupts::checkpoint);
    }

    @Test
    void otherThreadsKeepJavasInterruptSemantics() throws Exception {
        Thread cellThread = new Thread(() -> { });
        CellInterrupts.stop(thread -> thread == cellThread);
        try {
            Thread.currentThread().interrupt();
            assertDoesNotThrow(CellInterrupts::checkpoint);
            assertTrue(Thread.interrupted(), "the checkpoint must leave a worker's interrupt flag alone");
        } finally {
            CellInterrupts.clear();
        }
    }

    @Test
    void anInterruptFlagAloneNeverStopsACellLoop() {
        CellInterrupts.clear();
        Thread.currentThread().interrupt();
        try {
            assertDoesNotThrow(CellInterrupts::checkpoint);
        } finally {
            assertTrue(Thread.interrupted());
        }
    }
}
