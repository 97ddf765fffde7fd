package org.rulescape.figures.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.title.LegendTitle;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class FigureExporterTest {

    @TempDir
    Path folder;

    @Test
    void pngSingleColumnIs1050PixelsWide() throws Exception {
        Path file = folder.resolve("figure.png");

        FigureExporter.export(TestCharts.lines(3), file, FigureFormat.PNG, FigureSize.singleColumn());

        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image.getWidth()).isEqualTo(1050);
        assertThat(image.getHeight()).isEqualTo(788);
    }

    @Test
    void pngCustomSizeAndDpi() throws Exception {
        Path file = folder.resolve("custom.png");
        FigureSize size = FigureSize.custom(2.0, 1.5).withDpi(150);

        FigureExporter.export(TestCharts.lines(2), file, FigureFormat.PNG, size);

        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image.getWidth()).isEqualTo(300);
        assertThat(image.getHeight()).isEqualTo(225);
        assertThat(pixelsPerMeter(file)).isEqualTo(Math.round(150 / 0.0254));
    }

    @Test
    void pngLinesAreCrispAtHighDpi() throws Exception {
        // A 1 pt line at 600 DPI is about 8 px wide, with a core of pixels in exactly the series
        // colour. A smoothly upscaled 72 DPI bitmap would blur it into a band of mixed colours.
        Path file = folder.resolve("sharp.png");
        JFreeChart chart = TestCharts.lines(1);
        chart.getXYPlot().getRenderer().setSeriesStroke(0, new BasicStroke(1f));

        FigureExporter.export(chart, file, FigureFormat.PNG, FigureSize.singleColumn().withDpi(600));

        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image.getWidth()).isEqualTo(2100);
        assertThat(countPixels(image, TestCharts.COLORS[0])).isGreaterThan(2000);
    }

    @Test
    void svgParsesWithOnePathPerSeries() throws Exception {
        Path file = folder.resolve("figure.svg");
        JFreeChart chart = TestCharts.lines(4);
        chart.removeLegend();

        FigureExporter.export(chart, file, FigureFormat.SVG, FigureSize.singleColumn());

        Document svg = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
        Element root = svg.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("svg");
        assertThat(root.getAttribute("width")).isEqualTo("252.0pt");
        assertThat(root.getAttribute("height")).isEqualTo("189.0pt");
        NodeList paths = svg.getElementsByTagName("path");
        for (Color color : TestCharts.COLORS) {
            assertThat(countStrokedPaths(paths, color)).as("paths stroked in %s", color).isEqualTo(1);
        }
    }

    @Test
    void pdfHasOnePageOfRequestedSize() throws Exception {
        Path file = folder.resolve("figure.pdf");

        FigureExporter.export(TestCharts.lines(3), file, FigureFormat.PDF, FigureSize.doubleColumn());

        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            PDRectangle page = pdf.getPage(0).getMediaBox();
            assertThat((double) page.getWidth()).isCloseTo(7.0 * 72, within(0.01));
            assertThat((double) page.getHeight()).isCloseTo(3.5 * 72, within(0.01));
        }
    }

    @Test
    void exportLeavesScreenChartUnchanged() throws Exception {
        JFreeChart chart = TestCharts.lines(2);
        chart.getXYPlot().getRenderer().setSeriesStroke(0, new BasicStroke(0.5f));
        Font titleFont = chart.getTitle().getFont();
        Font tickFont = chart.getXYPlot().getDomainAxis().getTickLabelFont();
        var stroke = chart.getXYPlot().getRenderer().getSeriesStroke(0);
        var background = chart.getBackgroundPaint();

        FigureExporter.export(chart, folder.resolve("a.pdf"), FigureFormat.PDF, FigureSize.singleColumn().withFontSize(20));

        assertThat(chart.getTitle().getFont()).isEqualTo(titleFont);
        assertThat(chart.getXYPlot().getDomainAxis().getTickLabelFont()).isEqualTo(tickFont);
        assertThat(chart.getXYPlot().getRenderer().getSeriesStroke(0)).isEqualTo(stroke).isNotNull();
        assertThat(chart.getBackgroundPaint()).isEqualTo(background);
    }

    @Test
    void printCopyIsRestyledAndDetached() {
        JFreeChart chart = TestCharts.lines(2);
        chart.getXYPlot().getRenderer().setSeriesStroke(0, new BasicStroke(0.3f));

        JFreeChart copy = PrintStyle.printCopy(chart, 9f);
        ((XYSeriesCollection) chart.getXYPlot().getDataset()).getSeries(0).add(99, 1.0);

        assertThat(copy.getTitle().getFont().getSize2D()).isEqualTo(10f);
        assertThat(copy.getXYPlot().getDomainAxis().getLabelFont().getSize2D()).isEqualTo(9f);
        assertThat(copy.getXYPlot().getDomainAxis().getTickLabelFont().getSize2D()).isEqualTo(8f);
        assertThat(((BasicStroke) copy.getXYPlot().getRenderer().getSeriesStroke(0)).getLineWidth())
                .isEqualTo(PrintStyle.MIN_SERIES_LINE_POINTS);
        chart.getXYPlot().getRenderer().setSeriesStroke(1, new BasicStroke(3f));
        JFreeChart thick = PrintStyle.printCopy(chart, 9f);
        assertThat(((BasicStroke) thick.getXYPlot().getRenderer().getSeriesStroke(1)).getLineWidth())
                .isCloseTo(1.8f, org.assertj.core.api.Assertions.within(1e-6f));
        assertThat(copy.getXYPlot().getDataset().getItemCount(0)).isEqualTo(6);
        LegendTitle legend = copy.getLegend();
        assertThat(legend.getSources()[0]).isSameAs(copy.getXYPlot());
        assertThat(legend.getItemFont().getSize2D()).isEqualTo(8f);
    }

    @Test
    void unwritableFolderIsNamed() throws Exception {
        Path blocker = Files.writeString(folder.resolve("not-a-folder"), "x");
        Path file = blocker.resolve("figures").resolve("figure.pdf");

        assertThatThrownBy(() -> FigureExporter.export(TestCharts.lines(1), file, FigureFormat.PDF,
                FigureSize.singleColumn()))
                .isInstanceOf(UnwritableFolderException.class)
                .hasMessageContaining(blocker.resolve("figures").toString())
                .hasMessageContaining("choose a writable folder");
        assertThat(blocker).hasContent("x");
    }

    @Test
    void fileInPlaceOfFolderIsNamed() throws Exception {
        Path blocker = Files.writeString(folder.resolve("plain-file"), "x");

        assertThatThrownBy(() -> FigureExporter.export(TestCharts.lines(1), blocker.resolve("f.png"),
                FigureFormat.PNG, FigureSize.singleColumn()))
                .isInstanceOf(UnwritableFolderException.class)
                .hasMessageContaining(blocker.toString())
                .hasMessageContaining("is a file");
    }

    private static long pixelsPerMeter(Path png) throws Exception {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(Files.readAllBytes(png)))) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("png").next();
            reader.setInput(in);
            IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(0).getAsTree("javax_imageio_png_1.0");
            IIOMetadataNode physical = (IIOMetadataNode) root.getElementsByTagName("pHYs").item(0);
            return Long.parseLong(physical.getAttribute("pixelsPerUnitXAxis"));
        }
    }

    private static int countPixels(BufferedImage image, Color color) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == (color.getRGB() & 0xFFFFFF)) {
                    count++;
                }
            }
        }
        return count;
    }

    /** Counts path elements stroked in {@code color}, set on the path or an enclosing group. */
    private static int countStrokedPaths(NodeList paths, Color color) {
        String stroke = "stroke:rgb(" + color.getRed() + "," + color.getGreen() + "," + color.getBlue() + ")";
        int count = 0;
        for (int i = 0; i < paths.getLength(); i++) {
            org.w3c.dom.Node node = paths.item(i);
            while (node instanceof Element element) {
                if (element.getAttribute("style").contains(stroke)) {
                    count++;
                    break;
                }
                node = node.getParentNode();
            }
        }
        return count;
    }
}
