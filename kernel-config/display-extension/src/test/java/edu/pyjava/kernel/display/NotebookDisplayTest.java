package edu.pyjava.kernel.display;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.pyjava.display.Chart;
import edu.pyjava.display.Compare;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

class NotebookDisplayTest {

    private static DisplayData render(Object value) {
        Renderer renderer = new Renderer();
        NotebookDisplay.registerAll(renderer);
        return renderer.render(value);
    }

    @Test
    void tableRendersAsHtmlWithAPlainTextCopy() {
        DisplayData data = render(Table.create("t", IntColumn.create("n", 1)));

        assertTrue(((String) data.getData(MIMEType.TEXT_HTML)).contains("<caption>t</caption>"));
        assertTrue(((String) data.getData(MIMEType.TEXT_PLAIN)).contains("n"));
    }

    @Test
    void compareRendersAsHtml() {
        DisplayData data = render(Compare.of("").row("len(xs)", "xs.size()"));

        String html = (String) data.getData(MIMEType.TEXT_HTML);
        assertTrue(html.contains("<code style=\"white-space:pre\">len(xs)</code>"), html);
        assertEquals("Python: len(xs) | Java: xs.size()\n", data.getData(MIMEType.TEXT_PLAIN));
    }

    @Test
    void bufferedImageRendersAsPngThatDecodesToTheSamePixels() throws Exception {
        BufferedImage image = new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB);
        image.setRGB(2, 1, Color.RED.getRGB());

        DisplayData data = render(image);

        byte[] png = Base64.getDecoder().decode((String) data.getData(MIMEType.IMAGE_PNG));
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(3, decoded.getWidth());
        assertEquals(Color.RED.getRGB(), decoded.getRGB(2, 1));
        assertEquals("BufferedImage 3×2", data.getData(MIMEType.TEXT_PLAIN), "no hash code in the text copy");
    }

    @Test
    void chartRendersAsSvgWithItsNumbersAsText() {
        java.util.LinkedHashMap<String, Integer> counts = new java.util.LinkedHashMap<>();
        counts.put("a", 3);

        DisplayData data = render(Chart.bars("计数", "", counts));

        assertTrue(((String) data.getData(MIMEType.IMAGE_SVG)).startsWith("<svg "));
        assertEquals("计数\na: 3\n", data.getData(MIMEType.TEXT_PLAIN));
    }
}
