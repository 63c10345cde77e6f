package edu.pyjava.kernel.launcher.timing;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What follows {@code %timeit} (or {@code %%timeit} on its line): IPython's {@code -n N} (loops per run) and
 * {@code -r R} (runs), then the code.
 *
 * <pre>{@code
 * TimeitOptions.parse("-n 10 -r 3 Thread.sleep(1)")
 * // = TimeitOptions[loops=OptionalInt[10], runs=3, code=Thread.sleep(1)]
 * }</pre>
 *
 * @param loops the loops per run, if given; otherwise {@code %timeit} picks enough for 0.2 s
 * @param runs how many runs (IPython's default: 7)
 * @param code the code after the options: the statement, or for {@code %%timeit} the setup
 */
public record TimeitOptions(OptionalInt loops, int runs, String code) {

    /** IPython's number of runs. */
    public static final int DEFAULT_RUNS = 7;

    private static final Pattern OPTION = Pattern.compile("^\\s*-([nr])\\s*(\\d+)(?=\\s|$)");

    /** Checks the numbers. */
    public TimeitOptions {
        if (runs < 1 || loops.orElse(1) < 1) {
            throw new IllegalArgumentException("-n 和 -r 都要是正整数");
        }
    }

    /**
     * Reads the options and the code.
     *
     * @param text what follows the magic's name
     * @return the options
     */
    public static TimeitOptions parse(String text) {
        OptionalInt loops = OptionalInt.empty();
        int runs = DEFAULT_RUNS;
        String rest = text;
        for (Matcher option = OPTION.matcher(rest); option.find(); option = OPTION.matcher(rest)) {
            int value = Integer.parseInt(option.group(2));
            if (option.group(1).equals("n")) {
                loops = OptionalInt.of(value);
            } else {
                runs = value;
            }
            rest = rest.substring(option.end());
        }
        return new TimeitOptions(loops, runs, rest.strip());
    }
}
