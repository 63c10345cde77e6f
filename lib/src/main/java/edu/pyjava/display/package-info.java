/**
 * Rich display in the notebook: what a cell's last expression looks like. Serves the whole course (seed point 1
 * onwards) and every notebook's 对比表.
 *
 * <ul>
 *   <li>{@link edu.pyjava.display.NotebookDisplay} registers the renderers with the JJava kernel when the kernel
 *       loads this jar: a Tablesaw {@link tech.tablesaw.api.Table} shows as an HTML table (the way a pandas
 *       {@code DataFrame} does in IPython), a {@link edu.pyjava.display.Compare} as a Python-vs-Java table, a
 *       {@link java.awt.image.BufferedImage} as a PNG picture.</li>
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
