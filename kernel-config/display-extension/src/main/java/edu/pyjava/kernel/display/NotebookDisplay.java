package edu.pyjava.kernel.display;

import edu.pyjava.display.Chart;
import edu.pyjava.display.Compare;
import edu.pyjava.display.HtmlTable;
import java.awt.image.BufferedImage;
import java.awt.image.RenderedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.function.Function;
import javax.imageio.ImageIO;
import org.dflib.jjava.jupyter.Extension;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;
import tech.tablesaw.api.Table;

/**
 * Teaches the JJava kernel how this course's values look in a notebook.
 *
 * <p>The kernel finds this class through {@code META-INF/services/org.dflib.jjava.jupyter.Extension} when this jar
 * is on its course class path ({@code JJAVA_CLASSPATH}, beside the helper jar whose types it shows), and calls
 * {@link #install(BaseKernel)} once at start-up. It lives in the kernel, not in the helper jar, because it is built
 * against the JJava jar the kernel runs; the helper jar's {@code edu.pyjava.display} only renders (HTML, SVG) and
 * works without a kernel. After that, as the last
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
        register(renderer, Table.class, MIMEType.TEXT_HTML, html::render, Table::print);
        register(renderer, Compare.class, MIMEType.TEXT_HTML, Compare::toHtml, Compare::toString);
        register(renderer, Chart.class, MIMEType.IMAGE_SVG, Chart::toSvg, Chart::toString);
        // 内核自带的 RenderedImage 渲染器也会输出 PNG，但它的文本副本是带哈希码的 toString()
        register(renderer, BufferedImage.class, MIMEType.IMAGE_PNG, NotebookDisplay::pngBase64,
            image -> "BufferedImage " + image.getWidth() + "×" + image.getHeight());
    }

    /** Shows values of {@code type} as {@code rich}, with a plain-text copy for every other front end. */
    private static <T> void register(Renderer renderer, Class<T> type, MIMEType rich,
                                     Function<T, String> richForm, Function<T, String> textForm) {
        renderer.createRegistration(type)
            .preferring(rich)
            .supporting(MIMEType.TEXT_PLAIN)
            .register((value, context) -> {
                context.renderIfRequested(rich, () -> richForm.apply(value));
                context.renderIfRequested(MIMEType.TEXT_PLAIN, () -> textForm.apply(value));
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
