/**
 * {@code %timeit} and {@code %%timeit}, as IPython has them: a statement timed in a loop, the loop repeated, the
 * result printed in IPython's words ({@code 10.1 ms ± 52.3 μs per loop (mean ± std. dev. of 7 runs, 10 loops
 * each)}).
 *
 * <ul>
 *   <li>{@link edu.pyjava.kernel.launcher.timing.TimeitOptions} reads {@code -n}, {@code -r} and the code.</li>
 *   <li>{@link edu.pyjava.kernel.launcher.timing.TimeitReport} is the result and its IPython wording.</li>
 * </ul>
 */
package edu.pyjava.kernel.launcher.timing;
