package org.rulescape.figures;

import java.awt.BasicStroke;
import java.awt.Shape;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.chart.util.ShapeUtils;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Makes non-finite values visible in line charts instead of dropping them silently. A chart
 * factory passes each series through {@link #finiteSeries}, which turns NaN and infinite values
 * into gaps (JFreeChart breaks a line at NaN, and an infinite value would ruin the axis range)
 * and records where they were; {@link #addTo} then draws a red X at the last finite point before
 * each run of non-finite values, with a legend entry that gives the count. A series with no
 * finite value at all gets a labelled vertical line at its first x instead.
 *
 * <p>Exported data is not affected: {@code FigureData} keeps the raw values.
 */
public final class NonFiniteMarkers {

    /** Legend label of the marker series; the count of marked runs is appended. */
    public static final String LEGEND_LABEL = "non-finite value";

    /** (x, y) of each X mark. */
    private final List<double[]> marks = new ArrayList<>();
    private final List<ValueMarker> wholeSeriesMarkers = new ArrayList<>();
    private int nonFiniteValues;

    /**
     * Returns a series with the points of ({@code x}, {@code y}); non-finite y values become
     * NaN gaps and are recorded for marking, points with a non-finite x are left out and
     * counted.
     *
     * @throws IllegalArgumentException when {@code x} and {@code y} differ in length
     */
    public XYSeries finiteSeries(Comparable<?> key, double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("series '" + key + "' has " + x.length + " x values but "
                    + y.length + " y values; they must have equal length");
        }
        XYSeries series = new XYSeries(key, false, true);
        double lastFinite = Double.NaN;
        boolean inRun = false;
        boolean anyFinite = false;
        double firstX = Double.NaN;
        for (int i = 0; i < y.length; i++) {
            if (!Double.isFinite(x[i])) {
                nonFiniteValues++;
                continue;
            }
            if (Double.isNaN(firstX)) {
                firstX = x[i];
            }
            if (Double.isFinite(y[i])) {
                series.add(x[i], y[i], false);
                lastFinite = y[i];
                anyFinite = true;
                inRun = false;
                continue;
            }
            nonFiniteValues++;
            series.add(x[i], Double.NaN, false);
            if (!inRun) {
                double markY = Double.isNaN(lastFinite) ? nextFinite(y, i) : lastFinite;
                if (!Double.isNaN(markY)) {
                    marks.add(new double[] {x[i], markY});
                }
                inRun = true;
            }
        }
        if (!anyFinite && y.length > 0 && !Double.isNaN(firstX)) {
            wholeSeriesMarkers.add(wholeSeriesMarker(key, firstX));
        }
        series.fireSeriesChanged();
        return series;
    }

    private static double nextFinite(double[] y, int from) {
        for (int i = from; i < y.length; i++) {
            if (Double.isFinite(y[i])) {
                return y[i];
            }
        }
        return Double.NaN;
    }

    private static ValueMarker wholeSeriesMarker(Comparable<?> key, double x) {
        ValueMarker marker = new ValueMarker(x, ChartStyle.ACCENT, new BasicStroke(1f,
                BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 4f, new float[] {3f, 3f}, 0f));
        marker.setLabel(key + ": no finite values");
        marker.setLabelPaint(ChartStyle.ACCENT);
        marker.setLabelFont(ChartStyle.font(10));
        marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        marker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
        return marker;
    }

    /** Number of non-finite values seen so far, over all series. */
    public int nonFiniteCount() {
        return nonFiniteValues;
    }

    /** Number of X marks (runs of non-finite values with a finite neighbour). */
    public int markCount() {
        return marks.size();
    }

    /**
     * Adds the X marks as a new dataset with its own renderer in the next free dataset slot of
     * {@code plot}, and the whole-series lines as domain markers. Does nothing when every value
     * was finite.
     */
    public void addTo(XYPlot plot) {
        for (ValueMarker marker : wholeSeriesMarkers) {
            plot.addDomainMarker(marker);
        }
        if (marks.isEmpty()) {
            return;
        }
        XYSeries markers = new XYSeries(LEGEND_LABEL + " (" + marks.size() + ")", false, true);
        for (double[] mark : marks) {
            markers.add(mark[0], mark[1], false);
        }
        int index = 0;
        while (plot.getDataset(index) != null) {
            index++;
        }
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        Shape cross = ShapeUtils.createDiagonalCross(4f, 0.9f);
        renderer.setSeriesShape(0, cross);
        renderer.setSeriesPaint(0, ChartStyle.ACCENT);
        renderer.setSeriesOutlinePaint(0, ChartStyle.ACCENT);
        plot.setDataset(index, new XYSeriesCollection(markers));
        plot.setRenderer(index, renderer);
    }
}
