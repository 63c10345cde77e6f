"""The seed's own Python examples, translated with the helper jar, behave the same in the course kernel."""

SEED_PRODUCER_CONSUMER_OUTPUT = "".join(
    f"[PRODUCER] Producing {n}...\n[CONSUMER] Consuming {n}...\n[PRODUCER] Consumer return: 200 OK\n"
    for n in range(1, 6))


def test_set_passline_closure_answers_like_the_corrected_python(kernel):
    defined = kernel.run("""
        Function<Integer, String> setPassline(int passline) {
            return value -> value > passline ? "success" : "failed";
        }
        """)
    assert defined.status == "ok", defined.text

    cell = kernel.run("""
        Function<Integer, String> isPass60 = setPassline(60);
        Function<Integer, String> isPass90 = setPassline(90);
        List.of(isPass60.apply(75), isPass60.apply(59), isPass90.apply(75), isPass90.apply(95))
        """)

    assert (cell.status, cell.text) == ("ok", "[success, failed, failed, success]")


def test_dec_guards_my_sum_like_the_seed_both_as_call_and_as_decoration(kernel):
    cell = kernel.run("""
        import edu.pyjava.functional.*;
        VarArgsFunction<Integer> mySum = args -> Arrays.stream(args).mapToInt(arg -> (Integer) arg).sum();
        mySum = Decorators.dec(mySum);                  // my_sum = dec(my_sum)
        List.of(mySum.apply(1, 2, 3), mySum.apply(), mySum.apply(1, "2"))
        """)

    assert (cell.status, cell.text) == ("ok", "[6, 0, 0]")


def test_fibonacci_generator_prints_the_seeds_sequence(kernel):
    cell = kernel.run("""
        import edu.pyjava.generators.*;
        Generator<Long> fibonacci(int n) {
            return Generator.of(out -> {
                long a = 0, b = 1;
                int counter = 0;
                while (true) {
                    if (counter > n) {
                        return;
                    }
                    out.yield(a);
                    long next = a + b;
                    a = b;
                    b = next;
                    counter += 1;
                }
            });
        }
        Generator<Long> f = fibonacci(10);
        while (true) {
            try {
                System.out.print(f.next() + " ");
            } catch (NoSuchElementException stopIteration) {
                break;
            }
        }
        """)

    assert cell.status == "ok", cell.text
    assert cell.text == "0 1 1 2 3 5 8 13 21 34 55 "


def test_consumer_and_producer_coroutine_print_the_seeds_15_lines(kernel):
    cell = kernel.run("""
        import edu.pyjava.generators.*;
        Coroutine<Integer, String> consumer() {
            return Coroutine.of(self -> {
                String r = "";
                while (true) {
                    Integer n = self.yield(r);
                    if (n == null || n == 0) {
                        return;
                    }
                    System.out.printf("[CONSUMER] Consuming %s...%n", n);
                    r = "200 OK";
                }
            });
        }
        void produce(Coroutine<Integer, String> c) {
            c.send(null);
            int n = 0;
            while (n < 5) {
                n = n + 1;
                System.out.printf("[PRODUCER] Producing %s...%n", n);
                String r = c.send(n);
                System.out.printf("[PRODUCER] Consumer return: %s%n", r);
            }
            c.close();
        }
        produce(consumer());
        """)

    assert cell.status == "ok", cell.text
    assert cell.text == SEED_PRODUCER_CONSUMER_OUTPUT
    assert len(cell.text.splitlines()) == 15
