package org.rulescape.figures.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.DefaultXYDataset;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.rulescape.core.analysis.perturbation.CurveBand;
import org.rulescape.core.analysis.perturbation.PerturbationStudy;
import org.rulescape.core.analysis.perturbation.TrialResult;
import org.rulescape.figures.ChartStyle;
import org.rulescape.figures.export.FigureData;

/**
 * Recovery curves of the perturbation experiment: distance to the reference d_t against the
 * recovery step. Each trial is a thin line in its sigma's colour, each sigma's mean a thick line
 * with a 95 % band over its trials, the sigma = 0 control a black dashed line, and a dotted
 * horizontal line at each sigma marks d = sigma (no change).
 *
 * <p>The same object serves the live workbench ({@link #setCurves} again whenever data arrive)
 * and export ({@link #of}). Not thread-safe: use it from one thread, in the workbench the FX thread.
 */
public final class RecoveryChart {
    private static final int BAND_DATASET = 0;
    private static final int TRIAL_DATASET = 1;
    private static final int CONTROL_DATASET = 2;
    private static final Color CONTROL_COLOR = Color.BLACK;

    private final YIntervalSeriesCollection bands = new YIntervalSeriesCollection();
    private final DefaultXYDataset trials = new DefaultXYDataset();
    private final DefaultXYDataset control = new DefaultXYDataset();
    private final DeviationRenderer bandRenderer = new DeviationRenderer(true, false);
    private final XYLineAndShapeRenderer trialRenderer = new XYLineAndShapeRenderer(true, false);
    private final XYLineAndShapeRenderer controlRenderer = new XYLineAndShapeRenderer(true, false);
    private final XYPlot plot;
    private final JFreeChart chart;

    /** Creates an empty chart. */
    public RecoveryChart() {
        NumberAxis stepAxis = new NumberAxis("recovery step t");
        stepAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        // Short enough for the workbench's chart at 1280 x 800; the captions and the metadata give
        // the definition d_t = ||alpha_t - alpha_ref||.
        NumberAxis distanceAxis = new NumberAxis("d_t to alpha_ref");
        distanceAxis.setAutoRangeIncludesZero(true);
        plot = new XYPlot(bands, stepAxis, distanceAxis, bandRenderer);
        plot.setDataset(TRIAL_DATASET, trials);
        plot.setRenderer(TRIAL_DATASET, trialRenderer);
        plot.setDataset(CONTROL_DATASET, control);
        plot.setRenderer(CONTROL_DATASET, controlRenderer);
        plot.setBackgroundPaint(ChartStyle.BACKGROUND);
        plot.setDomainGridlinePaint(ChartStyle.GRID);
        plot.setRangeGridlinePaint(ChartStyle.GRID);
        plot.setOutlineVisible(false);
        bandRenderer.setAlpha(0.2f);
        trialRenderer.setDefaultSeriesVisibleInLegend(false);
        controlRenderer.setSeriesPaint(0, CONTROL_COLOR);
        controlRenderer.setSeriesStroke(0, new BasicStroke(2.0f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND,
                10f, new float[] {6f, 4f}, 0f));

        chart = new JFreeChart(null, ChartStyle.font(14), plot, true);
        chart.setBackgroundPaint(ChartStyle.BACKGROUND);
        chart.setAntiAlias(true);
        LegendTitle legend = chart.getLegend();
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setItemFont(ChartStyle.font(12));
        legend.setFrame(BlockBorder.NONE);
        // Room after each label: in the workbench's ChartViewer the labels came out wider than the
        // space JFreeChart reserved, and "control (sigma = 0)" ran into the next entry.
        legend.setItemLabelPadding(new RectangleInsets(2, 2, 2, 16));
    }

    /** Returns a finished chart of a study's finished trials, for export or the command line. */
    public static JFreeChart of(PerturbationStudy study) {
        RecoveryChart chart = new RecoveryChart();
        chart.setCurves(curves(study));
        return chart.chart();
    }

    /** Returns the curves of a study's finished trials (COMPLETE and DIVERGED), control first. */
    public static List<RecoveryCurve> curves(PerturbationStudy study) {
        List<RecoveryCurve> curves = new ArrayList<>();
        for (TrialResult trial : study.results()) {
            if (trial.status().isFinished()) {
                curves.add(new RecoveryCurve(trial.spec(), trial.distanceTo(study.reference().alpha()), true));
            }
        }
        return curves;
    }

    /**
     * Returns the data behind the curves in long form, one row per trial and step: columns
     * sigma_index (-1 for the control), sigma, trial, step, distance, and band_mean, band_low,
     * band_high (that sigma's mean and 95 % band at that step, NaN past the shortest trial).
     */
    public static FigureData data(List<RecoveryCurve> curves) {
        Map<Integer, CurveBand> bands = bandsBySigma(curves);
        int rows = curves.stream().mapToInt(c -> c.distance().length).sum();
        double[][] columns = new double[8][rows];
        int row = 0;
        for (RecoveryCurve curve : curves) {
            CurveBand band = bands.get(curve.spec().sigmaIndex());
            for (int t = 0; t < curve.distance().length; t++) {
                boolean inBand = band != null && t < band.mean().length;
                columns[0][row] = curve.spec().sigmaIndex();
                columns[1][row] = curve.spec().sigma();
                columns[2][row] = curve.spec().trial();
                columns[3][row] = t;
                columns[4][row] = curve.distance()[t];
                columns[5][row] = inBand ? band.mean()[t] : Double.NaN;
                columns[6][row] = inBand ? band.low()[t] : Double.NaN;
                columns[7][row] = inBand ? band.high()[t] : Double.NaN;
                row++;
            }
        }
        return FigureData.builder("perturbation_recovery")
                .column("sigma_index", columns[0])
                .column("sigma", columns[1])
                .column("trial", columns[2])
                .column("step", columns[3])
                .column("distance", columns[4])
                .column("band_mean", columns[5])
                .column("band_low", columns[6])
                .column("band_high", columns[7])
                .meta("distance", "d_t = ||alpha_t - alpha_ref||, plain Euclidean norm in alpha units")
                .meta("band", "pointwise mean and 95 % Student-t interval over the sigma's trials")
                .meta("control", "sigma_index -1: resumed from alpha_ref unperturbed, drift from task sampling alone")
                .build();
    }

    /** The JFreeChart object, to show in a viewer or export. */
    public JFreeChart chart() {
        return chart;
    }

    /** Replaces every curve; the band of each sigma is recomputed from its curves. */
    public void setCurves(List<RecoveryCurve> curves) {
        chart.setNotify(false);
        try {
            clear();
            Map<Integer, CurveBand> bandBySigma = bandsBySigma(curves);
            Map<Integer, Double> sigmaOf = new TreeMap<>();
            int trialSeries = 0;
            for (RecoveryCurve curve : curves) {
                if (curve.spec().isControl()) {
                    control.addSeries("control (sigma = 0)", xy(curve.distance()));
                    continue;
                }
                int index = curve.spec().sigmaIndex();
                sigmaOf.put(index, curve.spec().sigma());
                trials.addSeries("sigma" + index + " trial" + curve.spec().trial(), xy(curve.distance()));
                trialRenderer.setSeriesPaint(trialSeries, translucent(ChartStyle.seedColor(index)));
                trialRenderer.setSeriesStroke(trialSeries, ChartStyle.seriesStroke(0.7f));
                trialSeries++;
            }
            int bandSeries = 0;
            for (Map.Entry<Integer, Double> entry : sigmaOf.entrySet()) {
                CurveBand band = bandBySigma.get(entry.getKey());
                YIntervalSeries series = new YIntervalSeries("sigma = " + entry.getValue() + " (mean, 95 % band)");
                for (int t = 0; t < band.mean().length; t++) {
                    series.add(t, band.mean()[t], band.low()[t], band.high()[t]);
                }
                bands.addSeries(series);
                Paint paint = ChartStyle.seedColor(entry.getKey());
                bandRenderer.setSeriesPaint(bandSeries, paint);
                bandRenderer.setSeriesFillPaint(bandSeries, paint);
                bandRenderer.setSeriesStroke(bandSeries, ChartStyle.seriesStroke(2.5f));
                ValueMarker level = new ValueMarker(entry.getValue(), ChartStyle.NULL_BAND,
                        new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {2f, 3f}, 0f));
                plot.addRangeMarker(level);
                bandSeries++;
            }
            plot.setFixedLegendItems(legend(sigmaOf, control.getSeriesCount() > 0));
        } finally {
            chart.setNotify(true);
        }
    }

    private void clear() {
        while (bands.getSeriesCount() > 0) {
            bands.removeSeries(0);
        }
        while (trials.getSeriesCount() > 0) {
            trials.removeSeries(trials.getSeriesKey(0));
        }
        while (control.getSeriesCount() > 0) {
            control.removeSeries(control.getSeriesKey(0));
        }
        plot.clearRangeMarkers();
    }

    private LegendItemCollection legend(Map<Integer, Double> sigmas, boolean hasControl) {
        LegendItemCollection items = new LegendItemCollection();
        if (hasControl) {
            items.add(new LegendItem("control (sigma = 0)", CONTROL_COLOR));
        }
        for (Map.Entry<Integer, Double> entry : sigmas.entrySet()) {
            items.add(new LegendItem("sigma = " + entry.getValue(), ChartStyle.seedColor(entry.getKey())));
        }
        return items;
    }

    private static Map<Integer, CurveBand> bandsBySigma(List<RecoveryCurve> curves) {
        Map<Integer, List<double[]>> bySigma = new LinkedHashMap<>();
        for (RecoveryCurve curve : curves) {
            if (!curve.spec().isControl() && curve.distance().length > 0) {
                bySigma.computeIfAbsent(curve.spec().sigmaIndex(), k -> new ArrayList<>()).add(curve.distance());
            }
        }
        Map<Integer, CurveBand> bands = new LinkedHashMap<>();
        bySigma.forEach((index, list) -> bands.put(index, CurveBand.of(list)));
        return bands;
    }

    private static double[][] xy(double[] distance) {
        double[][] series = new double[2][distance.length];
        for (int t = 0; t < distance.length; t++) {
            series[0][t] = t;
            series[1][t] = distance[t];
        }
        return series;
    }

    private static Paint translucent(Paint paint) {
        Color color = (Color) paint;
        return new Color(color.getRed(), color.getGreen(), color.getBlue(), 110);
    }
}
