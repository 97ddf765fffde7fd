package org.rulescape.figures.charts;

import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.rulescape.figures.export.FigureData;

/**
 * A learned-rule chart with the numbers behind it, so the workbench and the {@code figures}
 * command export the same data.
 *
 * @param chart the chart
 * @param data  the values drawn, in named columns
 */
public record RuleFigure(JFreeChart chart, FigureData data) {

    public RuleFigure {
        Objects.requireNonNull(chart, "chart");
        Objects.requireNonNull(data, "data");
    }
}
