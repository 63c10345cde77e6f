package edu.pyjava.generators;

import static org.objectweb.asm.Opcodes.*;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandleInfo;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.SerializedLambda;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.FrameNode;
import org.objectweb.asm.tree.IincInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TableSwitchInsnNode;
import org.objectweb.asm.tree.TryCatchBlockNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.BasicValue;
import org.objectweb.asm.tree.analysis.Frame;
import org.objectweb.asm.tree.analysis.SimpleVerifier;
import org.objectweb.asm.tree.analysis.SourceInterpreter;
import org.objectweb.asm.tree.analysis.SourceValue;

/**
 * Rewrites a generator's body lambda into a {@link CompiledBody}: a state machine that returns at each yield and
 * jumps back in on the next step, the way the C# compiler turns {@code yield return} into a class. Done once per
 * lambda (per place in the code that writes one), then each new generator only allocates a machine.
 *
 * <p>How: the lambda is {@link java.io.Serializable}, so the JDK gives it a {@link SerializedLambda} naming the
 * synthetic method that holds its code and the values it captured. That method's bytecode is read from the
 * class file of the class that wrote the lambda, copied into a new class next to it (same package, same class
 * loader) and changed as {@link CompiledBody} describes. The local variables' types at each yield come from
 * ASM's verifier-style analysis; they are needed to copy the locals back. The new class is an ordinary one, not a
 * hidden class, so that an exception in the body shows the body's frame, file and line in its stack trace (the
 * JVM leaves hidden classes' frames out); the price is that it cannot reach what only the lambda's own class
 * could, its private members.
 *
 * <p>What it does not rewrite (and then the body runs on a stack of its own, see {@link Backend}): a body that
 * is not a lambda or method reference; a body whose {@code out} is used other than for {@code out.yield(v)} or
 * {@code out.yieldFrom(source)} as a statement or an expression on its own (passed to another method, stored);
 * a yield inside
 * {@code synchronized}; a yield with values of an enclosing expression still on the operand stack; a
 * {@code super.m()} call; a body that uses a private member of its class or a protected one of another package
 * (a lambda inside the body is fine: its code, a private method, is copied into the machine, unless it uses such a
 * member itself); and a class whose bytes neither its class loader nor the course kernel's agent serve.
 */
final class BodyCompiler {

    private static final String COMPILED_BODY = Type.getInternalName(CompiledBody.class);
    private static final String YIELDER = Type.getInternalName(Yielder.class);
    private static final String COROUTINE_YIELDER = Type.getInternalName(CoroutineYielder.class);
    private static final String YIELD = "yield";
    private static final String YIELD_FROM = "yieldFrom";
    private static final String OBJECT = "java/lang/Object";
    private static final String NULL_TYPE = "null";   // how SimpleVerifier names the type of a known null
    /**
     * Where the course kernel's agent keeps the class files of notebook cells. The contract between this class and
     * the agent is written once, in kernel-config/kernel-agent's {@code edu/pyjava/kernel/classfiles/package-info.java}.
     */
    private static final String KERNEL_CLASS_FILES = "edu.pyjava.kernel.classfiles.CellClassFiles";

    /** Numbers the machines' classes: two lambdas of one class get two machines. */
    private static final AtomicInteger MACHINES_DEFINED = new AtomicInteger();

    /** What was learnt about each lambda class: its machine's recipe, or that it cannot have one. */
    private static final ClassValue<Cache> CACHE = new ClassValue<>() {
        @Override
        protected Cache computeValue(Class<?> lambdaClass) {
            return new Cache();
        }
    };

    private BodyCompiler() {
    }

    /**
     * A state machine strand running {@code body}, or empty if its shape cannot be rewritten (the caller then runs it
     * on a stack of its own).
     */
    static Optional<StateMachineStrand> compile(Object body) {
        return CACHE.get(body.getClass()).recipe(body)
            .map(recipe -> new StateMachineStrand(recipe.newMachine(body), recipe.hasHandlers()));
    }

    /** One lambda class's recipe, worked out the first time a body of that class is seen. */
    private static final class Cache {
        private Optional<Recipe> recipe;

        synchronized Optional<Recipe> recipe(Object body) {
            if (recipe == null) {
                recipe = Recipe.of(body);
            }
            return recipe;
        }
    }

    /** How to make a machine for one lambda class: its constructor and where each captured value goes. */
    private record Recipe(Method writeReplace, MethodHandle constructor, List<Slot> capturedSlots, int slots,
                          boolean hasHandlers) {

        static Optional<Recipe> of(Object body) {
            try {
                Method writeReplace = body.getClass().getDeclaredMethod("writeReplace");
                writeReplace.setAccessible(true);
                SerializedLambda lambda = (SerializedLambda) writeReplace.invoke(body);
                Optional<Rewrite> rewrite = Rewrite.of(body.getClass(), lambda);
                return rewrite.isEmpty() ? Optional.empty() : Optional.of(rewrite.get().define(writeReplace));
            } catch (ReflectiveOperationException | AnalyzerException | IOException | RuntimeException
                     | LinkageError cannotRewrite) {
                if (Boolean.getBoolean("edu.pyjava.generators.debug")) {
                    cannotRewrite.printStackTrace();
                }
                return Optional.empty();   // not a lambda, or a shape or class loader we cannot work with
            }
        }

        CompiledBody newMachine(Object body) {
            try {
                SerializedLambda lambda = (SerializedLambda) writeReplace.invoke(body);
                Object[] references = new Object[slots];
                long[] primitives = new long[slots];
                for (int i = 0; i < capturedSlots.size(); i++) {
                    capturedSlots.get(i).store(lambda.getCapturedArg(i), references, primitives);
                }
                return (CompiledBody) constructor.invokeExact(references, primitives);
            } catch (Throwable impossible) {
                throw new IllegalStateException("无法创建生成器的状态机", impossible);
            }
        }
    }

    /** A local variable slot of the machine and the JVM type kept in it. */
    private record Slot(int index, Type type) {

        boolean isReference() {
            return type.getSort() == Type.OBJECT || type.getSort() == Type.ARRAY;
        }

        /** Puts a captured (boxed) value where the machine's start reads it. */
        void store(Object value, Object[] references, long[] primitives) {
            switch (type.getSort()) {
                case Type.BOOLEAN -> primitives[index] = (Boolean) value ? 1 : 0;
                case Type.CHAR -> primitives[index] = (Character) value;
                case Type.BYTE, Type.SHORT, Type.INT, Type.LONG -> primitives[index] = ((Number) value).longValue();
                case Type.FLOAT -> primitives[index] = Float.floatToRawIntBits((Float) value);
                case Type.DOUBLE -> primitives[index] = Double.doubleToRawLongBits((Double) value);
                default -> references[index] = value;
            }
        }

        /** {@code locals[index] = value}: appends the store of the value on top of the stack. */
        void save(InsnList code) {
            code.add(new VarInsnNode(ALOAD, 0));
            code.add(savedLocals(isReference()));
            code.add(new LdcInsnNode(index));
            code.add(new VarInsnNode(type.getOpcode(ILOAD), index));
            switch (type.getSort()) {
                case Type.FLOAT -> {
                    code.add(new MethodInsnNode(INVOKESTATIC, "java/lang/Float", "floatToRawIntBits", "(F)I"));
                    code.add(new InsnNode(I2L));
                }
                case Type.DOUBLE -> code.add(
                    new MethodInsnNode(INVOKESTATIC, "java/lang/Double", "doubleToRawLongBits", "(D)J"));
                case Type.LONG, Type.OBJECT, Type.ARRAY -> { }
                default -> code.add(new InsnNode(I2L));
            }
            code.add(new InsnNode(isReference() ? AASTORE : LASTORE));
        }

        /** Appends the load of the saved value back into its local variable. */
        void restore(InsnList code) {
            if (isReference() && type.getInternalName().equals(NULL_TYPE)) {
                code.add(new InsnNode(ACONST_NULL));
                code.add(new VarInsnNode(ASTORE, index));
                return;
            }
            code.add(new VarInsnNode(ALOAD, 0));
            code.add(savedLocals(isReference()));
            code.add(new LdcInsnNode(index));
            code.add(new InsnNode(isReference() ? AALOAD : LALOAD));
            switch (type.getSort()) {
                case Type.FLOAT -> {
                    code.add(new InsnNode(L2I));
                    code.add(new MethodInsnNode(INVOKESTATIC, "java/lang/Float", "intBitsToFloat", "(I)F"));
                }
                case Type.DOUBLE -> code.add(
                    new MethodInsnNode(INVOKESTATIC, "java/lang/Double", "longBitsToDouble", "(J)D"));
                case Type.LONG -> { }
                case Type.OBJECT, Type.ARRAY -> {
                    if (!type.getInternalName().equals(OBJECT)) {
                        code.add(new TypeInsnNode(CHECKCAST, type.getInternalName()));
                    }
                }
                default -> code.add(new InsnNode(L2I));
            }
            code.add(new VarInsnNode(type.getOpcode(ISTORE), index));
        }
    }

    /** {@code getfield references} or {@code getfield primitives}: one of the machine's two arrays of locals. */
    private static FieldInsnNode savedLocals(boolean references) {
        return references ? new FieldInsnNode(GETFIELD, COMPILED_BODY, "references", "[Ljava/lang/Object;")
                          : new FieldInsnNode(GETFIELD, COMPILED_BODY, "primitives", "[J");
    }

    /** The rewriting of one lambda method: checks its shape, then writes the machine's class. */
    private static final class Rewrite {
        private final Class<?> host;
        private final ClassNode hostNode;
        private final MethodNode method;
        private final boolean coroutine;
        private final int yielderSlot;
        private final List<Slot> parameterSlots;
        private final List<MethodInsnNode> yields = new ArrayList<>();
        private final List<List<Slot>> liveAtYield = new ArrayList<>();
        /** The lambdas written inside the body, by name and descriptor: copied into the machine as they are. */
        private final Map<String, MethodNode> innerLambdas = new java.util.LinkedHashMap<>();
        /** The machine's class name, once {@link #define} has chosen it. */
        private String machineName;

        private Rewrite(Class<?> host, ClassNode hostNode, MethodNode method, boolean isStatic) {
            this.host = host;
            this.hostNode = hostNode;
            this.method = method;
            List<Slot> parameters = new ArrayList<>();
            int slot = 1;   // the machine's slot 0 is the machine itself: the body's slot n becomes n + 1
            if (!isStatic) {
                parameters.add(new Slot(slot++, Type.getObjectType(hostNode.name)));
            }
            for (Type parameter : Type.getArgumentTypes(method.desc)) {
                parameters.add(new Slot(slot, parameter));
                slot += parameter.getSize();
            }
            Slot out = parameters.remove(parameters.size() - 1);
            this.parameterSlots = parameters;
            this.yielderSlot = out.index() - 1;
            this.coroutine = out.type().getInternalName().equals(COROUTINE_YIELDER);
        }

        static Optional<Rewrite> of(Class<?> lambdaClass, SerializedLambda lambda)
                throws IOException, ClassNotFoundException, AnalyzerException {
            int kind = lambda.getImplMethodKind();
            boolean isStatic = kind == MethodHandleInfo.REF_invokeStatic;
            if (!isStatic && kind != MethodHandleInfo.REF_invokeVirtual && kind != MethodHandleInfo.REF_invokeSpecial) {
                return Optional.empty();
            }
            ClassLoader loader = lambdaClass.getClassLoader();
            Class<?> host = Class.forName(lambda.getImplClass().replace('/', '.'), false, loader);
            ClassNode hostNode = readClass(host);
            if (hostNode == null) {
                return Optional.empty();
            }
            MethodNode method = hostNode.methods.stream()
                .filter(m -> m.name.equals(lambda.getImplMethodName()) && m.desc.equals(lambda.getImplMethodSignature()))
                .findFirst().orElse(null);
            Type[] parameters = method == null ? new Type[0] : Type.getArgumentTypes(method.desc);
            if (method == null || (method.access & ACC_ABSTRACT) != 0 || parameters.length == 0
                    || Type.getReturnType(method.desc) != Type.VOID_TYPE
                    || !Set.of(YIELDER, COROUTINE_YIELDER).contains(parameters[parameters.length - 1].getInternalName())) {
                return Optional.empty();
            }
            Rewrite rewrite = new Rewrite(host, hostNode, method, isStatic);
            return rewrite.analyse() ? Optional.of(rewrite) : Optional.empty();
        }

        private static ClassNode readClass(Class<?> host) throws IOException {
            byte[] bytes = classFile(host);
            if (bytes == null) {
                return null;
            }
            ClassNode node = new ClassNode();
            new ClassReader(bytes).accept(node, ClassReader.SKIP_FRAMES);
            return node;
        }

        /**
         * The class file of {@code host}: from its class loader, or, for a notebook cell (JJava's class loader
         * serves none), from the course kernel's agent, which keeps them ({@code CellClassFiles}).
         */
        private static byte[] classFile(Class<?> host) throws IOException {
            ClassLoader loader = host.getClassLoader();
            String resource = host.getName().replace('.', '/') + ".class";
            try (InputStream in = loader == null ? ClassLoader.getSystemResourceAsStream(resource)
                                                 : loader.getResourceAsStream(resource)) {
                if (in != null) {
                    return in.readAllBytes();
                }
            }
            try {
                Class<?> kept = Class.forName(KERNEL_CLASS_FILES, true, ClassLoader.getSystemClassLoader());
                return (byte[]) kept.getMethod("classFile", Class.class).invoke(null, host);
            } catch (ClassNotFoundException notInTheKernel) {
                return null;
            } catch (ReflectiveOperationException unexpected) {
                throw new IOException(KERNEL_CLASS_FILES + " 不可用", unexpected);
            }
        }

        /** Finds the yields, checks the body's shape, and records the locals' types at each yield. */
        private boolean analyse() throws AnalyzerException {
            Frame<SourceValue>[] sources = new Analyzer<>(new SourceInterpreter()).analyze(hostNode.name, method);
            Set<AbstractInsnNode> yielderLoads = new HashSet<>();
            for (AbstractInsnNode insn : method.instructions) {
                int opcode = insn.getOpcode();
                if (opcode == MONITORENTER || opcode == JSR
                        || (opcode == INVOKESPECIAL && !((MethodInsnNode) insn).name.equals("<init>"))) {
                    return false;
                }
                if (insn instanceof VarInsnNode local && local.var == yielderSlot) {
                    if (opcode != ALOAD) {
                        return false;   // out is overwritten
                    }
                    yielderLoads.add(insn);
                } else if (insn instanceof IincInsnNode increment && increment.var == yielderSlot) {
                    return false;
                } else if (insn instanceof MethodInsnNode call && (isYield(call) || isYieldFrom(call))) {
                    Frame<SourceValue> before = sources[method.instructions.indexOf(insn)];
                    if (before == null) {
                        continue;   // unreachable code: left as it is
                    }
                    if (before.getStackSize() != 2) {
                        return false;   // an enclosing expression's values are on the stack
                    }
                    Set<AbstractInsnNode> receiver = before.getStack(0).insns;
                    if (receiver.size() != 1 || !(receiver.iterator().next() instanceof VarInsnNode load)
                            || load.var != yielderSlot) {
                        return false;
                    }
                    yields.add(call);
                }
            }
            Set<AbstractInsnNode> receivers = yields.stream()
                .map(call -> sources[method.instructions.indexOf(call)].getStack(0).insns.iterator().next())
                .collect(Collectors.toSet());
            if (!receivers.containsAll(yielderLoads)) {
                return false;   // out is used for something other than yield: passed on, stored...
            }
            if (usesMembersOnlyItsOwnClassMayUse()) {
                return false;
            }
            recordLiveLocals();
            return true;
        }

        /**
         * Whether the body uses a member that the machine, a class of the same package that is not the body's own
         * class nor a nestmate of it, could not: a private one, or a protected one declared in another package.
         * A lambda inside the body is fine if its code (a private static method of the class) passes the same
         * test: that method is copied into the machine ({@link #innerLambdas}).
         */
        private boolean usesMembersOnlyItsOwnClassMayUse() {
            return !onlyReachableMembers(method);
        }

        private boolean onlyReachableMembers(MethodNode code) {
            for (AbstractInsnNode insn : code.instructions) {
                List<Handle> references = new ArrayList<>();
                if (insn instanceof FieldInsnNode field) {
                    references.add(new Handle(H_GETFIELD, field.owner, field.name, field.desc, false));
                } else if (insn instanceof MethodInsnNode call && !yields.contains(call)) {
                    references.add(new Handle(H_INVOKEVIRTUAL, call.owner, call.name, call.desc, call.itf));
                } else if (insn instanceof InvokeDynamicInsnNode dynamic) {
                    references.add(dynamic.bsm);
                    for (Object argument : dynamic.bsmArgs) {
                        if (argument instanceof Handle handle && !copiedInnerLambda(handle)) {
                            references.add(handle);
                        }
                    }
                } else if (insn instanceof LdcInsnNode constant && constant.cst instanceof Handle handle) {
                    references.add(handle);
                }
                for (Handle reference : references) {
                    if (!reachableFromThePackage(reference)) {
                        return false;
                    }
                }
            }
            return true;
        }

        /**
         * Whether {@code handle} is the code of a lambda written inside the body (a private static synthetic
         * method of the class) that can be copied into the machine, and copies it if so.
         */
        private boolean copiedInnerLambda(Handle handle) {
            if (handle.getTag() != H_INVOKESTATIC || !handle.getOwner().equals(hostNode.name)) {
                return false;
            }
            String key = handle.getName() + handle.getDesc();
            if (innerLambdas.containsKey(key)) {
                return true;
            }
            MethodNode target = hostNode.methods.stream()
                .filter(m -> m.name.equals(handle.getName()) && m.desc.equals(handle.getDesc()))
                .filter(m -> (m.access & (ACC_PRIVATE | ACC_STATIC | ACC_SYNTHETIC))
                    == (ACC_PRIVATE | ACC_STATIC | ACC_SYNTHETIC))
                .findFirst().orElse(null);
            if (target == null || target == method) {
                return false;
            }
            innerLambdas.put(key, target);
            if (!onlyReachableMembers(target)) {
                innerLambdas.remove(key);
                return false;
            }
            return true;
        }

        private boolean reachableFromThePackage(Handle reference) {
            boolean isField = reference.getTag() <= H_PUTSTATIC;
            int access;
            if (reference.getOwner().equals(hostNode.name)) {
                access = (isField ? hostNode.fields.stream().filter(f -> f.name.equals(reference.getName()))
                                      .mapToInt(f -> f.access)
                                  : hostNode.methods.stream().filter(m -> m.name.equals(reference.getName())
                                          && m.desc.equals(reference.getDesc())).mapToInt(m -> m.access))
                    .findFirst().orElse(ACC_PUBLIC);
            } else {
                access = declaredAccess(reference, isField);
            }
            boolean samePackage = packageOf(reference.getOwner()).equals(packageOf(hostNode.name));
            return (access & ACC_PRIVATE) == 0 && ((access & ACC_PROTECTED) == 0 || samePackage);
        }

        /** The access flags of the member as its owner declares it; public if the owner only inherits it. */
        private int declaredAccess(Handle reference, boolean isField) {
            if (reference.getOwner().startsWith("[")) {
                return ACC_PUBLIC;   // an array's clone() or length
            }
            try {
                Class<?> owner = Class.forName(reference.getOwner().replace('/', '.'), false, host.getClassLoader());
                if (isField) {
                    for (java.lang.reflect.Field field : owner.getDeclaredFields()) {
                        if (field.getName().equals(reference.getName())) {
                            return field.getModifiers();
                        }
                    }
                } else if (reference.getName().equals("<init>")) {
                    for (java.lang.reflect.Constructor<?> constructor : owner.getDeclaredConstructors()) {
                        if (Type.getConstructorDescriptor(constructor).equals(reference.getDesc())) {
                            return constructor.getModifiers();
                        }
                    }
                } else {
                    for (Method declared : owner.getDeclaredMethods()) {
                        if (declared.getName().equals(reference.getName())
                                && Type.getMethodDescriptor(declared).equals(reference.getDesc())) {
                            return declared.getModifiers();
                        }
                    }
                }
                return ACC_PUBLIC;
            } catch (ClassNotFoundException | LinkageError unknown) {
                return ACC_PRIVATE;   // cannot tell: treat it as out of reach
            }
        }

        private static String packageOf(String internalName) {
            int slash = internalName.lastIndexOf('/');
            return slash < 0 ? "" : internalName.substring(0, slash);
        }

        private boolean isYieldFrom(MethodInsnNode call) {
            return !coroutine && call.name.equals(YIELD_FROM) && call.owner.equals(YIELDER);
        }

        private boolean isYield(MethodInsnNode call) {
            return call.name.equals(YIELD) && call.owner.equals(coroutine ? COROUTINE_YIELDER : YIELDER);
        }

        private void recordLiveLocals() throws AnalyzerException {
            SimpleVerifier verifier = new SimpleVerifier(Type.getObjectType(hostNode.name),
                hostNode.superName == null ? null : Type.getObjectType(hostNode.superName),
                hostNode.interfaces.stream().map(Type::getObjectType).toList(),
                (hostNode.access & ACC_INTERFACE) != 0);
            verifier.setClassLoader(host.getClassLoader());
            Frame<BasicValue>[] frames = new Analyzer<>(verifier).analyze(hostNode.name, method);
            for (MethodInsnNode call : yields) {
                Frame<BasicValue> before = frames[method.instructions.indexOf(call)];
                List<Slot> live = new ArrayList<>();
                for (int i = 0; i < before.getLocals(); i++) {
                    Type type = before.getLocal(i).getType();
                    if (type != null && i != yielderSlot) {
                        live.add(new Slot(i + 1, type));
                    }
                }
                liveAtYield.add(live);
            }
        }

        /** Writes the machine's class, defines it next to the lambda's class, and returns its recipe. */
        Recipe define(Method writeReplace) throws IllegalAccessException, NoSuchMethodException {
            String name = hostNode.name + "$$Generator" + MACHINES_DEFINED.incrementAndGet();
            machineName = name;
            ClassWriter writer = new HostClassWriter(host.getClassLoader());
            writer.visit(Math.max(hostNode.version & 0xFFFF, V17), ACC_FINAL | ACC_SUPER | ACC_SYNTHETIC, name,
                null, COMPILED_BODY, null);
            writer.visitSource(hostNode.sourceFile, null);   // stack traces keep the body's file and line numbers
            writeConstructor(writer);
            MethodNode step = new MethodNode(ACC_PROTECTED, "step", "()Z", null, null);
            writeStep(step);
            step.accept(writer);
            for (MethodNode innerLambda : innerLambdas.values()) {
                copy(innerLambda).accept(writer);
            }
            writer.visitEnd();

            MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(host, MethodHandles.lookup());
            Class<?> machine = lookup.defineClass(writer.toByteArray());
            MethodHandle constructor = lookup.findConstructor(machine,
                    MethodType.methodType(void.class, Object[].class, long[].class))
                .asType(MethodType.methodType(CompiledBody.class, Object[].class, long[].class));
            return new Recipe(writeReplace, constructor, parameterSlots, method.maxLocals + 1,
                !method.tryCatchBlocks.isEmpty());
        }

        private static void writeConstructor(ClassWriter writer) {
            var init = writer.visitMethod(0, "<init>", "([Ljava/lang/Object;[J)V", null, null);
            init.visitCode();
            init.visitVarInsn(ALOAD, 0);
            init.visitVarInsn(ALOAD, 1);
            init.visitVarInsn(ALOAD, 2);
            init.visitMethodInsn(INVOKESPECIAL, COMPILED_BODY, "<init>", "([Ljava/lang/Object;[J)V", false);
            init.visitInsn(RETURN);
            init.visitMaxs(0, 0);
            init.visitEnd();
        }

        /** The jump table, the start, the body's own code with its yields rewritten, and the resume blocks. */
        private void writeStep(MethodNode step) {
            Map<LabelNode, LabelNode> labels = freshLabels(method);
            LabelNode start = new LabelNode();
            LabelNode badResumePoint = new LabelNode();
            List<LabelNode> resumes = new ArrayList<>();
            List<LabelNode> afterYields = new ArrayList<>();
            for (int k = 0; k < yields.size(); k++) {
                resumes.add(new LabelNode());
                afterYields.add(new LabelNode());
            }
            InsnList code = step.instructions;

            code.add(new VarInsnNode(ALOAD, 0));
            code.add(new FieldInsnNode(GETFIELD, COMPILED_BODY, "resumePoint", "I"));
            List<LabelNode> targets = new ArrayList<>(List.of(start));
            targets.addAll(resumes);
            code.add(new TableSwitchInsnNode(0, yields.size(), badResumePoint, targets.toArray(LabelNode[]::new)));

            code.add(start);
            parameterSlots.forEach(slot -> slot.restore(code));
            clearYielder(code);

            for (AbstractInsnNode insn : method.instructions) {
                int k = insn instanceof MethodInsnNode call ? yields.indexOf(call) : -1;
                if (k >= 0) {
                    writeYield(code, k + 1, liveAtYield.get(k), afterYields.get(k));
                } else if (insn.getOpcode() == RETURN) {
                    code.add(new InsnNode(ICONST_1));
                    code.add(new InsnNode(IRETURN));
                } else if (!(insn instanceof FrameNode)) {
                    AbstractInsnNode copy = copyOf(insn, labels);
                    if (copy instanceof VarInsnNode local) {
                        local.var++;
                    } else if (copy instanceof IincInsnNode increment) {
                        increment.var++;
                    }
                    code.add(copy);
                }
            }

            for (int k = 0; k < yields.size(); k++) {
                code.add(resumes.get(k));
                liveAtYield.get(k).forEach(slot -> slot.restore(code));
                clearYielder(code);
                code.add(new JumpInsnNode(GOTO, afterYields.get(k)));
            }
            code.add(badResumePoint);
            code.add(new TypeInsnNode(NEW, "java/lang/IllegalStateException"));
            code.add(new InsnNode(DUP));
            code.add(new MethodInsnNode(INVOKESPECIAL, "java/lang/IllegalStateException", "<init>", "()V"));
            code.add(new InsnNode(ATHROW));

            copyTryCatchBlocks(method, labels, step);
        }

        /** An inner lambda's method, copied unchanged but for its own inner lambdas, which now live next to it. */
        private MethodNode copy(MethodNode innerLambda) {
            MethodNode copy = new MethodNode(innerLambda.access, innerLambda.name, innerLambda.desc,
                innerLambda.signature, innerLambda.exceptions.toArray(String[]::new));
            Map<LabelNode, LabelNode> labels = freshLabels(innerLambda);
            for (AbstractInsnNode insn : innerLambda.instructions) {
                if (!(insn instanceof FrameNode)) {
                    copy.instructions.add(copyOf(insn, labels));
                }
            }
            copyTryCatchBlocks(innerLambda, labels, copy);
            return copy;
        }

        /** A new label for each label of {@code code}, for copying its instructions. */
        private static Map<LabelNode, LabelNode> freshLabels(MethodNode code) {
            Map<LabelNode, LabelNode> labels = new HashMap<>();
            for (AbstractInsnNode insn : code.instructions) {
                if (insn instanceof LabelNode label) {
                    labels.put(label, new LabelNode());
                }
            }
            return labels;
        }

        private static void copyTryCatchBlocks(MethodNode from, Map<LabelNode, LabelNode> labels, MethodNode to) {
            for (TryCatchBlockNode block : from.tryCatchBlocks) {
                to.tryCatchBlocks.add(new TryCatchBlockNode(labels.get(block.start), labels.get(block.end),
                    labels.get(block.handler), block.type));
            }
        }

        /**
         * A copy of {@code insn} for the machine; an invokedynamic that creates an inner lambda uses the machine's
         * copy of the lambda's method. (ASM's clone shares the bootstrap arguments, so they are copied first.)
         */
        private AbstractInsnNode copyOf(AbstractInsnNode insn, Map<LabelNode, LabelNode> labels) {
            if (!(insn instanceof InvokeDynamicInsnNode dynamic)) {
                return insn.clone(labels);
            }
            Object[] arguments = dynamic.bsmArgs.clone();
            for (int i = 0; i < arguments.length; i++) {
                if (arguments[i] instanceof Handle handle && handle.getTag() == H_INVOKESTATIC
                        && handle.getOwner().equals(hostNode.name)
                        && innerLambdas.containsKey(handle.getName() + handle.getDesc())) {
                    arguments[i] = new Handle(H_INVOKESTATIC, machineName, handle.getName(), handle.getDesc(), false);
                }
            }
            return new InvokeDynamicInsnNode(dynamic.name, dynamic.desc, dynamic.bsm, arguments);
        }

        /** {@code out = null}: the body only loads {@code out} to call yield on it, and those calls are rewritten. */
        private void clearYielder(InsnList code) {
            code.add(new InsnNode(ACONST_NULL));
            code.add(new VarInsnNode(ASTORE, yielderSlot + 1));
        }

        /** {@code out.yield(v)} (stack: out, v) becomes pause(v), save the locals, return false; then resume. */
        private void writeYield(InsnList code, int resumePoint, List<Slot> live, LabelNode afterYield) {
            code.add(new InsnNode(SWAP));
            code.add(new InsnNode(POP));
            code.add(new VarInsnNode(ALOAD, 0));
            code.add(new InsnNode(SWAP));
            if (isYieldFrom(yields.get(resumePoint - 1))) {
                code.add(new MethodInsnNode(INVOKEVIRTUAL, COMPILED_BODY, "delegate", "(Ljava/lang/Iterable;)V"));
            } else {
                code.add(new MethodInsnNode(INVOKEVIRTUAL, COMPILED_BODY, "pause", "(Ljava/lang/Object;)V"));
            }
            live.forEach(slot -> slot.save(code));
            code.add(new VarInsnNode(ALOAD, 0));
            code.add(new LdcInsnNode(resumePoint));
            code.add(new FieldInsnNode(PUTFIELD, COMPILED_BODY, "resumePoint", "I"));
            code.add(new InsnNode(ICONST_0));
            code.add(new InsnNode(IRETURN));
            code.add(afterYield);
            code.add(new VarInsnNode(ALOAD, 0));
            code.add(new MethodInsnNode(INVOKEVIRTUAL, COMPILED_BODY, "resumed", "()Ljava/lang/Object;"));
            if (!coroutine) {
                code.add(new InsnNode(POP));
            }
        }
    }

    /** Computes stack map frames with the lambda's own class loader, which knows the body's types. */
    private static final class HostClassWriter extends ClassWriter {
        private final ClassLoader loader;

        HostClassWriter(ClassLoader loader) {
            super(COMPUTE_FRAMES);
            this.loader = loader;
        }

        @Override
        protected ClassLoader getClassLoader() {
            return loader;
        }
    }
}
