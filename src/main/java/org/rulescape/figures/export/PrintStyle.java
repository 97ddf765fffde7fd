package org.rulescape.figures.export;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;
import java.util.Collection;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.CategoryTextAnnotation;
import org.jfree.chart.annotations.XYAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.annotations.XYTitleAnnotation;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.AbstractRenderer;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleInsets;
import org.rulescape.figures.ChartStyle;

/**
 * Restyles a chart copy for print: white background, no chart border, type sizes in points
 * derived from one base size, thin axes and grid, flat bars, and series lines scaled from
 * their on-screen width by {@value #SERIES_LINE_SCALE} but at least
 * {@value #MIN_SERIES_LINE_POINTS} pt wide, so that thick and thin lines keep their order.
 * Drawing happens in a coordinate space of 72 units per inch, so every size here is in points
 * at the printed size.
 */
public final class PrintStyle {
    private PrintStyle() {
    }

    /** Thinnest series line in print, in points. */
    public static final float MIN_SERIES_LINE_POINTS = 0.75f;
    /**
     * Print width of a series line per on-screen pixel. The chart factories draw 2 to 3 px lines
     * for charts about 700 px wide, and the same widths in points would look heavy at 3.5 in.
     */
    public static final float SERIES_LINE_SCALE = 0.6f;
    /** Width of axis lines, tick marks and the plot outline, in points. */
    public static final float AXIS_LINE_POINTS = 0.6f;
    /** Width of grid lines, in points. */
    public static final float GRID_LINE_POINTS = 0.4f;

    /**
     * Returns a restyled copy of {@code chart}; the original is not modified.
     *
     * @param fontSize base type size in points (axis labels); see {@link FigureSize#fontSize()}
     */
    public static JFreeChart printCopy(JFreeChart chart, float fontSize) {
        JFreeChart copy = ChartCopies.copy(chart);
        apply(copy, fontSize);
        return copy;
    }

    /** Restyles {@code chart} in place; call it only on a copy. */
    static void apply(JFreeChart chart, float fontSize) {
        Fonts fonts = new Fonts(fontSize);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setBorderVisible(false);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setPadding(new RectangleInsets(fontSize / 2, fontSize / 2, fontSize / 2, fontSize / 2));

        TextTitle title = chart.getTitle();
        if (title != null) {
            title.setFont(fonts.title);
            title.setPaint(Color.BLACK);
            title.setPadding(new RectangleInsets(0, 0, fontSize / 2, 0));
        }
        for (Title subtitle : chart.getSubtitles()) {
            styleTitle(subtitle, fonts);
        }
        stylePlot(chart.getPlot(), fonts);
    }

    private static void styleTitle(Title title, Fonts fonts) {
        if (title instanceof LegendTitle legend) {
            legend.setItemFont(fonts.small);
            legend.setItemPaint(Color.BLACK);
            legend.setBackgroundPaint(Color.WHITE);
            legend.setFrame(BlockBorder.NONE);
        } else if (title instanceof PaintScaleLegend scale) {
            styleAxis(scale.getAxis(), fonts);
            scale.setBackgroundPaint(Color.WHITE);
            scale.setStripWidth(fonts.base);
            if (scale.getAxis() instanceof NumberAxis numbers) {
                // Tick steps chosen for a screen-sized legend crowd a print-sized one.
                numbers.setAutoTickUnitSelection(true);
            }
            scale.setAxisOffset(fonts.base / 4);
            scale.setMargin(new RectangleInsets(0, fonts.base / 2, 0, 0));
        } else if (title instanceof TextTitle text) {
            text.setFont(fonts.small);
            text.setPaint(Color.BLACK);
        }
    }

    private static void stylePlot(Plot plot, Fonts fonts) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlinePaint(Color.DARK_GRAY);
        plot.setOutlineStroke(new BasicStroke(AXIS_LINE_POINTS));
        plot.setNoDataMessageFont(fonts.label);
        if (plot instanceof XYPlot xy) {
            styleXYPlot(xy, fonts);
        } else if (plot instanceof CategoryPlot category) {
            styleCategoryPlot(category, fonts);
        }
    }

    private static void styleXYPlot(XYPlot plot, Fonts fonts) {
        for (XYPlot subplot : ChartCopies.xySubplots(plot)) {
            stylePlot(subplot, fonts);
        }
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setDomainGridlinePaint(ChartStyle.GRID);
        plot.setRangeGridlinePaint(ChartStyle.GRID);
        plot.setDomainGridlineStroke(new BasicStroke(GRID_LINE_POINTS));
        plot.setRangeGridlineStroke(new BasicStroke(GRID_LINE_POINTS));
        for (int i = 0; i < plot.getDomainAxisCount(); i++) {
            styleAxis(plot.getDomainAxis(i), fonts);
        }
        for (int i = 0; i < plot.getRangeAxisCount(); i++) {
            styleAxis(plot.getRangeAxis(i), fonts);
        }
        for (int i = 0; i < plot.getRendererCount(); i++) {
            int series = plot.getDataset(i) == null ? 0 : plot.getDataset(i).getSeriesCount();
            styleRenderer(plot.getRenderer(i), series, fonts);
        }
        for (Layer layer : new Layer[] {Layer.FOREGROUND, Layer.BACKGROUND}) {
            styleMarkers(plot.getDomainMarkers(layer), fonts);
            styleMarkers(plot.getRangeMarkers(layer), fonts);
        }
        for (XYAnnotation annotation : plot.getAnnotations()) {
            if (annotation instanceof XYTextAnnotation text) {
                text.setFont(fonts.small);
            } else if (annotation instanceof XYTitleAnnotation titled) {
                styleTitle(titled.getTitle(), fonts);
            }
        }
    }

    private static void styleCategoryPlot(CategoryPlot plot, Fonts fonts) {
        for (CategoryPlot subplot : ChartCopies.categorySubplots(plot)) {
            stylePlot(subplot, fonts);
        }
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setDomainGridlinePaint(ChartStyle.GRID);
        plot.setRangeGridlinePaint(ChartStyle.GRID);
        plot.setDomainGridlineStroke(new BasicStroke(GRID_LINE_POINTS));
        plot.setRangeGridlineStroke(new BasicStroke(GRID_LINE_POINTS));
        for (int i = 0; i < plot.getDomainAxisCount(); i++) {
            styleAxis(plot.getDomainAxis(i), fonts);
        }
        for (int i = 0; i < plot.getRangeAxisCount(); i++) {
            styleAxis(plot.getRangeAxis(i), fonts);
        }
        for (int i = 0; i < plot.getRendererCount(); i++) {
            int series = plot.getDataset(i) == null ? 0 : plot.getDataset(i).getRowCount();
            styleRenderer(plot.getRenderer(i), series, fonts);
        }
        for (Layer layer : new Layer[] {Layer.FOREGROUND, Layer.BACKGROUND}) {
            styleMarkers(plot.getDomainMarkers(layer), fonts);
            styleMarkers(plot.getRangeMarkers(layer), fonts);
        }
        for (Object annotation : plot.getAnnotations()) {
            if (annotation instanceof CategoryTextAnnotation text) {
                text.setFont(fonts.small);
            }
        }
    }

    private static void styleAxis(Axis axis, Fonts fonts) {
        if (axis == null) {
            return;
        }
        axis.setLabelFont(fonts.label);
        axis.setLabelPaint(Color.BLACK);
        axis.setTickLabelFont(fonts.small);
        axis.setTickLabelPaint(Color.BLACK);
        axis.setAxisLineStroke(new BasicStroke(AXIS_LINE_POINTS));
        axis.setAxisLinePaint(Color.DARK_GRAY);
        axis.setTickMarkStroke(new BasicStroke(AXIS_LINE_POINTS));
        axis.setTickMarkPaint(Color.DARK_GRAY);
        axis.setTickMarkOutsideLength(fonts.base / 3);
        axis.setTickMarkInsideLength(0);
    }

    /** Scales every series line to its print width and flattens bars; see the class comment. */
    private static void styleRenderer(Object renderer, int seriesCount, Fonts fonts) {
        if (renderer instanceof BarRenderer bars) {
            bars.setBarPainter(new StandardBarPainter());
            bars.setShadowVisible(false);
        } else if (renderer instanceof XYBarRenderer bars) {
            bars.setBarPainter(new StandardXYBarPainter());
            bars.setShadowVisible(false);
        } else if (renderer instanceof XYLineAndShapeRenderer lines && lines.getClass() == XYLineAndShapeRenderer.class) {
            // One path per series instead of one per segment: smooth joins at print resolution and
            // SVG and PDF files many times smaller. NaN still breaks the line.
            lines.setDrawSeriesLineAsPath(true);
        }
        if (!(renderer instanceof AbstractRenderer abstractRenderer)) {
            return;
        }
        abstractRenderer.setDefaultItemLabelFont(fonts.small);
        abstractRenderer.setDefaultStroke(printStroke(abstractRenderer.getDefaultStroke()), false);
        for (int series = 0; series < seriesCount; series++) {
            Stroke stroke = abstractRenderer.lookupSeriesStroke(series);
            abstractRenderer.setSeriesStroke(series, printStroke(stroke), false);
        }
    }

    /** Returns the print width in points of a line drawn {@code screenWidth} pixels wide on screen. */
    public static float printLineWidth(float screenWidth) {
        return Math.max(MIN_SERIES_LINE_POINTS, screenWidth * SERIES_LINE_SCALE);
    }

    private static Stroke printStroke(Stroke stroke) {
        if (!(stroke instanceof BasicStroke basic)) {
            return stroke;
        }
        float width = printLineWidth(basic.getLineWidth());
        float[] dash = basic.getDashArray();
        if (dash != null) {
            // Dashes scale with the line, so a dashed line keeps its look.
            float scale = width / Math.max(basic.getLineWidth(), 0.1f);
            dash = dash.clone();
            for (int i = 0; i < dash.length; i++) {
                dash[i] *= scale;
            }
        }
        return new BasicStroke(width, basic.getEndCap(), basic.getLineJoin(),
                Math.max(1f, basic.getMiterLimit()), dash, basic.getDashPhase() * width / Math.max(basic.getLineWidth(), 0.1f));
    }

    private static void styleMarkers(Collection<?> markers, Fonts fonts) {
        if (markers == null) {
            return;
        }
        for (Object marker : markers) {
            if (marker instanceof Marker styled) {
                styled.setLabelFont(fonts.small);
            }
        }
    }

    /** The type sizes of one figure, all in points. */
    private static final class Fonts {
        final float base;
        final Font title;
        final Font label;
        final Font small;

        Fonts(float base) {
            this.base = base;
            this.title = ChartStyle.font(base + 1).deriveFont(Font.BOLD, base + 1);
            this.label = ChartStyle.font(base).deriveFont(base);
            this.small = ChartStyle.font(base).deriveFont(Math.max(base - 1, 3f));
        }
    }
}
