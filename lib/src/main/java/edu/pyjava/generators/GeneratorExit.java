package edu.pyjava.generators;

import java.io.Serial;

/**
 * Raised inside a generator's or coroutine's body, at the yield where it is paused, when it is closed: Python's
 * {@code GeneratorExit}. Its purpose is to run the body's {@code finally} blocks (and {@code close()} of its
 * try-with-resources) before the generator goes away.
 *
 * <pre>{@code
 * List<String> log = new ArrayList<>();
 * Generator<Integer> numbers = Generator.of(out -> {
 *     try { out.yield(1); out.yield(2); }
 *     catch (GeneratorExit e) { log.add("closed at a yield"); throw e; }
 *     finally { log.add("finally"); }
 * });
 * numbers.next();   // = 1
 * numbers.close();
 * log               // = [closed at a yield, finally]
 * }</pre>
 *
 * <p>Like Python's, which derives from {@code BaseException} and not {@code Exception}, it is an {@link Error}: a
 * body's {@code catch (Exception e)} does not swallow it by accident. A body may catch it to clean up, but must
 * then end (return or rethrow): yielding again is an error, as in Python ("generator ignored GeneratorExit"),
 * raised at that yield so the body still unwinds. A body that swallows even that error and yields once more is
 * left paused there for good, and {@code close()} reports the same error to its caller.
 * It carries no stack trace: it is a signal, not a failure.
 */
public final class GeneratorExit extends Error {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Creates the signal; the library raises it, user code has no need to. */
    public GeneratorExit() {
        super("生成器已关闭（GeneratorExit）", null, false, false);
    }
}
