package org.rulescape.figures.export;

import java.awt.Color;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** Small charts for export tests. */
final class TestCharts {
    private TestCharts() {
    }

    /** Distinct, easily recognised series colours. */
    static final Color[] COLORS = {
            new Color(10, 20, 30), new Color(40, 50, 60), new Color(70, 80, 90), new Color(100, 110, 120),
    };

    /**
     * A line chart with {@code seriesCount} series of 6 points each, one path per series, series
     * {@code s} drawn in {@code COLORS[s]}.
     */
    static JFreeChart lines(int seriesCount) {
        XYSeriesCollection dataset = new XYSeriesCollection();
        for (int s = 0; s < seriesCount; s++) {
            XYSeries series = new XYSeries("seed " + s);
            for (int i = 0; i < 6; i++) {
                series.add(i, s + Math.sin(i + s));
            }
            dataset.addSeries(series);
        }
        JFreeChart chart = ChartFactory.createXYLineChart("Meta-loss", "meta-step", "J(alpha)", dataset);
        XYPlot plot = chart.getXYPlot();
        XYLineAndShapeRenderer renderer = (XYLineAndShapeRenderer) plot.getRenderer();
        renderer.setDrawSeriesLineAsPath(true);
        for (int s = 0; s < seriesCount; s++) {
            renderer.setSeriesPaint(s, COLORS[s]);
        }
        return chart;
    }
}
