package org.rulescape.figures.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.rulescape.core.analysis.rule.ProbeSet;
import org.rulescape.core.analysis.rule.ProfileLine;
import org.rulescape.core.analysis.rule.ReferenceRates;
import org.rulescape.figures.ChartStyle;
import org.rulescape.figures.export.FigureData;

/**
 * Charts of the learned-rule analysis: the update delta as a heat map over (g, m), delta along a
 * line through that plane for every seed, and seed-by-seed distance matrices. Each factory
 * returns its chart with the data behind it. No JavaFX, so the command line can render them.
 */
public final class RuleCharts {
    private static final String DELTA_LABEL = "update delta (theta units)";
    private static final BasicStroke REFERENCE_STROKE = new BasicStroke(2f, BasicStroke.CAP_BUTT,
            BasicStroke.JOIN_ROUND, 10f, new float[] {6f, 4f}, 0f);

    private RuleCharts() {
    }

    /**
     * Draws {@code map} (one step of {@code probe}, m along rows and g along columns) as a heat map
     * on a blue-white-red scale over [-bound, bound], white at delta = 0. Give the maps that are
     * compared side by side the same bound.
     *
     * @param title short description, for example "seed 3, t = 5"
     * @param name  file stem of the exported data, for example {@code rule_map_seed3}
     */
    public static RuleFigure ruleMap(String title, String name, ProbeSet probe, double[] map, double bound) {
        JFreeChart chart = HeatMaps.grid(title, "gradient g", probe.gValues(), "momentum m", probe.mValues(), map,
                AnchoredPaintScale.diverging(bound), DELTA_LABEL);
        int columns = probe.gValues().length;
        double[] g = new double[map.length];
        double[] m = new double[map.length];
        for (int index = 0; index < map.length; index++) {
            g[index] = probe.gValues()[index % columns];
            m[index] = probe.mValues()[index / columns];
        }
        FigureData data = FigureData.builder(name).column("g", g).column("m", m).column("delta", map)
                .meta("title", title).meta("colour_bound", bound).build();
        return new RuleFigure(chart, data);
    }

    /**
     * Draws delta against g along {@code line} for every seed in its seed colour, with the SGD and
     * momentum references as dashed lines.
     *
     * @param g          gradient values, ascending
     * @param seedLabels one label per row of {@code deltas}, for example "seed 3"
     * @param deltas     seeds x g.length updates
     * @param references rates of the dashed reference lines
     * @param step       inner step the rules were evaluated at, for the title
     */
    public static RuleFigure profiles(ProfileLine line, double[] g, String[] seedLabels, double[][] deltas,
            ReferenceRates references, int step) {
        if (seedLabels.length != deltas.length) {
            throw new IllegalArgumentException("profiles need one label per seed row (" + deltas.length + "), got "
                    + seedLabels.length);
        }
        XYSeriesCollection dataset = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        FigureData.Builder data = FigureData.builder("rule_profile_" + line.name().toLowerCase(Locale.ROOT))
                .column("g", g);
        for (int s = 0; s < deltas.length; s++) {
            dataset.addSeries(series(seedLabels[s], g, deltas[s]));
            renderer.setSeriesPaint(s, ChartStyle.seedColor(s));
            renderer.setSeriesStroke(s, ChartStyle.seriesStroke(1.5f));
            data.column(seedLabels[s].replace(' ', '_'), deltas[s]);
        }
        double[] sgd = new double[g.length];
        double[] momentum = new double[g.length];
        for (int i = 0; i < g.length; i++) {
            sgd[i] = references.sgdDelta(g[i]);
            momentum[i] = references.momentumDelta(line.momentumAt(g[i]));
        }
        int sgdIndex = deltas.length;
        dataset.addSeries(series(String.format(Locale.ROOT, "SGD, lr %.3g", references.sgdRate()), g, sgd));
        renderer.setSeriesPaint(sgdIndex, Color.BLACK);
        renderer.setSeriesStroke(sgdIndex, REFERENCE_STROKE);
        dataset.addSeries(series(String.format(Locale.ROOT, "momentum, lr %.3g", references.momentumRate()), g,
                momentum));
        renderer.setSeriesPaint(sgdIndex + 1, ChartStyle.NULL_BAND);
        renderer.setSeriesStroke(sgdIndex + 1, REFERENCE_STROKE);
        data.column("sgd", sgd).column("momentum", momentum)
                .meta("line", line.label()).meta("step", step)
                .meta("sgd_rate", references.sgdRate()).meta("momentum_rate", references.momentumRate())
                .meta("rates_fitted", references.fitted());

        NumberAxis xAxis = new NumberAxis("gradient g (" + line.label() + ")");
        NumberAxis yAxis = new NumberAxis(DELTA_LABEL);
        for (NumberAxis axis : new NumberAxis[] {xAxis, yAxis}) {
            axis.setLabelFont(ChartStyle.font(12));
            axis.setTickLabelFont(ChartStyle.font(10));
            axis.setAutoRangeIncludesZero(false);
        }
        XYPlot plot = new XYPlot(dataset, xAxis, yAxis, renderer);
        plot.setBackgroundPaint(ChartStyle.BACKGROUND);
        plot.setDomainGridlinePaint(ChartStyle.GRID);
        plot.setRangeGridlinePaint(ChartStyle.GRID);
        plot.setOutlineVisible(false);
        JFreeChart chart = new JFreeChart("delta along " + line.label() + ", t = " + step, ChartStyle.font(13),
                plot, true);
        chart.setBackgroundPaint(ChartStyle.BACKGROUND);
        chart.getLegend().setPosition(RectangleEdge.RIGHT);
        chart.getLegend().setItemFont(ChartStyle.font(10));
        return new RuleFigure(chart, data.build());
    }

    /**
     * Draws an S x S distance matrix between seeds on a viridis scale from 0 to {@code max}
     * (the largest entry when {@code max} is not positive).
     *
     * @param title      for example "function-space distance"
     * @param name       file stem of the exported data
     * @param seeds      run seed of each row
     * @param unitLabel  colour bar label with the unit, for example "RMS update difference"
     */
    public static RuleFigure distanceMatrix(String title, String name, long[] seeds, double[][] matrix,
            String unitLabel, double max) {
        int n = seeds.length;
        String[] labels = new String[n];
        for (int i = 0; i < n; i++) {
            labels[i] = Long.toString(seeds[i]);
        }
        double bound = max > 0 ? max : AnchoredPaintScale.symmetricBound(matrix);
        JFreeChart chart = HeatMaps.matrix(title, "seed", labels, matrix, AnchoredPaintScale.sequential(bound), unitLabel);
        FigureData.LongForm table = new FigureData.LongForm("row_seed", "column_seed", "distance");
        for (int row = 0; row < n; row++) {
            for (int column = 0; column < n; column++) {
                table.row(seeds[row], seeds[column], matrix[row][column]);
            }
        }
        FigureData data = table.into(FigureData.builder(name)).meta("title", title).meta("unit", unitLabel).build();
        return new RuleFigure(chart, data);
    }

    private static XYSeries series(String key, double[] x, double[] y) {
        XYSeries series = new XYSeries(key, false, true);
        for (int i = 0; i < x.length; i++) {
            series.add(x[i], y[i]);
        }
        return series;
    }
}
