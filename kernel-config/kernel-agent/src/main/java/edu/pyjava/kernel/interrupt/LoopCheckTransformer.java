package edu.pyjava.kernel.interrupt;

import java.lang.instrument.ClassFileTransformer;
import java.security.ProtectionDomain;
import java.util.HashSet;
import java.util.Set;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Inserts a call to {@link CellInterrupts#checkpoint()} before every backward jump in classes compiled from
 * notebook cells, which JShell puts in the package {@code REPL}, and a call to
 * {@link CellInterrupts#snippetStarted()} at the start of each snippet's entry point ({@code do_it$}). Every other
 * class is left untouched.
 *
 * <p>A backward jump is a jump to a label that the method has already passed: the end of a loop iteration.
 * The inserted call takes nothing from and leaves nothing on the operand stack, so the method's stack map
 * frames stay valid.
 *
 * <pre>{@code
 * // a cell's   while (running) { n++; }   becomes
 * //            while (running) { n++; CellInterrupts.checkpoint(); }
 * new LoopCheckTransformer().transform(null, "java/lang/String", null, null, bytes)  // = null (not a cell)
 * }</pre>
 */
public final class LoopCheckTransformer implements ClassFileTransformer {

    /** The internal-name prefix of the classes that JShell compiles from snippets. */
    static final String CELL_CLASS_PREFIX = "REPL/";

    /** The method through which JShell runs a snippet's code. */
    static final String SNIPPET_ENTRY_POINT = "do_it$";

    private static final String CHECKPOINT_OWNER = Type.getInternalName(CellInterrupts.class);

    /** Creates the transformer. */
    public LoopCheckTransformer() {
    }

    @Override
    public byte[] transform(ClassLoader loader, String className, Class<?> classBeingRedefined,
                            ProtectionDomain protectionDomain, byte[] classfileBuffer) {
        if (className == null || !className.startsWith(CELL_CLASS_PREFIX)) {
            return null;
        }
        ClassReader reader = new ClassReader(classfileBuffer);
        ClassWriter writer = new ClassWriter(reader, ClassWriter.COMPUTE_MAXS);
        reader.accept(new LoopCheckClassVisitor(writer), 0);
        return writer.toByteArray();
    }

    private static final class LoopCheckClassVisitor extends ClassVisitor {

        LoopCheckClassVisitor(ClassVisitor next) {
            super(Opcodes.ASM9, next);
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                         String[] exceptions) {
            MethodVisitor next = super.visitMethod(access, name, descriptor, signature, exceptions);
            return next == null ? null : new LoopCheckMethodVisitor(next, SNIPPET_ENTRY_POINT.equals(name));
        }
    }

    private static final class LoopCheckMethodVisitor extends MethodVisitor {

        private final Set<Label> passedLabels = new HashSet<>();
        private final boolean snippetEntryPoint;

        LoopCheckMethodVisitor(MethodVisitor next, boolean snippetEntryPoint) {
            super(Opcodes.ASM9, next);
            this.snippetEntryPoint = snippetEntryPoint;
        }

        @Override
        public void visitCode() {
            super.visitCode();
            if (snippetEntryPoint) {
                super.visitMethodInsn(Opcodes.INVOKESTATIC, CHECKPOINT_OWNER, "snippetStarted", "()V", false);
            }
        }

        @Override
        public void visitLabel(Label label) {
            passedLabels.add(label);
            super.visitLabel(label);
        }

        @Override
        public void visitJumpInsn(int opcode, Label target) {
            if (passedLabels.contains(target)) {
                super.visitMethodInsn(Opcodes.INVOKESTATIC, CHECKPOINT_OWNER, "checkpoint", "()V", false);
            }
            super.visitJumpInsn(opcode, target);
        }
    }
}
