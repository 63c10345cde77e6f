package edu.pyjava.serialization;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidClassException;
import java.io.InvalidObjectException;
import java.io.NotSerializableException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Python's {@code pickle.dumps} / {@code pickle.loads} over Java's own serialization, with the safety net Python
 * lacks: {@code loads} only accepts the classes you name.
 *
 * <pre>{@code
 * record Point(int x, int y) implements java.io.Serializable {}
 * byte[] bytes = Pickle.dumps(new Point(1, 2));
 * Pickle.loads(bytes, Point.class)          // = Point[x=1, y=2]
 * Pickle.loads(bytes, String.class)         // throws UnpicklingException: "…不在允许列表 (allow-list) 中的类 …Point…"
 * }</pre>
 *
 * <h2>Why unpickling untrusted data is dangerous, in both languages</h2>
 * <p>Python's {@code pickle} stream is a small program: an object can say, through {@code __reduce__}, "to rebuild
 * me, call {@code os.system('rm -rf ~')}", and {@code pickle.loads} obeys. The Python documentation says plainly:
 * never unpickle data you do not trust.
 *
 * <p>Java serialization has the same flaw in another shape. The stream names the classes to create, and
 * {@code ObjectInputStream} creates them and runs their {@code readObject} methods <em>before</em> your code sees
 * the result or can check its type. Any serializable class on the classpath can be named, so attackers chain the
 * {@code readObject} / {@code hashCode} / {@code compareTo} methods of ordinary library classes into "gadget
 * chains" that end in running a command (the 2015 Apache Commons Collections attacks), or simply send a
 * hundred nested {@code HashSet}s that take forever to hash. The cast you write after {@code readObject()} comes
 * too late.
 *
 * <p>The JDK's answer (JEP 290) is an {@link ObjectInputFilter} that approves each class <em>before</em> it is
 * created and bounds the stream's depth, references and array sizes. This class installs one: it accepts the
 * classes you pass, the JDK value classes they are commonly built from ({@link #JDK_VALUE_CLASSES}: strings, boxed
 * numbers, {@code BigDecimal}, {@code java.time} values, the common {@code java.util} lists, sets and maps), arrays
 * of those, and nothing else. For data that crosses a trust boundary, prefer a format that carries no class names
 * at all: {@link Json} or protobuf.
 *
 * <p>Records are a good fit: Java rebuilds a record through its canonical constructor, so the record's own
 * validation runs on every {@code loads}.
 */
public final class Pickle {

    /** How deeply objects may nest in a stream (a list of records holding lists is depth 4 or so). */
    public static final int MAX_DEPTH = 20;

    /** How many objects and back-references one stream may hold. */
    public static final long MAX_REFERENCES = 1_000_000;

    /** The longest array a stream may ask {@code loads} to allocate. */
    public static final int MAX_ARRAY_LENGTH = 1_000_000;

    /**
     * The JDK classes {@code loads} always accepts, because they hold plain values and run no code of the
     * stream's choosing. {@code List.of}, {@code Set.of}, {@code Map.of} and {@code Stream.toList()} write a
     * {@code java.util.CollSer} that reads back as an {@code ImmutableCollections} class; every {@code java.time}
     * value writes a {@code java.time.Ser}. Arrays of these and of primitives are accepted too, and so are the
     * {@code Object[]} and {@code Map.Entry[]} that collections allocate before reading their elements (each
     * element is still checked).
     */
    public static final Set<String> JDK_VALUE_CLASSES = Set.of(
        "java.lang.String", "java.lang.Boolean", "java.lang.Character", "java.lang.Number",
        "java.lang.Byte", "java.lang.Short", "java.lang.Integer", "java.lang.Long",
        "java.lang.Float", "java.lang.Double", "java.lang.Enum",
        "java.math.BigInteger", "java.math.BigDecimal",
        "java.time.Ser", "java.time.Duration", "java.time.Instant", "java.time.LocalDate", "java.time.LocalDateTime",
        "java.time.LocalTime", "java.time.MonthDay", "java.time.OffsetDateTime", "java.time.OffsetTime",
        "java.time.Period", "java.time.Year", "java.time.YearMonth", "java.time.ZonedDateTime",
        "java.time.ZoneOffset", "java.time.ZoneRegion",
        "java.util.ArrayList", "java.util.LinkedList", "java.util.ArrayDeque", "java.util.Arrays$ArrayList",
        "java.util.HashMap", "java.util.LinkedHashMap", "java.util.TreeMap",
        "java.util.HashSet", "java.util.LinkedHashSet", "java.util.TreeSet",
        "java.util.CollSer", "java.util.ImmutableCollections$List12", "java.util.ImmutableCollections$ListN",
        "java.util.ImmutableCollections$Set12", "java.util.ImmutableCollections$SetN",
        "java.util.ImmutableCollections$Map1", "java.util.ImmutableCollections$MapN");

    private Pickle() {
    }

    /**
     * Serializes an object graph to bytes, like Python's {@code pickle.dumps(obj)}.
     *
     * @param value the root object, not null; it and everything it refers to must be {@link Serializable}
     * @return the bytes of the Java serialization stream
     * @throws IllegalArgumentException if some object in the graph is not serializable (the message names it)
     */
    public static byte[] dumps(Serializable value) {
        Objects.requireNonNull(value, "Pickle.dumps 的参数不能为 null");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        } catch (NotSerializableException e) {
            throw new IllegalArgumentException("无法序列化：类 " + e.getMessage()
                + " 没有实现 java.io.Serializable（对象图里的每个对象都必须实现它）", e);
        } catch (IOException e) {
            throw new IllegalArgumentException("无法序列化 " + value.getClass().getName() + "：" + e.getMessage(), e);
        }
        return bytes.toByteArray();
    }

    /**
     * Reads back what {@link #dumps} wrote, like Python's {@code pickle.loads(data)}, but accepts only the named
     * classes, the {@link #JDK_VALUE_CLASSES} and arrays of them.
     *
     * @param data the bytes, not null
     * @param type the class the root object must have; it is allowed automatically
     * @param alsoAllowed further classes the graph may contain, e.g. the record type inside a list
     * @param <T> the root object's type
     * @return the rebuilt object
     * @throws UnpicklingException if the stream names a class that is not allowed (the message names it), breaks
     *     a limit ({@link #MAX_DEPTH}, {@link #MAX_REFERENCES}, {@link #MAX_ARRAY_LENGTH}), is corrupt, or holds
     *     an object of another type than {@code type}
     */
    public static <T> T loads(byte[] data, Class<T> type, Class<?>... alsoAllowed) {
        Objects.requireNonNull(data, "Pickle.loads 的 data 不能为 null");
        Objects.requireNonNull(type, "Pickle.loads 的 type 不能为 null：请说明期望得到的类，例如 Student.class");
        Objects.requireNonNull(alsoAllowed, "Pickle.loads 的 alsoAllowed 不能为 null");
        Map<String, Class<?>> allowed = new LinkedHashMap<>();
        allowed.put(type.getName(), type);
        for (Class<?> extra : alsoAllowed) {
            Objects.requireNonNull(extra, "Pickle.loads 的允许类列表里不能有 null");
            allowed.put(extra.getName(), extra);
        }
        AllowListFilter filter = new AllowListFilter(allowed);
        Object result;
        try (ObjectInputStream in = new AllowListInputStream(new ByteArrayInputStream(data), filter)) {
            in.setObjectInputFilter(filter);
            result = in.readObject();
        } catch (InvalidClassException e) {
            String reason = filter.rejection != null ? filter.rejection : e.getMessage();
            throw new UnpicklingException("拒绝反序列化：" + reason, e);
        } catch (InvalidObjectException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new UnpicklingException("数据无效，重建对象时被拒绝：" + cause.getMessage(), e);
        } catch (ClassNotFoundException e) {
            throw new UnpicklingException("拒绝反序列化：找不到类 " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UnpicklingException("数据不是完整的 Java 序列化流，可能已损坏或被截断：" + e, e);
        }
        if (!type.isInstance(result)) {
            throw new UnpicklingException("反序列化得到的是 " + result.getClass().getName()
                + "，不是期望的 " + type.getName(), null);
        }
        return type.cast(result);
    }

    /**
     * Refuses a class name that is not allowed before even loading the class, and resolves the classes the caller
     * named to exactly those {@code Class} objects, so classes defined in a notebook cell (which live in the
     * kernel's own class loader) can be read back too.
     */
    private static final class AllowListInputStream extends ObjectInputStream {
        private final AllowListFilter filter;

        AllowListInputStream(ByteArrayInputStream in, AllowListFilter filter) throws IOException {
            super(in);
            this.filter = filter;
        }

        @Override
        protected Class<?> resolveClass(ObjectStreamClass description) throws IOException, ClassNotFoundException {
            String name = description.getName();
            if (!filter.allowsName(name)) {
                filter.reject(filter.notAllowed(name));
                throw new InvalidClassException(name, "不在允许列表中");
            }
            Class<?> named = filter.namedClass(name);
            return named != null ? named : super.resolveClass(description);
        }
    }

    /** Decides, class by class and before anything is created, whether the stream may go on. */
    private static final class AllowListFilter implements ObjectInputFilter {
        private final Map<String, Class<?>> allowed;
        private String rejection;

        AllowListFilter(Map<String, Class<?>> allowed) {
            this.allowed = allowed;
        }

        @Override
        public Status checkInput(FilterInfo info) {
            if (info.depth() > MAX_DEPTH) {
                return reject("对象嵌套太深，超过了 " + MAX_DEPTH + " 层 (depth)");
            }
            if (info.references() > MAX_REFERENCES) {
                return reject("对象太多，超过了 " + MAX_REFERENCES + " 个引用 (references)");
            }
            if (info.arrayLength() > MAX_ARRAY_LENGTH) {
                return reject("数组长度 " + info.arrayLength() + " 超过了上限 " + MAX_ARRAY_LENGTH);
            }
            Class<?> serialClass = info.serialClass();
            if (serialClass == null) {
                return Status.UNDECIDED;
            }
            Class<?> element = serialClass;
            while (element.isArray()) {
                element = element.getComponentType();
            }
            // List.of 和 HashMap 读数据前先申请 Object[] / Map.Entry[]：这只是分配数组，元素仍逐个检查
            boolean containerArray = serialClass.isArray() && (element == Object.class || element == Map.Entry.class);
            if (element.isPrimitive() || containerArray || isAllowed(element)) {
                return Status.ALLOWED;
            }
            return reject(notAllowed(serialClass.getName()));
        }

        /** Whether a class name from the stream may be loaded at all; the class itself is checked later. */
        boolean allowsName(String name) {
            boolean array = name.startsWith("[");
            String element = name.replaceFirst("^\\[+", "");
            if (array) {
                if (!element.startsWith("L")) {
                    return true; // 基本类型数组，如 [I
                }
                element = element.substring(1, element.length() - 1);
                if (element.equals("java.lang.Object") || element.equals("java.util.Map$Entry")) {
                    return true;
                }
            }
            return allowed.containsKey(element) || JDK_VALUE_CLASSES.contains(element);
        }

        /** The {@code Class} object the caller passed for this name, or an array of it; null for other names. */
        Class<?> namedClass(String name) {
            int dimensions = 0;
            while (name.startsWith("[", dimensions)) {
                dimensions++;
            }
            String element = name;
            if (dimensions > 0) {
                if (!name.startsWith("L", dimensions)) {
                    return null; // 基本类型数组，如 [I，交给 ObjectInputStream
                }
                element = name.substring(dimensions + 1, name.length() - 1);
            }
            Class<?> named = allowed.get(element);
            for (int i = 0; named != null && i < dimensions; i++) {
                named = named.arrayType();
            }
            return named;
        }

        String notAllowed(String className) {
            return "数据里有不在允许列表 (allow-list) 中的类 " + readable(className)
                + "；允许的类：" + allowed.keySet() + " 和 Pickle.JDK_VALUE_CLASSES。"
                + "只有在你信任这份数据的来源时，才把它加进 loads(...) 的参数";
        }

        /** Writes a JVM array name such as {@code [Lcom.example.Point;} the way source code does: {@code Point[]}. */
        private static String readable(String className) {
            int dimensions = 0;
            while (className.startsWith("[", dimensions)) {
                dimensions++;
            }
            if (dimensions == 0 || !className.startsWith("L", dimensions)) {
                return className;
            }
            return className.substring(dimensions + 1, className.length() - 1) + "[]".repeat(dimensions);
        }

        private boolean isAllowed(Class<?> type) {
            if (allowed.get(type.getName()) == type) {
                return true;
            }
            // 只认 JDK 自己的类（由启动类加载器加载），同名的冒牌类不算
            return type.getClassLoader() == null && JDK_VALUE_CLASSES.contains(type.getName());
        }

        Status reject(String reason) {
            if (rejection == null) {
                rejection = reason;
            }
            return Status.REJECTED;
        }
    }
}
