package org.rulescape.figures.charts;

import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.rulescape.figures.export.FigureData;

/**
 * A geometry chart and the numbers drawn in it, so the data export beside the figure.
 *
 * @param chart      the JFreeChart, ready to show or export
 * @param data       the plotted values in named columns
 * @param statistics sentences for the figure caption with the bootstrap ranges that the short
 *                   title leaves out; empty when there are none
 */
public record GeometryChart(JFreeChart chart, FigureData data, String statistics) {

    public GeometryChart {
        Objects.requireNonNull(chart, "chart");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(statistics, "statistics");
    }

    /** Creates a chart whose title states all its statistics. */
    public GeometryChart(JFreeChart chart, FigureData data) {
        this(chart, data, "");
    }
}
