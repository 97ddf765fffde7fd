package org.rulescape.figures.charts;

import java.awt.BasicStroke;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.GrayPaintScale;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.DefaultXYZDataset;
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
 * command line's figure export. Each returns the chart with the data it draws; titles carry
 * the interval or null of every number they state.
 */
public final class GeometryCharts {
    private GeometryCharts() {
    }

    /** Bars per seed: final norm, initial norm and distance from the seed's own initial alpha. */
    public static GeometryChart seedBars(GeometryReport report) {
        SeedMeasures m = report.perSeed();
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        double[] seeds = new double[m.seeds().length];
        for (int i = 0; i < m.seeds().length; i++) {
            String seed = "seed " + m.seeds()[i];
            seeds[i] = m.seeds()[i];
            dataset.addValue(m.finalNorms()[i], "final norm", seed);
            dataset.addValue(m.initialNorms()[i], "initial norm", seed);
            dataset.addValue(m.fromInitial()[i], "distance from initial", seed);
        }
        BarRenderer renderer = new BarRenderer();
        renderer.setSeriesPaint(0, ChartStyle.seedColor(0));
        renderer.setSeriesPaint(1, ChartStyle.NULL_BAND);
        renderer.setSeriesPaint(2, ChartStyle.seedColor(1));
        renderer.setShadowVisible(false);
        CategoryPlot plot = new CategoryPlot(dataset, new CategoryAxis(null), new NumberAxis("L2 norm / distance"),
                renderer);
        String title = String.format(Locale.ROOT, "mean final norm %s, initial %s, from initial %s",
                estimate(m.meanFinalNorm()), estimate(m.meanInitialNorm()), estimate(m.meanFromInitial()));
        JFreeChart chart = styled(new JFreeChart(title, ChartStyle.font(12), plot, true));
        plot.setBackgroundPaint(ChartStyle.BACKGROUND);
        plot.setRangeGridlinePaint(ChartStyle.GRID);
        FigureData data = FigureData.builder("seed_sizes").column("seed", seeds)
                .column("final_norm", m.finalNorms()).column("initial_norm", m.initialNorms())
                .column("distance_from_initial", m.fromInitial()).build();
        return new GeometryChart(chart, data);
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
                max = Math.max(max, matrix[i][j]);
            }
        }
        DefaultXYZDataset dataset = new DefaultXYZDataset();
        dataset.addSeries("distance", new double[][] {x, y, z});
        XYBlockRenderer renderer = new XYBlockRenderer();
        GrayPaintScale scale = new GrayPaintScale(0, max > 0 ? max : 1);
        renderer.setPaintScale(scale);
        NumberAxis xAxis = new NumberAxis("seed index");
        NumberAxis yAxis = new NumberAxis("seed index");
        xAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        yAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        yAxis.setInverted(true);
        XYPlot plot = new XYPlot(dataset, xAxis, yAxis, renderer);
        String title = String.format(Locale.ROOT, "%s distances: mean %s (initial %s)",
                aligned ? "aligned" : "raw", estimate(summary.mean()), estimate(baseline.mean()));
        JFreeChart chart = styled(new JFreeChart(title, ChartStyle.font(12), plot, false));
        PaintScaleLegend legend = new PaintScaleLegend(scale, new NumberAxis("distance"));
        legend.setPosition(RectangleEdge.RIGHT);
        chart.addSubtitle(legend);
        FigureData data = FigureData.builder(aligned ? "distances_aligned" : "distances_raw")
                .column("row", y).column("column", x).column("distance", z).build();
        return new GeometryChart(chart, data);
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
        String title = String.format(Locale.ROOT, "%s: D%d = %d [%d, %d]  null %d [%d, %d]; PC1 %.1f %% [%.1f, %.1f]",
                set.name(), Math.round(100 * set.bootstrap().threshold()), d, Math.round(dim.interval().lower()),
                Math.round(dim.interval().upper()), Math.round(nulls.dimensionMedian()),
                Math.round(nulls.dimensionBand().lower()), Math.round(nulls.dimensionBand().upper()),
                100 * set.bootstrap().pc1().value(), 100 * set.bootstrap().pc1().interval().lower(),
                100 * set.bootstrap().pc1().interval().upper());
        JFreeChart chart = styled(new JFreeChart(title, ChartStyle.font(12), plot, true));
        FigureData data = FigureData.builder("scree_" + set.name()).column("component", component)
                .column("ratio", ratios).column("cumulative", cumulative).column("null_lower", nulls.lower())
                .column("null_median", nulls.median()).column("null_upper", nulls.upper())
                .meta("dimension", d).meta("threshold", set.bootstrap().threshold()).build();
        return new GeometryChart(chart, data);
    }

    /**
     * Projection of the seeds onto principal components {@code first} and {@code second}
     * (0-based) of the final alphas, one colour per seed; optionally each seed's initial alpha
     * (hollow) and its snapshot trajectory.
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
        for (int i = 0; i < report.input().seeds().size(); i++) {
            var seed = report.input().seeds().get(i);
            double[][] path = t.projections()[i];
            int series = dataset.getSeriesCount();
            XYSeries finalPoint = new XYSeries("seed " + seed.seed(), false);
            finalPoint.add(pca.scores()[i][first], pca.scores()[i][second]);
            dataset.addSeries(finalPoint);
            renderer.setSeriesPaint(series, ChartStyle.seedColor(seed.runIndex()));
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
        String title = String.format(Locale.ROOT, "final alphas on PC%d/PC%d (null PC%d %.1f %% [%.1f, %.1f])",
                first + 1, second + 1, first + 1, 100 * nulls.median()[first], 100 * nulls.lower()[first],
                100 * nulls.upper()[first]);
        JFreeChart chart = styled(new JFreeChart(title, ChartStyle.font(12), plot, true));
        data.column("seed", seedColumn).column("step", stepColumn).column("pc" + (first + 1), xs)
                .column("pc" + (second + 1), ys);
        return new GeometryChart(chart, data.build());
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
        FigureData data = FigureData.builder("dimension_over_time").column("step", steps).column("dimension", dims)
                .column("pc1", t.pc1()).column("null_lower", lower).column("null_upper", upper).build();
        return new GeometryChart(chart, data);
    }

    private static JFreeChart styled(JFreeChart chart) {
        chart.setBackgroundPaint(ChartStyle.BACKGROUND);
        chart.setAntiAlias(true);
        return chart;
    }

    private static String estimate(Estimate e) {
        return String.format(Locale.ROOT, "%.3f [%.3f, %.3f]", e.value(), e.interval().lower(), e.interval().upper());
    }
}
