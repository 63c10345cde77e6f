/**
 * Rich display in the notebook: what a cell's last expression looks like.
 *
 * <p>Serves the whole course (seed point 1 onwards): a Tablesaw {@link tech.tablesaw.api.Table} left as the last
 * expression of a cell shows as an HTML table, the way a pandas {@code DataFrame} does in IPython.
 * {@link edu.pyjava.display.NotebookDisplay} registers the renderers with the JJava kernel when the kernel
 * loads this jar; {@link edu.pyjava.display.HtmlTable} does the rendering and can be used on its own.
 */
package edu.pyjava.display;
