package org.rulescape.figures.charts;

import java.text.DecimalFormat;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.labels.StandardXYZToolTipGenerator;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.DefaultXYZDataset;
import org.rulescape.figures.ChartStyle;

/**
 * Heat maps drawn with JFreeChart's {@link XYBlockRenderer}, with a colour bar on the right whose
 * axis carries the value's name and unit.
 */
public final class HeatMaps {
    private static final float TITLE_SIZE = 13f;
    private static final float LABEL_SIZE = 12f;
    private static final float TICK_SIZE = 10f;

    private HeatMaps() {
    }

    /**
     * Builds a heat map of {@code z} over a regular grid: {@code z[j * xValues.length + i]} is the
     * value at {@code (xValues[i], yValues[j])}. The grid values must be evenly spaced and ascending;
     * each cell is centred on its grid point.
     *
     * @throws IllegalArgumentException when z does not have xValues.length x yValues.length entries
     */
    public static JFreeChart grid(String title, String xLabel, double[] xValues, String yLabel, double[] yValues,
            double[] z, PaintScale scale, String scaleLabel) {
        int nx = xValues.length;
        int ny = yValues.length;
        if (z.length != nx * ny || nx < 2 || ny < 2) {
            throw new IllegalArgumentException("heat map needs at least 2 x 2 grid values and one value per cell ("
                    + nx + " x " + ny + " = " + nx * ny + "), got " + z.length + " values");
        }
        double[][] series = new double[3][nx * ny];
        for (int j = 0; j < ny; j++) {
            for (int i = 0; i < nx; i++) {
                int index = j * nx + i;
                series[0][index] = xValues[i];
                series[1][index] = yValues[j];
                series[2][index] = z[index];
            }
        }
        DefaultXYZDataset dataset = new DefaultXYZDataset();
        dataset.addSeries(title, series);

        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setBlockWidth((xValues[nx - 1] - xValues[0]) / (nx - 1));
        renderer.setBlockHeight((yValues[ny - 1] - yValues[0]) / (ny - 1));
        renderer.setBlockAnchor(RectangleAnchor.CENTER);
        renderer.setPaintScale(scale);
        renderer.setDefaultToolTipGenerator(new StandardXYZToolTipGenerator("{0}: ({1}, {2}) -> {3}",
                new DecimalFormat("0.###"), new DecimalFormat("0.###"), new DecimalFormat("0.####E0")));

        NumberAxis xAxis = numberAxis(xLabel);
        NumberAxis yAxis = numberAxis(yLabel);
        double halfX = renderer.getBlockWidth() / 2;
        double halfY = renderer.getBlockHeight() / 2;
        xAxis.setRange(xValues[0] - halfX, xValues[nx - 1] + halfX);
        yAxis.setRange(yValues[0] - halfY, yValues[ny - 1] + halfY);
        // The horizontal step is a lower bound: in a narrow chart JFreeChart picks a coarser
        // standard step so that the tick labels do not run into each other.
        xAxis.setStandardTickUnits(NumberAxis.createStandardTickUnits());
        xAxis.setTickUnit(new NumberTickUnit(tickStep(xValues[nx - 1] - xValues[0])), false, false);
        xAxis.setAutoTickUnitSelection(true, false);
        yAxis.setTickUnit(new NumberTickUnit(tickStep(yValues[ny - 1] - yValues[0])));
        return chart(title, new XYPlot(dataset, xAxis, yAxis, renderer), scale, scaleLabel);
    }

    /**
     * Builds a heat map of a square matrix with {@code labels} on both axes (both named
     * {@code axisLabel}), row 0 at the top.
     *
     * @throws IllegalArgumentException when the matrix is not square or the labels do not match it
     */
    public static JFreeChart matrix(String title, String axisLabel, String[] labels, double[][] matrix,
            PaintScale scale, String scaleLabel) {
        int n = matrix.length;
        if (labels.length != n) {
            throw new IllegalArgumentException("matrix heat map needs one label per row (" + n + "), got "
                    + labels.length);
        }
        double[][] series = new double[3][n * n];
        for (int row = 0; row < n; row++) {
            if (matrix[row].length != n) {
                throw new IllegalArgumentException("matrix must be square, row " + row + " has "
                        + matrix[row].length + " entries, expected " + n);
            }
            for (int column = 0; column < n; column++) {
                int index = row * n + column;
                series[0][index] = column;
                series[1][index] = row;
                series[2][index] = matrix[row][column];
            }
        }
        DefaultXYZDataset dataset = new DefaultXYZDataset();
        dataset.addSeries(title, series);

        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setBlockAnchor(RectangleAnchor.CENTER);
        renderer.setPaintScale(scale);
        renderer.setDefaultToolTipGenerator(new StandardXYZToolTipGenerator("{3}",
                new DecimalFormat("0"), new DecimalFormat("0"), new DecimalFormat("0.####")));

        SymbolAxis xAxis = symbolAxis(axisLabel, labels);
        SymbolAxis yAxis = symbolAxis(axisLabel, labels);
        yAxis.setInverted(true);
        return chart(title, new XYPlot(dataset, xAxis, yAxis, renderer), scale, scaleLabel);
    }

    /** Returns a round tick step (1, 2, 2.5 or 5 times a power of ten) giving about eight ticks over {@code span}. */
    static double tickStep(double span) {
        double raw = span / 8;
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double factor : new double[] {1, 2, 2.5, 5}) {
            if (factor * power >= raw) {
                return factor * power;
            }
        }
        return 10 * power;
    }

    private static JFreeChart chart(String title, XYPlot plot, PaintScale scale, String scaleLabel) {
        plot.setBackgroundPaint(ChartStyle.BACKGROUND);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setOutlineVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);

        JFreeChart chart = new JFreeChart(title, ChartStyle.font(TITLE_SIZE), plot, false);
        chart.setBackgroundPaint(ChartStyle.BACKGROUND);
        chart.setAntiAlias(false);
        chart.addSubtitle(colourBar(scale, scaleLabel));
        return chart;
    }

    private static PaintScaleLegend colourBar(PaintScale scale, String label) {
        NumberAxis axis = numberAxis(label);
        axis.setRange(scale.getLowerBound(), scale.getUpperBound());
        PaintScaleLegend legend = new PaintScaleLegend(scale, axis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        legend.setStripWidth(14);
        legend.setSubdivisionCount(256);
        legend.setMargin(new RectangleInsets(8, 4, 8, 4));
        legend.setBackgroundPaint(ChartStyle.BACKGROUND);
        return legend;
    }

    private static NumberAxis numberAxis(String label) {
        NumberAxis axis = new NumberAxis(label);
        styleAxis(axis);
        axis.setAutoRangeIncludesZero(false);
        return axis;
    }

    private static SymbolAxis symbolAxis(String axisLabel, String[] labels) {
        SymbolAxis axis = new SymbolAxis(axisLabel, labels);
        styleAxis(axis);
        axis.setGridBandsVisible(false);
        axis.setRange(-0.5, labels.length - 0.5);
        return axis;
    }

    private static void styleAxis(ValueAxis axis) {
        axis.setLabelFont(ChartStyle.font(LABEL_SIZE));
        axis.setTickLabelFont(ChartStyle.font(TICK_SIZE));
    }
}
