import edu.pyjava.generators.Backend;
import edu.pyjava.generators.Coroutine;
import edu.pyjava.generators.Generator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * Measures the helper jar's generators and coroutines on the workloads of benchmarks/generators.py, which
 * launches it (as a single-file source program) and compares with CPython. Prints one line per workload:
 * {@code RESULT <workload> <backend> <million steps per second>}, the median of several timed rounds after
 * warm-up. The backend is the one that ran the workload's generator: pass -Dedu.pyjava.generators.backend=... to
 * force one.
 */
public class GeneratorBenchmark {

    /** Seconds spent warming up each workload (long enough for C2 to compile the hot loop). */
    private static final double WARMUP_SECONDS = Double.parseDouble(System.getProperty("warmup", "1.0"));
    private static final double ROUND_SECONDS = Double.parseDouble(System.getProperty("round", "0.25"));
    private static final int ROUNDS = Integer.getInteger("rounds", 5);

    /** Keeps results alive so the JIT cannot drop the work. */
    private static long sink;

    // Python: def fibonacci(n): a, b, counter = 0, 1, 0; while True: if counter > n: return; yield a; ...
    static Generator<Long> fibonacci(int n) {
        return Generator.of(out -> {
            long a = 0, b = 1;
            for (int counter = 0; counter <= n; counter++) {
                out.yield(a);
                long next = a + b;
                a = b;
                b = next;
            }
        });
    }

    // Python: def consumer(): r = ''; while True: n = yield r; if not n: return; r = '200 OK'
    static Coroutine<Integer, String> consumer() {
        return Coroutine.of(self -> {
            String r = "";
            while (true) {
                Integer n = self.yield(r);
                if (n == null || n == 0) {
                    return;
                }
                r = "200 OK";
            }
        });
    }

    /** fibonacci(90) over and over, all 91 values each time: counts values. */
    static long fibonacciNext(long budget) {
        long values = 0;
        while (values < budget) {
            for (Generator<Long> f = fibonacci(90); f.hasNext(); values++) {
                sink += f.next();
            }
        }
        return values;
    }

    /** One endless generator, next() only: counts values. */
    static LongSupplier countingNext() {
        Generator<Long> counter = Generator.of(out -> {
            for (long i = 0; ; i++) {
                out.yield(i);
            }
        });
        return () -> {
            for (int i = 0; i < 10_000; i++) {
                sink += counter.next();
            }
            return 10_000;
        };
    }

    /** The seed's consumer, fed 1, 2, 3, ... with send(): counts sends. */
    static LongSupplier consumerSend() {
        Coroutine<Integer, String> c = consumer();
        c.send(null);
        int[] n = {0};
        return () -> {
            for (int i = 0; i < 10_000; i++) {
                n[0] = n[0] == 1_000_000 ? 1 : n[0] + 1;
                sink += c.send(n[0]).length();
            }
            return 10_000;
        };
    }

    /** Runs batches until {@code seconds} have passed; returns million steps per second. */
    static double measure(LongSupplier batch, double seconds) {
        long deadline = (long) (seconds * 1e9);
        long steps = 0;
        long start = System.nanoTime();
        long elapsed;
        do {
            steps += batch.getAsLong();
            elapsed = System.nanoTime() - start;
        } while (elapsed < deadline);
        return steps / (elapsed / 1e9) / 1e6;
    }

    static void run(String workload, Backend backend, LongSupplier batch) {
        measure(batch, WARMUP_SECONDS);
        List<Double> rates = new ArrayList<>();
        for (int i = 0; i < ROUNDS; i++) {
            rates.add(measure(batch, ROUND_SECONDS));
        }
        Collections.sort(rates);
        System.out.printf("RESULT %s %s %.3f%n", workload, backend, rates.get(rates.size() / 2));
    }

    public static void main(String[] args) {
        run("fibonacci_next", fibonacci(1).backend(), () -> fibonacciNext(10_000));
        run("counter_next", Generator.of(out -> out.yield(0)).backend(), countingNext());
        run("consumer_send", consumer().backend(), consumerSend());
        System.out.println("SINK " + (sink & 1));
    }
}
