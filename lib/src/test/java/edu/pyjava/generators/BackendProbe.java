package edu.pyjava.generators;

/**
 * Run by {@link BackendTest} in a JVM without the --add-exports flag: prints what that JVM chose, a compiled
 * generator's values, and those of one that cannot be compiled (its {@code out} goes to another method).
 */
final class BackendProbe {

    private BackendProbe() {
    }

    public static void main(String[] args) {
        Generator<Long> fibonacci = Generator.of(out -> {
            long a = 0, b = 1;
            for (int i = 0; i <= 5; i++) {
                out.yield(a);
                long next = a + b;
                a = b;
                b = next;
            }
        });
        Generator<Integer> delegating = Generator.of(out -> countTo(2, out));
        if (fibonacci.backend() != Backend.STATE_MACHINE || delegating.backend() != Backend.VIRTUAL_THREAD) {
            throw new AssertionError(fibonacci.backend() + " " + delegating.backend());
        }
        System.out.println(Backend.active() + " " + Backend.stackBased() + " " + Backend.CONTINUATION.isAvailable()
            + " " + fibonacci.stream().toList() + " " + delegating.stream().toList());
    }

    private static void countTo(int last, Yielder<Integer> out) {
        for (int i = 0; i <= last; i++) {
            out.yield(i);
        }
    }
}
