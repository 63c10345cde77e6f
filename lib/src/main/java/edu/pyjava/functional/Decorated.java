package edu.pyjava.functional;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Applies {@link Logged @Logged} and {@link Timed @Timed} on an interface's methods by wrapping an object in a
 * {@link Proxy}: the nearest Java comes to Python's {@code @decorator} syntax without extra tools.
 *
 * <pre>{@code
 * interface Calculator { @Logged @Timed int add(int a, int b); int sub(int a, int b); }
 * Calculator calc = Decorated.proxy(Calculator.class, new SimpleCalculator(), log::add);
 * calc.add(1, 2)   // = 3, log = [调用 Calculator.add(1, 2), Calculator.add(1, 2) 用时 0.010 ms, Calculator.add(1, 2) 返回 3]
 * calc.sub(5, 1)   // = 4, nothing logged: sub has no annotation
 * }</pre>
 *
 * <p><b>What Java can and cannot decorate.</b> In Python, {@code @d} above a {@code def} REPLACES the function
 * with {@code d(f)}: every caller gets the wrapper. Java has nothing like that:
 * <ul>
 *   <li>An annotation does nothing by itself. It is a label that some code must look for at run time; here that
 *       code is this class, and only calls that go through the proxy see it.</li>
 *   <li>{@link Proxy} can only implement INTERFACES. A class, a final class, a static method or a constructor
 *       cannot be proxied; {@link #proxy} rejects a class with an explanation.</li>
 *   <li>No method or class is changed in place: the original object is untouched, and calls made on it
 *       directly, or from inside it to its own methods ({@code this.add(...)}), are not decorated.</li>
 *   <li>Decorating classes, or methods in place, takes bytecode tools that rewrite or subclass classes when they
 *       are loaded: ByteBuddy, AspectJ, or Spring AOP (which uses such proxies and generated subclasses).</li>
 *   <li>Without any of this, the plain Java way is a higher-order function: see {@link Decorator}.</li>
 * </ul>
 *
 * <p>Annotations are read from the INTERFACE's method (where the caller looks), not from the implementation.
 * When a method has both, {@code @Logged} wraps {@code @Timed}, as if written {@code @logged @timed def f}: the
 * time excludes the logging. {@code equals}, {@code hashCode} and {@code toString} are never decorated.
 */
public final class Decorated {

    private Decorated() {
    }

    /**
     * Wraps {@code target} so that its annotated methods report to {@code System.out}.
     *
     * @param type   the interface to implement, not a class
     * @param target the object that does the work, an instance of {@code type}
     * @param <I>    the interface type
     * @return a proxy implementing {@code type}
     * @see #proxy(Class, Object, Consumer)
     */
    public static <I> I proxy(Class<I> type, I target) {
        return proxy(type, target, System.out::println);
    }

    /**
     * Wraps {@code target} so that calls to its {@link Logged @Logged} and {@link Timed @Timed} interface methods
     * report to {@code out}; other methods pass straight through.
     *
     * @param type   the interface to implement, not a class
     * @param target the object that does the work, an instance of {@code type}
     * @param out    where the lines go, not null
     * @param <I>    the interface type
     * @return a proxy implementing {@code type}
     * @throws IllegalArgumentException if {@code type} is not an interface
     */
    public static <I> I proxy(Class<I> type, I target, Consumer<String> out) {
        Objects.requireNonNull(type, "type 不能为 null");
        Objects.requireNonNull(target, "target 不能为 null");
        Objects.requireNonNull(out, "out 不能为 null");
        if (!type.isInterface()) {
            throw new IllegalArgumentException(type.getSimpleName() + " 是类 (class)，不是接口 (interface)："
                + "java.lang.reflect.Proxy 只能为接口生成代理。装饰类需要字节码工具，如 ByteBuddy、AspectJ 或 Spring AOP");
        }
        InvocationHandler handler = new DecoratingHandler(type.getSimpleName(), target, out);
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
    }

    private record DecoratingHandler(String typeName, Object target, Consumer<String> out)
        implements InvocationHandler {

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            if (method.getDeclaringClass() == Object.class) {
                return objectMethod(proxy, method, args);
            }
            boolean logged = method.isAnnotationPresent(Logged.class);
            boolean timed = method.isAnnotationPresent(Timed.class);
            String call = Decorators.describeCall(typeName + "." + method.getName(), args);
            if (logged) {
                out.accept("调用 " + call);
            }
            long started = System.nanoTime();
            try {
                Object result = callTarget(method, args);
                if (timed) {
                    out.accept(call + " 用时 " + Decorators.millis(System.nanoTime() - started));
                }
                if (logged) {
                    out.accept(call + " 返回 " + result);
                }
                return result;
            } catch (Throwable e) {
                if (timed) {
                    out.accept(call + " 用时 " + Decorators.millis(System.nanoTime() - started));
                }
                if (logged) {
                    out.accept(call + " 抛出 " + Decorators.describe(e));
                }
                throw e;
            }
        }

        private Object callTarget(Method method, Object[] args) throws Throwable {
            try {
                // 接口可能不是 public（例如在 JShell 中声明的接口），需要先允许反射访问
                method.trySetAccessible();
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                // 抛出目标方法自己的异常，而不是反射的包装
                throw e.getCause();
            }
        }

        private Object objectMethod(Object proxy, Method method, Object[] args) {
            return switch (method.getName()) {
                case "equals" -> proxy == args[0];
                case "hashCode" -> System.identityHashCode(proxy);
                default -> "Decorated(" + target + ")";
            };
        }
    }
}
