/**
 * Python's generators and coroutines in Java: {@code yield}, {@code next}, {@code send}, {@code close},
 * {@code throw} and {@code yield from}.
 *
 * <p>Serves seed point 5 (生成器 generator，迭代器 Iterator), 重难点 2 (迭代器与生成器: the {@code fibonacci}
 * generator and its {@code next()} loop ending in {@code StopIteration}) and 重难点 3 (异步IO: 协程, the
 * producer/consumer driven by {@code c.send(None)}, {@code c.send(n)} and {@code c.close()}).
 *
 * <pre>{@code
 * Generator<Long> fibonacci = Generator.of(out -> {
 *     long a = 0, b = 1;
 *     for (int i = 0; i <= 10; i++) { out.yield(a); long next = a + b; a = b; b = next; }
 * });
 * fibonacci.stream().toList()   // = [0, 1, 1, 2, 3, 5, 8, 13, 21, 34, 55]
 *
 * Coroutine<Integer, Integer> total = Coroutine.of(self -> { int sum = 0; while (true) sum += self.yield(sum); });
 * total.send(null)              // = 0   (Python: c.send(None) starts it)
 * total.send(5)                 // = 5
 * }</pre>
 *
 * <p>The types:
 * <ul>
 *   <li>{@link edu.pyjava.generators.Generator}: a generator, consumed as an {@code Iterator}, in a for-each loop
 *       or as a {@code Stream}; its body yields through a {@link edu.pyjava.generators.Yielder}.</li>
 *   <li>{@link edu.pyjava.generators.Coroutine}: a generator driven by {@code send}; its body yields and
 *       receives through a {@link edu.pyjava.generators.CoroutineYielder}.</li>
 *   <li>{@link edu.pyjava.generators.GeneratorExit}: what {@code close()} raises inside the body.</li>
 *   <li>{@link edu.pyjava.generators.Backend}: how the body is paused, chosen automatically.</li>
 * </ul>
 *
 * <p>Where the JDK has its own way, prefer it: a plain {@link java.util.Iterator} or
 * {@link java.util.stream.Stream#iterate} for simple sequences, a {@link java.util.concurrent.BlockingQueue}
 * between real threads. These types are for what Java lacks: a loop with local state that pauses at each
 * {@code yield}.
 *
 * <p>Speed: a body lambda is rewritten into a state machine ({@link edu.pyjava.generators.Backend#STATE_MACHINE}:
 * each yield saves the locals and returns), so a step is a method call, several times faster than CPython. A
 * body it cannot rewrite runs on a thread of its own ({@link edu.pyjava.generators.Backend#THREAD}), slower;
 * both behave the same. {@code benchmarks/generators.py} measures the two against CPython.
 */
package edu.pyjava.generators;
