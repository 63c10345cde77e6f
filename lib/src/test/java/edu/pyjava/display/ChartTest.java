package edu.pyjava.display;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class ChartTest {

    private static LinkedHashMap<String, Number> timings() {
        LinkedHashMap<String, Number> seconds = new LinkedHashMap<>();
        seconds.put("顺序", 1.0);
        seconds.put("并发 <async>", 0.25);
        return seconds;
    }

    private static Document parse(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    }

    private static double widthOfBar(Document svg, int index) {
        // 第 0 个 rect 是白色背景，柱子从第 1 个开始
        NodeList rects = svg.getElementsByTagName("rect");
        return Double.parseDouble(rects.item(index + 1).getAttributes().getNamedItem("width").getNodeValue());
    }

    @Test
    void barLengthsAreProportionalToTheValues() throws Exception {
        Document svg = parse(Chart.bars("耗时", "秒", timings()).toSvg());

        assertEquals(4.0, widthOfBar(svg, 0) / widthOfBar(svg, 1), 0.01);
    }

    @Test
    void barsKeepTheMapOrderAndEscapeLabels() {
        String svg = Chart.bars("耗时", "秒", timings()).toSvg();

        assertTrue(svg.indexOf(">顺序<") < svg.indexOf(">并发 &lt;async&gt;<"), svg);
    }

    @Test
    void barTextHasOneLinePerBarWithItsUnit() {
        assertEquals("耗时\n顺序: 1 秒\n并发 <async>: 0.25 秒\n", Chart.bars("耗时", "秒", timings()).toString());
    }

    @Test
    void allZeroBarsDrawWithoutDividingByZero() throws Exception {
        LinkedHashMap<String, Integer> zeros = new LinkedHashMap<>();
        zeros.put("a", 0);

        assertEquals(0.0, widthOfBar(parse(Chart.bars("", "", zeros).toSvg()), 0));
    }

    @Test
    void lineIsAWellFormedSvgWithOnePointPerValue() throws Exception {
        Chart chart = Chart.line("堆内存", "轮次", "MiB", List.of(1, 2, 3), List.of(10, 30, 12));

        Document svg = parse(chart.toSvg());
        String points = svg.getElementsByTagName("polyline").item(0).getAttributes()
            .getNamedItem("points").getNodeValue();
        assertEquals(3, points.split(" ").length);
        assertEquals("堆内存（x: 轮次，y: MiB）\n1 → 10\n2 → 30\n3 → 12\n", chart.toString());
    }

    @Test
    void theHighestPointIsDrawnHighest() {
        String svg = Chart.line("", "x", "y", List.of(0, 1, 2), List.of(5, 50, 20)).toSvg();

        Matcher points = Pattern.compile("points=\"([^\"]*)\"").matcher(svg);
        assertTrue(points.find());
        double[] ys = java.util.Arrays.stream(points.group(1).split(" "))
            .mapToDouble(point -> Double.parseDouble(point.split(",")[1])).toArray();
        assertTrue(ys[1] < ys[2] && ys[2] < ys[0], "SVG y grows downwards: " + points.group(1));
    }

    @Test
    void aSinglePointStillGetsAnAxis() throws Exception {
        parse(Chart.line("", "x", "y", List.of(3), List.of(3)).toSvg());
    }

    @Test
    void badDataIsRejectedWithClearMessages() {
        LinkedHashMap<String, Double> negative = new LinkedHashMap<>();
        negative.put("a", -1.0);
        assertEquals("柱状图的值不能为负数：a = -1.0",
            assertThrows(IllegalArgumentException.class, () -> Chart.bars("", "", negative)).getMessage());
        assertEquals("柱状图至少需要一个值",
            assertThrows(IllegalArgumentException.class, () -> Chart.bars("", "", new LinkedHashMap<>()))
                .getMessage());
        assertEquals("折线图需要至少一个点，且 x 与 y 一样多：x 有 2 个，y 有 1 个",
            assertThrows(IllegalArgumentException.class,
                () -> Chart.line("", "x", "y", List.of(1, 2), List.of(1))).getMessage());
        assertEquals("y[0] 必须是有限的数，而不是 NaN",
            assertThrows(IllegalArgumentException.class,
                () -> Chart.line("", "x", "y", List.of(1), List.of(Double.NaN))).getMessage());
    }
}
