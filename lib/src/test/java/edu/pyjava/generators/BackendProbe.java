package edu.pyjava.generators;

/** Run by {@link BackendTest} in a JVM without the --add-exports flag: prints what that JVM chose. */
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
        System.out.println(Backend.active() + " " + Backend.CONTINUATION.isAvailable() + " " + fibonacci.stream().toList());
    }
}
