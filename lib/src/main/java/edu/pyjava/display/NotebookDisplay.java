package edu.pyjava.display;

import java.awt.image.BufferedImage;
import java.awt.image.RenderedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.dflib.jjava.jupyter.Extension;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;
import tech.tablesaw.api.Table;

/**
 * Teaches the JJava kernel how this course's values look in a notebook.
 *
 * <p>The kernel finds this class through {@code META-INF/services/org.dflib.jjava.jupyter.Extension} when the
 * course jar is on its classpath, and calls {@link #install(BaseKernel)} once at start-up. After that, as the last
 * expression of a cell (or passed to {@code display(...)}):
 *
 * <pre>{@code
 * Table.create("scores", StringColumn.create("name", "Ann"), IntColumn.create("score", new int[] {90}))
 * // = an HTML table with the caption "scores", a header row (name, score) and one row (Ann, 90)
 * Compare.of("长度").row("len(xs)", "xs.size()")
 * // = an HTML table Python | Java with the code in <code>
 * new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB)
 * // = a 200×100 PNG picture (text copy: "BufferedImage 200×100")
 * Chart.bars("耗时", "秒", seconds)
 * // = an SVG bar chart (text copy: one "label: value 秒" line per bar)
 * }</pre>
 *
 * <p>Each value also gets a deterministic plain-text copy, without the hash codes of {@code Object.toString()}.
 * Images are encoded with {@link ImageIO}, which needs no screen, so this works on a headless server.
 * Python analog: IPython calls a value's {@code _repr_html_()} or {@code _repr_png_()}.
 */
public final class NotebookDisplay implements Extension {

    /** Creates the extension; the kernel's service loader calls this. */
    public NotebookDisplay() {
    }

    @Override
    public void install(BaseKernel kernel) {
        registerAll(kernel.getRenderer());
    }

    /**
     * Registers this course's renderers; {@link #install(BaseKernel)} calls it with the kernel's renderer.
     *
     * @param renderer the renderer to extend
     */
    static void registerAll(Renderer renderer) {
        HtmlTable html = HtmlTable.withRowLimit(HtmlTable.DEFAULT_ROW_LIMIT);
        renderer.createRegistration(Table.class)
            .preferring(MIMEType.TEXT_HTML)
            .supporting(MIMEType.TEXT_PLAIN)
            .register((table, context) -> {
                context.renderIfRequested(MIMEType.TEXT_HTML, (MIMEType type) -> html.render(table));
                context.renderIfRequested(MIMEType.TEXT_PLAIN, (MIMEType type) -> table.print());
            });
        renderer.createRegistration(Compare.class)
            .preferring(MIMEType.TEXT_HTML)
            .supporting(MIMEType.TEXT_PLAIN)
            .register((compare, context) -> {
                context.renderIfRequested(MIMEType.TEXT_HTML, (MIMEType type) -> compare.toHtml());
                context.renderIfRequested(MIMEType.TEXT_PLAIN, (MIMEType type) -> compare.toString());
            });
        renderer.createRegistration(Chart.class)
            .preferring(MIMEType.IMAGE_SVG)
            .supporting(MIMEType.TEXT_PLAIN)
            .register((chart, context) -> {
                context.renderIfRequested(MIMEType.IMAGE_SVG, (MIMEType type) -> chart.toSvg());
                context.renderIfRequested(MIMEType.TEXT_PLAIN, (MIMEType type) -> chart.toString());
            });
        // 内核自带的 RenderedImage 渲染器也会输出 PNG，但它的文本副本是带哈希码的 toString()
        renderer.createRegistration(BufferedImage.class)
            .preferring(MIMEType.IMAGE_PNG)
            .supporting(MIMEType.TEXT_PLAIN)
            .register((image, context) -> {
                context.renderIfRequested(MIMEType.IMAGE_PNG, (MIMEType type) -> pngBase64(image));
                context.renderIfRequested(MIMEType.TEXT_PLAIN,
                    (MIMEType type) -> "BufferedImage " + image.getWidth() + "×" + image.getHeight());
            });
    }

    /**
     * Encodes an image as PNG in Base64, the form Jupyter expects for {@code image/png}.
     *
     * @param image the image
     * @return the Base64 text of the PNG bytes
     */
    static String pngBase64(RenderedImage image) {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, "png", png)) {
                throw new IllegalArgumentException("ImageIO 无法把这张图片写成 PNG");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("图片编码为 PNG 失败：" + e.getMessage(), e);
        }
        return Base64.getEncoder().encodeToString(png.toByteArray());
    }
}
