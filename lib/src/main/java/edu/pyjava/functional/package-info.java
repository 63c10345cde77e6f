/**
 * Functions as values: decorators, {@code functools.partial}, currying, {@code lru_cache}, and what Java can and
 * cannot decorate.
 *
 * <p>Serves seed points 6 (函数式编程：高阶函数、柯理化、闭包), 7 (lambda 匿名函数，装饰器、functools 偏函数) and
 * 重难点 1 (理解闭包：{@code dec(func)} 返回 {@code in_dec}，以及 {@code @dec} 装饰器).
 *
 * <ul>
 *   <li>{@link edu.pyjava.functional.Function1}, {@link edu.pyjava.functional.Function2},
 *       {@link edu.pyjava.functional.Function3}: {@code java.util.function} types plus {@code curried()},
 *       {@code partial(...)}, {@code memoized()}, {@code andThen(...)}.</li>
 *   <li>{@link edu.pyjava.functional.VarArgsFunction}: Python's {@code def f(*args)}.</li>
 *   <li>{@link edu.pyjava.functional.Decorator} and {@link edu.pyjava.functional.Decorators}: {@code logged},
 *       {@code timed}, {@code retry}, {@code memoize}/{@code lruCache} ({@link edu.pyjava.functional.Memoized}),
 *       the seed's {@code dec}, and {@code Decorator.stack} in the order of stacked {@code @decorators}.</li>
 *   <li>{@link edu.pyjava.functional.Decorated} with {@link edu.pyjava.functional.Logged} and
 *       {@link edu.pyjava.functional.Timed}: annotation-driven decoration of interfaces through
 *       {@link java.lang.reflect.Proxy}, and the limits of that.</li>
 * </ul>
 *
 * <p>What the JDK already has: {@link java.util.function.Function#andThen} and
 * {@link java.util.function.Function#compose} (composition), closures (a lambda captures effectively final local
 * variables), {@code map}/{@code filter}/{@code reduce}/{@code sorted} on {@link java.util.stream.Stream}.
 */
package edu.pyjava.functional;
