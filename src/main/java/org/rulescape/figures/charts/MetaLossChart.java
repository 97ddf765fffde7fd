package org.rulescape.figures.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Line2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.DefaultXYDataset;
import org.rulescape.figures.ChartStyle;
import org.rulescape.figures.export.FigureData;

/**
 * Meta-loss curves of a run, one line per seed in the seed's colour, log-scale y by default.
 * A diverged seed gets a dashed vertical marker at its divergence step. Series are drawn from a
 * min/max downsampled copy ({@link Downsampler}); the caller keeps the full-resolution data.
 *
 * <p>The same object serves the live workbench (call {@link #setSeries} again whenever data
 * arrive) and export (use {@link #of} and hand {@link #chart()} to the exporter). Not
 * thread-safe: use it from one thread, in the workbench the FX thread.
 */
public final class MetaLossChart {
    /** Default number of horizontal buckets when the plot width is unknown, for example in export. */
    public static final int DEFAULT_BUCKETS = 1200;

    private final DefaultXYDataset dataset = new DefaultXYDataset();
    private final XYLineAndShapeRenderer renderer = new GreyedLegendRenderer();
    private final XYPlot plot;
    private final JFreeChart chart;
    private boolean logScale = true;
    private List<MetaLossSeries> lastSeries = List.of();

    /** Creates an empty chart with a log-scale y axis. */
    public MetaLossChart() {
        NumberAxis stepAxis = new NumberAxis("meta-step");
        stepAxis.setAutoRangeIncludesZero(false);
        stepAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        plot = new XYPlot(dataset, stepAxis, lossAxis(true), renderer) {
            // XYPlot leaves hidden series out of the legend; the renderer keeps them, greyed.
            @Override
            public LegendItemCollection getLegendItems() {
                return renderer.getLegendItems();
            }
        };
        plot.setBackgroundPaint(ChartStyle.BACKGROUND);
        plot.setDomainGridlinePaint(ChartStyle.GRID);
        plot.setRangeGridlinePaint(ChartStyle.GRID);
        plot.setOutlineVisible(false);
        // No per-point entities: making one shape and tooltip per drawn point cost most of the
        // drawing time. Viewers look the hovered point up with hoverText instead.
        renderer.setDefaultCreateEntities(false);
        renderer.setDrawSeriesLineAsPath(true);

        chart = new JFreeChart(null, ChartStyle.font(14), plot, true);
        chart.setBackgroundPaint(ChartStyle.BACKGROUND);
        chart.setAntiAlias(true);
        LegendTitle legend = chart.getLegend();
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setItemFont(ChartStyle.font(12));
        legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
    }

    /** Returns a finished chart of {@code series} for export or the command line. */
    public static JFreeChart of(List<MetaLossSeries> series, boolean logScale) {
        MetaLossChart chart = new MetaLossChart();
        chart.setLogScale(logScale);
        chart.setSeries(series, DEFAULT_BUCKETS, 1.0);
        return chart.chart();
    }

    /**
     * Returns the full-resolution data behind the curves in long form: columns seed, step and
     * meta_loss, one row per recorded meta-step, non-finite values included.
     */
    public static FigureData data(List<MetaLossSeries> series) {
        int rows = 0;
        for (MetaLossSeries one : series) {
            rows += one.length();
        }
        double[] seeds = new double[rows];
        double[] steps = new double[rows];
        double[] losses = new double[rows];
        int row = 0;
        for (MetaLossSeries one : series) {
            for (int i = 0; i < one.length(); i++) {
                seeds[row] = one.seed();
                steps[row] = one.firstStep() + i;
                losses[row] = one.values()[i];
                row++;
            }
        }
        return FigureData.builder("meta_loss")
                .column("seed", seeds)
                .column("step", steps)
                .column("meta_loss", losses)
                .meta("meta_loss", "validation MSE of theta_T, mean over the meta-batch, per meta-step")
                .build();
    }

    /** The JFreeChart object, to show in a viewer or export. */
    public JFreeChart chart() {
        return chart;
    }

    public boolean isLogScale() {
        return logScale;
    }

    /** Switches the y axis between log and linear scale. */
    public void setLogScale(boolean logScale) {
        if (this.logScale != logScale) {
            this.logScale = logScale;
            plot.setRangeAxis(lossAxis(logScale));
        }
    }

    /**
     * Shows or hides the series at {@code index} (its position in the {@link #setSeries} list).
     * Takes effect at the next redraw, which {@link #setSeries} triggers; this avoids one full
     * redraw per seed when several change at once.
     */
    public void setSeriesVisible(int index, boolean visible) {
        renderer.setSeriesVisible(index, visible, false);
    }

    public boolean isSeriesVisible(int index) {
        return renderer.isSeriesVisible(index);
    }

    /**
     * Replaces the drawn data: downsamples each series to at most two points per bucket,
     * optionally smoothed, and redraws once.
     *
     * @param series    one entry per seed; entry i becomes series i
     * @param buckets   horizontal buckets, usually the plot width in pixels
     * @param emaWeight weight of the newest value in the exponential moving average; 1 disables smoothing
     */
    public void setSeries(List<MetaLossSeries> series, int buckets, double emaWeight) {
        chart.setNotify(false);
        try {
            for (int i = 0; i < series.size(); i++) {
                MetaLossSeries one = series.get(i);
                dataset.addSeries(one.label(), Downsampler.minMax(one, buckets, emaWeight));
                renderer.setSeriesPaint(i, ChartStyle.seedColor(one.colorIndex()), false);
                renderer.setSeriesStroke(i, ChartStyle.seriesStroke(1.6f), false);
            }
            while (dataset.getSeriesCount() > series.size()) {
                dataset.removeSeries(dataset.getSeriesKey(dataset.getSeriesCount() - 1));
            }
            if (!sameDivergence(series)) {
                updateDivergenceMarkers(series);
            }
            lastSeries = List.copyOf(series);
        } finally {
            chart.setNotify(true);
        }
    }

    /**
     * Returns the tooltip text of the drawn point nearest to a screen position, or null when no
     * visible point lies within {@code maxPixels}.
     *
     * @param x         horizontal position in the same coordinates as {@code dataArea}
     * @param y         vertical position
     * @param dataArea  plot data area of the last drawing, from the viewer's rendering info
     * @param maxPixels largest distance from the position that still counts as hovering
     */
    public String hoverText(double x, double y, java.awt.geom.Rectangle2D dataArea, double maxPixels) {
        ValueAxis domain = plot.getDomainAxis();
        ValueAxis range = plot.getRangeAxis();
        String best = null;
        double bestDistance = maxPixels;
        for (int series = 0; series < dataset.getSeriesCount(); series++) {
            if (!renderer.isSeriesVisible(series)) {
                continue;
            }
            for (int item = 0; item < dataset.getItemCount(series); item++) {
                double px = domain.valueToJava2D(dataset.getXValue(series, item), dataArea, plot.getDomainAxisEdge());
                if (Math.abs(px - x) > bestDistance) {
                    continue;
                }
                double py = range.valueToJava2D(dataset.getYValue(series, item), dataArea, plot.getRangeAxisEdge());
                double distance = Math.hypot(px - x, py - y);
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = LossToolTips.text(dataset, series, item);
                }
            }
        }
        return best;
    }

    /** Number of points currently drawn for series {@code index}; for tests and benchmarks. */
    public int drawnPoints(int index) {
        return dataset.getItemCount(index);
    }

    private boolean sameDivergence(List<MetaLossSeries> series) {
        if (series.size() != lastSeries.size()) {
            return false;
        }
        for (int i = 0; i < series.size(); i++) {
            if (series.get(i).divergedAt() != lastSeries.get(i).divergedAt()) {
                return false;
            }
        }
        return true;
    }

    private void updateDivergenceMarkers(List<MetaLossSeries> series) {
        plot.clearDomainMarkers();
        for (MetaLossSeries one : series) {
            if (one.divergedAt() < 0) {
                continue;
            }
            ValueMarker marker = new ValueMarker(one.divergedAt());
            marker.setPaint(ChartStyle.seedColor(one.colorIndex()));
            marker.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                    new float[] {6f, 4f}, 0f));
            marker.setLabel(one.label() + " diverged at step " + one.divergedAt());
            marker.setLabelFont(ChartStyle.font(11));
            marker.setLabelPaint(ChartStyle.ACCENT);
            marker.setLabelAnchor(RectangleAnchor.TOP_LEFT);
            marker.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
            plot.addDomainMarker(marker, Layer.FOREGROUND);
        }
    }

    private static ValueAxis lossAxis(boolean log) {
        if (log) {
            LogAxis axis = new LogAxis("meta-loss (log scale)");
            axis.setSmallestValue(1e-8);
            axis.setBase(10);
            // Whole decades only: the default units put ticks at fractional powers such as 10^2.6.
            axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
            axis.setLabelFont(ChartStyle.font(13));
            return axis;
        }
        NumberAxis axis = new NumberAxis("meta-loss");
        axis.setAutoRangeIncludesZero(false);
        axis.setLabelFont(ChartStyle.font(13));
        return axis;
    }

    /**
     * Line renderer whose legend keeps an entry for every series: a hidden seed's entry is drawn
     * in grey instead of disappearing, so that clicking it can show the seed again.
     */
    private static final class GreyedLegendRenderer extends XYLineAndShapeRenderer {
        private static final long serialVersionUID = 1L;
        private static final Color HIDDEN = new Color(0xB0B0B0);

        GreyedLegendRenderer() {
            super(true, false);
        }

        /** Returns one entry per series, hidden ones included (the base class skips them). */
        @Override
        public LegendItemCollection getLegendItems() {
            LegendItemCollection items = new LegendItemCollection();
            XYPlot plot = getPlot();
            if (plot == null) {
                return items;
            }
            int datasetIndex = plot.getIndexOf(this);
            var dataset = plot.getDataset(datasetIndex);
            if (dataset == null) {
                return items;
            }
            for (int series = 0; series < dataset.getSeriesCount(); series++) {
                LegendItem item = getLegendItem(datasetIndex, series);
                if (item != null) {
                    items.add(item);
                }
            }
            return items;
        }

        @Override
        public LegendItem getLegendItem(int datasetIndex, int series) {
            if (isSeriesVisible(series)) {
                return super.getLegendItem(datasetIndex, series);
            }
            XYPlot plot = getPlot();
            if (plot == null || plot.getDataset(datasetIndex) == null) {
                return null;
            }
            var dataset = plot.getDataset(datasetIndex);
            Comparable<?> key = dataset.getSeriesKey(series);
            LegendItem item = new LegendItem(key.toString(), null, "hidden; click to show", null,
                    new Line2D.Double(-7, 0, 7, 0), new BasicStroke(2f), HIDDEN);
            item.setLabelPaint(HIDDEN);
            item.setLabelFont(getLegendTextFont(series));
            item.setDataset(dataset);
            item.setDatasetIndex(datasetIndex);
            item.setSeriesKey(key);
            item.setSeriesIndex(series);
            return item;
        }
    }
}
