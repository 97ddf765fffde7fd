package org.rulescape.figures.export;

import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.data.Range;

/**
 * The ranges of a chart's value axes as the chart factory set them: automatic, or a fixed
 * range such as the 0-1.02 of a scree plot or the tight cell bounds of a heat map. Capture it
 * before the user zooms, then {@link #restore} it on the chart or on an export copy of it to
 * undo the zoom.
 */
public final class AxisRanges {
    private final List<AxisRange> ranges;

    private AxisRanges(List<AxisRange> ranges) {
        this.ranges = ranges;
    }

    /** Records whether each value axis of {@code chart} ranges automatically, and its range if not. */
    public static AxisRanges capture(JFreeChart chart) {
        List<AxisRange> ranges = new ArrayList<>();
        for (ValueAxis axis : valueAxes(chart.getPlot())) {
            ranges.add(new AxisRange(axis.isAutoRange(), axis.getRange()));
        }
        return new AxisRanges(ranges);
    }

    /**
     * Puts the recorded ranges back on the value axes of {@code chart}, which must be the
     * captured chart or a copy of it; axes beyond those recorded get automatic range.
     */
    public void restore(JFreeChart chart) {
        List<ValueAxis> axes = valueAxes(chart.getPlot());
        for (int i = 0; i < axes.size(); i++) {
            ValueAxis axis = axes.get(i);
            AxisRange recorded = i < ranges.size() ? ranges.get(i) : new AxisRange(true, null);
            if (recorded.auto()) {
                axis.setAutoRange(true);
            } else {
                axis.setRange(recorded.range());
            }
        }
    }

    /** Returns whether every value axis of {@code chart} shows its recorded range, so the chart is not zoomed. */
    public boolean matches(JFreeChart chart) {
        List<ValueAxis> axes = valueAxes(chart.getPlot());
        if (axes.size() != ranges.size()) {
            return false;
        }
        for (int i = 0; i < axes.size(); i++) {
            AxisRange recorded = ranges.get(i);
            ValueAxis axis = axes.get(i);
            boolean same = recorded.auto() ? axis.isAutoRange() : axis.getRange().equals(recorded.range());
            if (!same) {
                return false;
            }
        }
        return true;
    }

    /** Value axes of the plot and of its subplots, in a fixed order. */
    private static List<ValueAxis> valueAxes(Plot plot) {
        List<ValueAxis> axes = new ArrayList<>();
        if (plot instanceof XYPlot xy) {
            for (XYPlot subplot : ChartCopies.xySubplots(xy)) {
                axes.addAll(valueAxes(subplot));
            }
            for (int i = 0; i < xy.getDomainAxisCount(); i++) {
                addIfPresent(axes, xy.getDomainAxis(i));
            }
            for (int i = 0; i < xy.getRangeAxisCount(); i++) {
                addIfPresent(axes, xy.getRangeAxis(i));
            }
        } else if (plot instanceof CategoryPlot category) {
            for (CategoryPlot subplot : ChartCopies.categorySubplots(category)) {
                axes.addAll(valueAxes(subplot));
            }
            for (int i = 0; i < category.getRangeAxisCount(); i++) {
                addIfPresent(axes, category.getRangeAxis(i));
            }
        }
        return axes;
    }

    private static void addIfPresent(List<ValueAxis> axes, ValueAxis axis) {
        if (axis != null) {
            axes.add(axis);
        }
    }

    private record AxisRange(boolean auto, Range range) {
    }
}
