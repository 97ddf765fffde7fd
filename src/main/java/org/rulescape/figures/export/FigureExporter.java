package org.rulescape.figures.export;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

import com.orsonpdf.PDFDocument;
import com.orsonpdf.PDFGraphics2D;
import com.orsonpdf.PDFHints;
import com.orsonpdf.Page;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUnits;
import org.jfree.svg.ViewBox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Draws a chart for print as PNG, SVG or PDF. The chart is copied and restyled by
 * {@link PrintStyle} first, so the chart on screen never changes. Every format draws the same
 * vector scene in a space of 72 units per inch: PNG scales that space by DPI / 72 (no bitmap is
 * upscaled), SVG is sized in points, and PDF has one page of exactly the figure size.
 *
 * <p>Thread use: {@link #export} may run on any thread, provided nothing changes the chart
 * while it is copied. In the workbench, copy with {@link ChartCopies#copy} on the FX thread and
 * export the copy in the background.
 */
public final class FigureExporter {
    private static final Logger LOG = LoggerFactory.getLogger(FigureExporter.class);

    private FigureExporter() {
    }

    /**
     * Writes {@code chart} to {@code file} atomically.
     *
     * @throws UnwritableFolderException naming the folder when it cannot be created or written
     * @throws IOException               naming the file when encoding or writing fails
     */
    public static void export(JFreeChart chart, Path file, FigureFormat format, FigureSize size)
            throws IOException {
        byte[] bytes = render(chart, format, size);
        ExportFiles.write(file, bytes);
        LOG.info("Exported figure {} ({}, {} x {} in, {} bytes)", file, format,
                size.widthInches(), size.heightInches(), bytes.length);
    }

    /** Renders {@code chart} in {@code format} and returns the file content. */
    public static byte[] render(JFreeChart chart, FigureFormat format, FigureSize size) {
        JFreeChart print = PrintStyle.printCopy(chart, size.fontSize());
        // The chart padding is half the type size on each side.
        TitleFit.fitToWidth(print, size.widthPoints() - size.fontSize() - 2);
        return switch (format) {
            case PNG -> renderPng(print, size);
            case SVG -> renderSvg(print, size);
            case PDF -> renderPdf(print, size);
        };
    }

    /** The drawing area in points. */
    private static Rectangle2D area(FigureSize size) {
        return new Rectangle2D.Double(0, 0, size.widthPoints(), size.heightPoints());
    }

    private static byte[] renderPng(JFreeChart chart, FigureSize size) {
        BufferedImage image = new BufferedImage(size.widthPixels(), size.heightPixels(),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        try {
            g2.setColor(Color.WHITE);
            g2.fillRect(0, 0, image.getWidth(), image.getHeight());
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g2.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            // Pixels per point, so that the point-sized scene fills exactly width x DPI pixels.
            g2.scale(image.getWidth() / size.widthPoints(), image.getHeight() / size.heightPoints());
            chart.draw(g2, area(size));
        } finally {
            g2.dispose();
        }
        return encodePng(image, size.dpi());
    }

    /** Encodes a PNG whose pHYs chunk records the DPI, so that LaTeX and Word place it at print size. */
    private static byte[] encodePng(BufferedImage image, int dpi) {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
        if (!writers.hasNext()) {
            throw new IllegalStateException("this Java runtime has no PNG image writer");
        }
        ImageWriter writer = writers.next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            IIOMetadata metadata = writer.getDefaultImageMetadata(
                    ImageTypeSpecifier.createFromRenderedImage(image), param);
            addResolution(metadata, dpi);
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, metadata), param);
        } catch (IOException e) {
            throw new UncheckedIOException("PNG encoding failed", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static void addResolution(IIOMetadata metadata, int dpi) throws IIOInvalidTreeException {
        String pixelsPerMeter = Long.toString(Math.round(dpi / 0.0254));
        IIOMetadataNode physical = new IIOMetadataNode("pHYs");
        physical.setAttribute("pixelsPerUnitXAxis", pixelsPerMeter);
        physical.setAttribute("pixelsPerUnitYAxis", pixelsPerMeter);
        physical.setAttribute("unitSpecifier", "meter");
        IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
        root.appendChild(physical);
        metadata.mergeTree("javax_imageio_png_1.0", root);
    }

    private static byte[] renderSvg(JFreeChart chart, FigureSize size) {
        SVGGraphics2D g2 = new SVGGraphics2D(size.widthPoints(), size.heightPoints(), SVGUnits.PT);
        chart.setElementHinting(true);
        chart.draw(g2, area(size));
        // The view box maps the point-sized drawing onto the width and height given in pt. There
        // is no DOCTYPE, so that XML parsers do not try to fetch the SVG 1.0 DTD from the network.
        ViewBox viewBox = new ViewBox(0, 0, size.widthPoints(), size.heightPoints());
        String element = g2.getSVGElement(null, true, viewBox, null, null);
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + element + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] renderPdf(JFreeChart chart, FigureSize size) {
        PDFDocument document = new PDFDocument();
        document.setTitle(chart.getTitle() == null ? "Rulescape figure" : chart.getTitle().getText());
        document.setAuthor("Rulescape");
        Page page = document.createPage(area(size));
        PDFGraphics2D g2 = page.getGraphics2D();
        // Text as outlines: the PDF standard fonts lack Greek letters such as alpha and sigma,
        // and outlined text looks the same in every viewer.
        g2.setRenderingHint(PDFHints.KEY_DRAW_STRING_TYPE, PDFHints.VALUE_DRAW_STRING_TYPE_VECTOR);
        chart.draw(g2, area(size));
        return document.getPDFBytes();
    }

    /** File name {@code stem.ext} for {@code format}, for callers that build names. */
    public static String fileName(String stem, FigureFormat format) {
        return stem + "." + format.extension().toLowerCase(Locale.ROOT);
    }
}
