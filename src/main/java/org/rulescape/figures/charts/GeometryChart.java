package org.rulescape.figures.charts;

import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.rulescape.figures.export.FigureData;

/**
 * A geometry chart and the numbers drawn in it, so the data export beside the figure.
 *
 * @param chart the JFreeChart, ready to show or export
 * @param data  the plotted values in named columns
 */
public record GeometryChart(JFreeChart chart, FigureData data) {

    public GeometryChart {
        Objects.requireNonNull(chart, "chart");
        Objects.requireNonNull(data, "data");
    }
}
