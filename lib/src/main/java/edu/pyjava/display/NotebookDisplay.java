package edu.pyjava.display;

import org.dflib.jjava.jupyter.Extension;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;
import tech.tablesaw.api.Table;

/**
 * Teaches the JJava kernel how this course's values look in a notebook.
 *
 * <p>The kernel finds this class through {@code META-INF/services/org.dflib.jjava.jupyter.Extension} when the
 * course jar is on its classpath, and calls {@link #install(BaseKernel)} once at start-up. After that a cell
 * whose last expression is a {@link Table} shows an HTML table (with a plain-text copy for consoles and diffs):
 *
 * <pre>{@code
 * Table.create("scores", StringColumn.create("name", "Ann"), IntColumn.create("score", new int[] {90}))
 * // = an HTML table with the caption "scores", a header row (name, score) and one row (Ann, 90)
 * }</pre>
 *
 * <p>Python analog: IPython calls a pandas {@code DataFrame}'s {@code _repr_html_()}.
 */
public final class NotebookDisplay implements Extension {

    /** Creates the extension; the kernel's service loader calls this. */
    public NotebookDisplay() {
    }

    @Override
    public void install(BaseKernel kernel) {
        HtmlTable html = HtmlTable.withRowLimit(HtmlTable.DEFAULT_ROW_LIMIT);
        kernel.getRenderer()
            .createRegistration(Table.class)
            .preferring(MIMEType.TEXT_HTML)
            .supporting(MIMEType.TEXT_PLAIN)
            .register((table, context) -> {
                context.renderIfRequested(MIMEType.TEXT_HTML, (MIMEType type) -> html.render(table));
                context.renderIfRequested(MIMEType.TEXT_PLAIN, (MIMEType type) -> table.print());
            });
    }
}
