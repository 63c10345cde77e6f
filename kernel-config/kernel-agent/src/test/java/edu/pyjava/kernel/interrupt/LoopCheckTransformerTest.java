package edu.pyjava.kernel.interrupt;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
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

    /** Bytes of {@code class <name> { static void do_it$() { for (int i = 0; i < 3; i++) { } } }}. */
    private static byte[] snippetWithShortLoop(String internalName) {
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES);
        writer.visit(Opcodes.V21, Opcodes.ACC_PUBLIC, internalName, null, "java/lang/Object", null);
        MethodVisitor doIt = writer.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "do_it$", "()V", null, null);
        doIt.visitCode();
        doIt.visitInsn(Opcodes.ICONST_0);
        doIt.visitVarInsn(Opcodes.ISTORE, 0);
        Label test = new Label();
        Label body = new Label();
        doIt.visitJumpInsn(Opcodes.GOTO, test);
        doIt.visitLabel(body);
        doIt.visitIincInsn(0, 1);
        doIt.visitLabel(test);
        doIt.visitVarInsn(Opcodes.ILOAD, 0);
        doIt.visitInsn(Opcodes.ICONST_3);
        doIt.visitJumpInsn(Opcodes.IF_ICMPLT, body);
        doIt.visitInsn(Opcodes.RETURN);
        doIt.visitMaxs(0, 0);
        doIt.visitEnd();
        writer.visitEnd();
        return writer.toByteArray();
    }

    private static Method spinMethod(String binaryName, byte[] bytes) throws ReflectiveOperationException {
        return spinMethod(binaryName, bytes, "spin");
    }

    private static Method spinMethod(String binaryName, byte[] bytes, String methodName)
            throws ReflectiveOperationException {
        ClassLoader loader = new ClassLoader(LoopCheckTransformerTest.class.getClassLoader()) {
            @Override
            protected Class<?> findClass(String name) throws ClassNotFoundException {
                if (!name.equals(binaryName)) {
                    throw new ClassNotFoundException(name);
                }
                return defineClass(name, bytes, 0, bytes.length);
            }
        };
        return loader.loadClass(binaryName).getMethod(methodName);
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
        CellInterrupts.stop(List.of(cell), thread -> false);

        Throwable thrown = outcome.get(10, TimeUnit.SECONDS);
        assertInstanceOf(CellInterruptedError.class, thrown);
        assertTrue(thrown.getMessage().contains("interrupted"));
    }

    @Test
    void aStopRequestIsUsedUpByTheCellThreadSoTheThreadCanBeReused() {
        Thread current = Thread.currentThread();
        CellInterrupts.stop(List.of(current), thread -> false);

        assertThrows(CellInterruptedError.class, CellInterrupts::checkpoint);
        assertDoesNotThrow(CellInterrupts::checkpoint);
    }

    @Test
    void theRestOfTheInterruptedCellStopsUntilItsRequestEnds() {
        Thread current = Thread.currentThread();
        CellInterrupts.stop(List.of(), thread -> thread == current);
        assertThrows(CellInterruptedError.class, CellInterrupts::checkpoint);

        CellInterrupts.stop(List.of(), thread -> thread == current);
        CellInterrupts.endRequest();
        assertDoesNotThrow(CellInterrupts::checkpoint);
    }

    @Test
    void aThreadThatRanTheInterruptedCellStillStopsAfterTheNextCellBegan() {
        Thread current = Thread.currentThread();
        CellInterrupts.stop(List.of(current), thread -> false);
        CellInterrupts.endRequest();

        assertThrows(CellInterruptedError.class, CellInterrupts::checkpoint);
    }

    @Test
    void aThreadThatStartsANewSnippetNoLongerStopsForAnEarlierCell() throws Exception {
        byte[] rewritten = new LoopCheckTransformer().transform(null, "REPL/$JShell$2", null, null,
            snippetWithShortLoop("REPL/$JShell$2"));
        Method doIt = spinMethod("REPL.$JShell$2", rewritten, "do_it$");
        CellInterrupts.stop(List.of(Thread.currentThread()), thread -> false);
        CellInterrupts.endRequest();

        assertDoesNotThrow(() -> doIt.invoke(null));
        assertDoesNotThrow(CellInterrupts::checkpoint);
    }

    @Test
    void otherThreadsKeepJavasInterruptSemantics() {
        Thread cellThread = new Thread(() -> { });
        CellInterrupts.stop(List.of(), thread -> thread == cellThread);
        try {
            Thread.currentThread().interrupt();
            assertDoesNotThrow(CellInterrupts::checkpoint);
            assertTrue(Thread.interrupted(), "the checkpoint must leave a worker's interrupt flag alone");
        } finally {
            CellInterrupts.endRequest();
        }
    }

    @Test
    void anInterruptFlagAloneNeverStopsACellLoop() {
        CellInterrupts.endRequest();
        Thread.currentThread().interrupt();
        try {
            assertDoesNotThrow(CellInterrupts::checkpoint);
        } finally {
            assertTrue(Thread.interrupted());
        }
    }
}
