package org.rulescape.figures.charts;

import java.awt.BasicStroke;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DefaultDrawingSupplier;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.rulescape.core.analysis.AlphaSetGeometry;
import org.rulescape.core.analysis.DistanceSummary;
import org.rulescape.core.analysis.Estimate;
import org.rulescape.core.analysis.GeometryReport;
import org.rulescape.core.analysis.NullSpectrum;
import org.rulescape.core.analysis.PcaResult;
import org.rulescape.core.analysis.SeedMeasures;
import org.rulescape.core.analysis.TrajectoryGeometry;
import org.rulescape.figures.ChartStyle;
import org.rulescape.figures.export.FigureData;

/**
 * Chart factories of the geometry analysis, shared by the workbench's Geometry tab and the
 * command line's figure export. Each returns the chart with the data it draws. Titles stay
 * short enough for one line in a single-column figure and name the kind of every bracket;
 * the bootstrap ranges they leave out are in the data's metadata, for the caption.
 */
public final class GeometryCharts {
    /** Legend text of the grey key entry with a filled marker, like the seeds' final alphas. */
    static final String FINAL_KEY = "final alpha";
    /** Legend text of the grey key entry with a hollow marker, like the seeds' initial alphas. */
    static final String INITIAL_KEY = "initial alpha";
    /** Legend text of the grey key entry with a line, like the seeds' trajectories. */
    static final String TRAJECTORY_KEY = "trajectory";

    private GeometryCharts() {
    }

    /** Bars per seed: final norm, initial norm and distance from the seed's own initial alpha. */
    public static GeometryChart seedBars(GeometryReport report) {
        SeedMeasures m = report.perSeed();
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        double[] seeds = new double[m.seeds().length];
        for (int i = 0; i < m.seeds().length; i++) {
            // The axis is named "seed", so each bar group carries only the number, which fits
            // under ten groups in a narrow tile without being cut to "se...".
            String seed = Long.toString(m.seeds()[i]);
            seeds[i] = m.seeds()[i];
            dataset.addValue(m.finalNorms()[i], "final norm", seed);
            dataset.addValue(m.initialNorms()[i], "initial norm", seed);
            dataset.addValue(m.fromInitial()[i], "distance from initial", seed);
        }
        BarRenderer renderer = new BarRenderer();
        renderer.setSeriesPaint(0, ChartStyle.seedColor(0));
        renderer.setSeriesPaint(1, ChartStyle.NULL_BAND);
        renderer.setSeriesPaint(2, ChartStyle.seedColor(1));
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        CategoryPlot plot = new CategoryPlot(dataset, new CategoryAxis("seed"), new NumberAxis("L2 norm / distance"),
                renderer);
        String title = String.format(Locale.ROOT, "mean norm: final %.3g, initial %.3g; moved %.3g",
                m.meanFinalNorm().value(), m.meanInitialNorm().value(), m.meanFromInitial().value());
        JFreeChart chart = styled(new JFreeChart(title, ChartStyle.font(12), plot, true));
        spaceLegendItems(chart);
        plot.setBackgroundPaint(ChartStyle.BACKGROUND);
        plot.setRangeGridlinePaint(ChartStyle.GRID);
        FigureData data = FigureData.builder("seed_sizes").column("seed", seeds)
                .column("final_norm", m.finalNorms()).column("initial_norm", m.initialNorms())
                .column("distance_from_initial", m.fromInitial())
                .meta("mean_final_norm", estimate(m.meanFinalNorm()))
                .meta("mean_initial_norm", estimate(m.meanInitialNorm()))
                .meta("mean_distance_from_initial", estimate(m.meanFromInitial())).build();
        String statistics = "Mean final norm " + estimate(m.meanFinalNorm()) + ", mean initial norm "
                + estimate(m.meanInitialNorm()) + ", mean distance from initial " + estimate(m.meanFromInitial()) + ".";
        return new GeometryChart(chart, data, statistics);
    }

    /**
     * Draws the pairwise distances of the final alphas as a heat map, raw or aligned (each pair
     * minimized over hidden-unit permutations and sign flips). The title gives the mean with its
     * interval and the matching initial baseline.
     */
    public static GeometryChart distanceHeatMap(GeometryReport report, boolean aligned) {
        DistanceSummary summary = aligned ? report.aligned().distances() : report.finals().distances();
        DistanceSummary baseline = aligned ? report.alignedInitialDistances() : report.initials().distances();
        double[][] matrix = summary.matrix();
        int s = matrix.length;
        double[] x = new double[s * s];
        double[] y = new double[s * s];
        double[] z = new double[s * s];
        double max = 0;
        for (int i = 0; i < s; i++) {
            for (int j = 0; j < s; j++) {
                x[i * s + j] = j;
                y[i * s + j] = i;
                z[i * s + j] = matrix[i][j];
                if (Double.isFinite(matrix[i][j])) {
                    max = Math.max(max, matrix[i][j]);
                }
            }
        }
        String[] labels = seedLabels(report, s);
        String title = String.format(Locale.ROOT, "%s distances: mean %.3g (initial %.3g)",
                aligned ? "aligned" : "raw", summary.mean().value(), baseline.mean().value());
        // Same viridis scale and tight cell axes as the distance matrices of the Learned-rule tab.
        JFreeChart chart = HeatMaps.matrix(title, "seed", labels, matrix,
                AnchoredPaintScale.sequential(max > 0 ? max : 1), "distance");
        FigureData data = FigureData.builder(aligned ? "distances_aligned" : "distances_raw")
                .column("row", y).column("column", x).column("distance", z)
                .meta("mean_distance", estimate(summary.mean()))
                .meta("mean_initial_distance", estimate(baseline.mean())).build();
        String statistics = "Mean distance " + estimate(summary.mean()) + ", between initial alphas "
                + estimate(baseline.mean()) + ".";
        return new GeometryChart(chart, data, statistics);
    }

    /**
     * Scree plot: explained-variance ratio per component with the Gaussian null band (5-95 %
     * by default), the cumulative ratio, and a marker at D for the analysis threshold.
     */
    public static GeometryChart scree(AlphaSetGeometry set) {
        double[] ratios = set.pca().ratios();
        double[] cumulative = set.pca().cumulative();
        NullSpectrum nulls = set.gaussianNull();
        XYSeries ratioSeries = new XYSeries("ratio");
        XYSeries cumulativeSeries = new XYSeries("cumulative");
        YIntervalSeries band = new YIntervalSeries("null band (Gaussian)");
        double[] component = new double[ratios.length];
        for (int k = 0; k < ratios.length; k++) {
            component[k] = k + 1;
            ratioSeries.add(k + 1, ratios[k]);
            cumulativeSeries.add(k + 1, cumulative[k]);
            band.add(k + 1, nulls.median()[k], nulls.lower()[k], nulls.upper()[k]);
        }
        YIntervalSeriesCollection bandData = new YIntervalSeriesCollection();
        bandData.addSeries(band);
        DeviationRenderer bandRenderer = new DeviationRenderer(true, false);
        bandRenderer.setSeriesPaint(0, ChartStyle.NULL_BAND);
        bandRenderer.setSeriesFillPaint(0, ChartStyle.NULL_BAND);
        bandRenderer.setAlpha(0.35f);

        XYSeriesCollection lines = new XYSeriesCollection();
        lines.addSeries(ratioSeries);
        lines.addSeries(cumulativeSeries);
        XYLineAndShapeRenderer lineRenderer = new XYLineAndShapeRenderer(true, true);
        lineRenderer.setSeriesPaint(0, ChartStyle.seedColor(0));
        lineRenderer.setSeriesPaint(1, ChartStyle.seedColor(1));
        lineRenderer.setSeriesStroke(1, new BasicStroke(1.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f,
                new float[] {5f, 4f}, 0f));

        NumberAxis xAxis = new NumberAxis("component");
        xAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        NumberAxis yAxis = new NumberAxis("explained variance ratio");
        yAxis.setRange(0, 1.02);
        XYPlot plot = new XYPlot(lines, xAxis, yAxis, lineRenderer);
        plot.setDataset(1, bandData);
        plot.setRenderer(1, bandRenderer);
        int d = set.dimension();
        if (d > 0) {
            ValueMarker marker = new ValueMarker(d, ChartStyle.ACCENT, new BasicStroke(1.2f));
            marker.setLabel("D = " + d);
            marker.setLabelFont(ChartStyle.font(11));
            marker.setLabelPaint(ChartStyle.ACCENT);
            marker.setLabelBackgroundColor(ChartStyle.BACKGROUND);
            // The label sits at mid-height beside the line, on the side with more room, so
            // that it stays inside the plot area and clear of the ratio and cumulative curves.
            boolean rightHalf = d > ratios.length / 2.0;
            marker.setLabelAnchor(rightHalf ? RectangleAnchor.LEFT : RectangleAnchor.RIGHT);
            marker.setLabelTextAnchor(rightHalf ? TextAnchor.CENTER_RIGHT : TextAnchor.CENTER_LEFT);
            marker.setLabelOffset(new RectangleInsets(4, 4, 4, 4));
            plot.addDomainMarker(marker);
        }
        ValueMarker threshold = new ValueMarker(set.bootstrap().threshold(), ChartStyle.GRID, new BasicStroke(1f));
        plot.addRangeMarker(threshold);
        plot.setBackgroundPaint(ChartStyle.BACKGROUND);
        plot.setRangeGridlinePaint(ChartStyle.GRID);
        plot.setDomainGridlinePaint(ChartStyle.GRID);
        Estimate dim = set.bootstrap().dimension();
        // The bootstrap reweights few seeds, which lowers D, so D itself may lie above its range.
        String title = String.format(Locale.ROOT, "%s: D%d = %d (bootstrap range %d-%d), null %d [%d, %d]: %s",
                set.name(), Math.round(100 * set.bootstrap().threshold()), d, Math.round(dim.interval().lower()),
                Math.round(dim.interval().upper()), Math.round(nulls.dimensionMedian()),
                Math.round(nulls.dimensionBand().lower()), Math.round(nulls.dimensionBand().upper()),
                verdict(d, nulls.dimensionBand().lower(), nulls.dimensionBand().upper()));
        JFreeChart chart = styled(new JFreeChart(title, ChartStyle.font(12), plot, true));
        spaceLegendItems(chart);
        FigureData data = FigureData.builder("scree_" + set.name()).column("component", component)
                .column("ratio", ratios).column("cumulative", cumulative).column("null_lower", nulls.lower())
                .column("null_median", nulls.median()).column("null_upper", nulls.upper())
                .meta("dimension", d).meta("threshold", set.bootstrap().threshold())
                .meta("dimension_bootstrap_range", dim.interval().lower() + "-" + dim.interval().upper())
                .meta("null_dimension", nulls.dimensionMedian())
                .meta("null_dimension_band", nulls.dimensionBand().lower() + "-" + nulls.dimensionBand().upper())
                .meta("pc1", estimate(set.bootstrap().pc1())).build();
        Estimate pc1 = set.bootstrap().pc1();
        String statistics = String.format(Locale.ROOT, "PC1 explains %.1f %% of the variance (bootstrap range"
                + " %.1f-%.1f %%).", 100 * pc1.value(), 100 * pc1.interval().lower(), 100 * pc1.interval().upper());
        return new GeometryChart(chart, data, statistics);
    }

    /**
     * Projection of the seeds onto principal components {@code first} and {@code second}
     * (0-based) of the final alphas, one colour and marker shape per seed: the final alpha filled,
     * optionally the initial alpha hollow in the same colour and shape, and the snapshot
     * trajectory. The legend and the caption sentences ({@link GeometryChart#statistics()}) tell
     * the markers apart.
     *
     * @throws IllegalArgumentException when the final alphas do not resolve both components
     */
    public static GeometryChart projection(GeometryReport report, int first, int second, boolean showInitial,
            boolean showTrajectories) {
        if (!(report.finals().pca() instanceof PcaResult pca) || Math.max(first, second) >= pca.resolvedComponents()) {
            int resolved = report.finals().pca() instanceof PcaResult p ? p.resolvedComponents() : 0;
            throw new IllegalArgumentException("projection needs components " + (first + 1) + " and "
                    + (second + 1) + ", but the final alphas resolve only " + resolved);
        }
        XYSeriesCollection dataset = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        FigureData.Builder data = FigureData.builder("projection_pc" + (first + 1) + "_pc" + (second + 1));
        java.util.List<Double> seedColumn = new java.util.ArrayList<>();
        java.util.List<Double> stepColumn = new java.util.ArrayList<>();
        java.util.List<Double> xs = new java.util.ArrayList<>();
        java.util.List<Double> ys = new java.util.ArrayList<>();
        TrajectoryGeometry t = report.trajectories();
        Shape[] shapes = DefaultDrawingSupplier.createStandardSeriesShapes();
        for (int i = 0; i < report.input().seeds().size(); i++) {
            var seed = report.input().seeds().get(i);
            double[][] path = t.projections()[i];
            // Set explicitly, so that a seed's hollow initial marker has the shape of its final one.
            // A Path2D copy, because JFreeChart 1.5.6's clone of the chart for export drops shapes that
            // are not Cloneable, such as the Polygon triangles of the standard set.
            Shape shape = new Path2D.Double(shapes[Math.floorMod(seed.runIndex(), shapes.length)]);
            int series = dataset.getSeriesCount();
            XYSeries finalPoint = new XYSeries("seed " + seed.seed(), false);
            finalPoint.add(pca.scores()[i][first], pca.scores()[i][second]);
            dataset.addSeries(finalPoint);
            renderer.setSeriesPaint(series, ChartStyle.seedColor(seed.runIndex()));
            renderer.setSeriesShape(series, shape);
            renderer.setSeriesShapesFilled(series, true);
            if (showTrajectories) {
                XYSeries line = new XYSeries("seed " + seed.seed() + " trajectory", false);
                for (double[] point : path) {
                    line.add(point[first], point[second]);
                }
                dataset.addSeries(line);
                renderer.setSeriesPaint(series + 1, ChartStyle.seedColor(seed.runIndex()));
                renderer.setSeriesLinesVisible(series + 1, true);
                renderer.setSeriesShapesVisible(series + 1, false);
                renderer.setSeriesVisibleInLegend(series + 1, false);
            }
            if (showInitial) {
                XYSeries initial = new XYSeries("seed " + seed.seed() + " initial", false);
                initial.add(path[0][first], path[0][second]);
                int index = dataset.getSeriesCount();
                dataset.addSeries(initial);
                renderer.setSeriesPaint(index, ChartStyle.seedColor(seed.runIndex()));
                renderer.setSeriesShape(index, shape);
                renderer.setSeriesShapesFilled(index, false);
                renderer.setSeriesVisibleInLegend(index, false);
            }
            for (int r = 0; r < path.length; r++) {
                seedColumn.add((double) seed.seed());
                stepColumn.add((double) t.seedSteps()[i][r]);
                xs.add(path[r][first]);
                ys.add(path[r][second]);
            }
        }
        NumberAxis xAxis = new NumberAxis(String.format(Locale.ROOT, "PC%d (%.1f %%)", first + 1, 100 * pca.ratios()[first]));
        NumberAxis yAxis = new NumberAxis(String.format(Locale.ROOT, "PC%d (%.1f %%)", second + 1, 100 * pca.ratios()[second]));
        xAxis.setAutoRangeIncludesZero(false);
        yAxis.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(dataset, xAxis, yAxis, renderer);
        plot.setBackgroundPaint(ChartStyle.BACKGROUND);
        plot.setRangeGridlinePaint(ChartStyle.GRID);
        plot.setDomainGridlinePaint(ChartStyle.GRID);
        NullSpectrum nulls = report.finals().gaussianNull();
        String title = String.format(Locale.ROOT, "final alphas on PC%d/PC%d; null PC%d %.1f %% (band %.1f-%.1f)",
                first + 1, second + 1, first + 1, 100 * nulls.median()[first], 100 * nulls.lower()[first],
                100 * nulls.upper()[first]);
        plot.setFixedLegendItems(projectionLegend(renderer, dataset, showInitial, showTrajectories));
        // The legend keeps JFreeChart's tight item padding: with the key entries beside ten seeds,
        // wider items would push it to a fourth row in a single-column figure.
        JFreeChart chart = styled(new JFreeChart(title, ChartStyle.font(12), plot, true));
        data.column("seed", seedColumn).column("step", stepColumn).column("pc" + (first + 1), xs)
                .column("pc" + (second + 1), ys);
        return new GeometryChart(chart, data.build(), projectionKey(showInitial, showTrajectories));
    }

    /**
     * Builds the projection's legend: one entry per seed in its colour and shape, then grey entries that
     * tell filled markers (final alphas) from hollow ones (initial alphas) and name the lines.
     */
    private static LegendItemCollection projectionLegend(XYLineAndShapeRenderer renderer,
            XYSeriesCollection dataset, boolean showInitial, boolean showTrajectories) {
        LegendItemCollection items = new LegendItemCollection();
        for (int series = 0; series < dataset.getSeriesCount(); series++) {
            if (renderer.isSeriesVisibleInLegend(series)) {
                LegendItem item = renderer.getLegendItem(0, series);
                if (item != null) {
                    items.add(item);
                }
            }
        }
        Shape circle = new Ellipse2D.Double(-3, -3, 6, 6);
        BasicStroke outline = new BasicStroke(1f);
        Line2D line = new Line2D.Double(-7, 0, 7, 0);
        items.add(new LegendItem(FINAL_KEY, null, null, null, true, circle, true, ChartStyle.NULL_BAND, false,
                ChartStyle.NULL_BAND, outline, false, line, outline, ChartStyle.NULL_BAND));
        if (showInitial) {
            items.add(new LegendItem(INITIAL_KEY, null, null, null, true, circle, false, ChartStyle.NULL_BAND, true,
                    ChartStyle.NULL_BAND, outline, false, line, outline, ChartStyle.NULL_BAND));
        }
        if (showTrajectories) {
            items.add(new LegendItem(TRAJECTORY_KEY, null, null, null, false, circle, false, ChartStyle.NULL_BAND,
                    false, ChartStyle.NULL_BAND, outline, true, line, outline, ChartStyle.NULL_BAND));
        }
        return items;
    }

    /** Returns caption sentences that name the projection's markers and lines. */
    private static String projectionKey(boolean showInitial, boolean showTrajectories) {
        StringBuilder key = new StringBuilder("Filled markers are the seeds' final alphas");
        if (showInitial) {
            key.append("; hollow markers of the same colour and shape are their initial alphas, before"
                    + " meta-training");
        }
        key.append(", all projected on the principal components of the final alphas.");
        if (showTrajectories) {
            key.append(" Lines trace each seed's snapshots from its initial to its final alpha.");
        }
        return key.toString();
    }

    /** Puts space after each legend label, so that the next entry's marker does not touch it. */
    private static void spaceLegendItems(JFreeChart chart) {
        if (chart.getLegend() != null) {
            chart.getLegend().setItemLabelPadding(new RectangleInsets(2, 2, 2, 10));
        }
    }

    /** D over meta-training time with its Gaussian null band at each snapshot. */
    public static GeometryChart dimensionOverTime(GeometryReport report) {
        TrajectoryGeometry t = report.trajectories();
        XYSeries curve = new XYSeries("D across seeds");
        YIntervalSeries band = new YIntervalSeries("null band (Gaussian)");
        double[] steps = new double[t.steps().length];
        double[] dims = new double[steps.length];
        double[] lower = new double[steps.length];
        double[] upper = new double[steps.length];
        for (int i = 0; i < steps.length; i++) {
            steps[i] = t.steps()[i];
            dims[i] = t.dimensions()[i];
            lower[i] = t.nullLower()[i];
            upper[i] = t.nullUpper()[i];
            curve.add(steps[i], dims[i]);
            band.add(steps[i], t.nullMedian()[i], lower[i], upper[i]);
        }
        YIntervalSeriesCollection bandData = new YIntervalSeriesCollection();
        bandData.addSeries(band);
        DeviationRenderer bandRenderer = new DeviationRenderer(true, false);
        bandRenderer.setSeriesPaint(0, ChartStyle.NULL_BAND);
        bandRenderer.setSeriesFillPaint(0, ChartStyle.NULL_BAND);
        bandRenderer.setAlpha(0.35f);
        XYLineAndShapeRenderer lineRenderer = new XYLineAndShapeRenderer(true, false);
        lineRenderer.setSeriesPaint(0, ChartStyle.ACCENT);
        lineRenderer.setSeriesStroke(0, ChartStyle.seriesStroke(2f));
        NumberAxis yAxis = new NumberAxis("D" + Math.round(100 * report.options().threshold()));
        yAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        yAxis.setAutoRangeIncludesZero(true);
        XYPlot plot = new XYPlot(new XYSeriesCollection(curve), new NumberAxis("meta-step"), yAxis, lineRenderer);
        plot.setDataset(1, bandData);
        plot.setRenderer(1, bandRenderer);
        plot.setBackgroundPaint(ChartStyle.BACKGROUND);
        plot.setRangeGridlinePaint(ChartStyle.GRID);
        plot.setDomainGridlinePaint(ChartStyle.GRID);
        JFreeChart chart = styled(new JFreeChart("D over meta-training, with the null band at each snapshot",
                ChartStyle.font(12), plot, true));
        spaceLegendItems(chart);
        FigureData data = FigureData.builder("dimension_over_time").column("step", steps).column("dimension", dims)
                .column("pc1", t.pc1()).column("null_lower", lower).column("null_upper", upper).build();
        return new GeometryChart(chart, data);
    }

    /**
     * Compares D with the 5-95 % band of D under the Gaussian null: "below null" means the
     * learned alphas span fewer directions than random ones.
     */
    static String verdict(int dimension, double nullLower, double nullUpper) {
        if (dimension < Math.round(nullLower)) {
            return "below null";
        }
        if (dimension > Math.round(nullUpper)) {
            return "above null";
        }
        return "within null";
    }

    /** Run seed of each matrix row, or the row index when the report's seeds do not match the matrix. */
    private static String[] seedLabels(GeometryReport report, int rows) {
        String[] labels = new String[rows];
        var seeds = report.input().seeds();
        for (int i = 0; i < rows; i++) {
            labels[i] = seeds.size() == rows ? Long.toString(seeds.get(i).seed()) : Integer.toString(i);
        }
        return labels;
    }

    private static JFreeChart styled(JFreeChart chart) {
        chart.setBackgroundPaint(ChartStyle.BACKGROUND);
        chart.setAntiAlias(true);
        return chart;
    }

    /** Value with its bootstrap range, for data metadata. */
    private static String estimate(Estimate e) {
        return String.format(Locale.ROOT, "%.4g (bootstrap range %.4g-%.4g)", e.value(), e.interval().lower(),
                e.interval().upper());
    }
}
