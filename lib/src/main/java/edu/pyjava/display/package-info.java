/**
 * Rich display in the notebook: what a cell's last expression looks like. Serves the whole course (seed point 1
 * onwards) and every notebook's 对比表.
 *
 * <ul>
 *   <li>In the course kernel, a cell's last value of these types shows as HTML or SVG: a Tablesaw
 *       {@link tech.tablesaw.api.Table} as an HTML table (the way a pandas {@code DataFrame} does in IPython), a
 *       {@link edu.pyjava.display.Compare} as a Python-vs-Java table, a {@link edu.pyjava.display.Chart} as SVG.
 *       The kernel's display extension (kernel-config/display-extension) registers these methods with JJava;
 *       this package only renders and works without a kernel.</li>
 *   <li>{@link edu.pyjava.display.Tables} turns a list of records or maps into a {@code Table}, like
 *       {@code pandas.DataFrame(rows)}.</li>
 *   <li>{@link edu.pyjava.display.Chart} draws a bar or line chart as SVG (measurements in notebooks 25 and 26),
 *       like a minimal matplotlib.</li>
 *   <li>{@link edu.pyjava.display.HtmlTable} does the table rendering and can be used on its own.</li>
 * </ul>
 *
 * <p>Everything shown is deterministic: no hash codes, no timestamps.
 */
package edu.pyjava.display;
