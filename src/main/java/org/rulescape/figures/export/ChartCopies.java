package org.rulescape.figures.export;

import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemSource;
import org.jfree.chart.annotations.XYAnnotation;
import org.jfree.chart.annotations.XYTitleAnnotation;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.CombinedRangeCategoryPlot;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.Title;
import org.jfree.chart.util.PublicCloneable;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.xy.XYDataset;

/**
 * Makes a copy of a chart that can be restyled and drawn on another thread without touching
 * the original: plot, axes, renderers, titles and (where they are cloneable, as every dataset
 * class of JFreeChart is) the datasets are copied, and legends are pointed at the copy's plot.
 */
public final class ChartCopies {
    private ChartCopies() {
    }

    /**
     * Copies {@code chart}. Call it on the thread that updates the chart's datasets (the FX
     * thread in the workbench); the copy is then independent of later updates.
     *
     * @throws IllegalArgumentException when a part of the chart cannot be cloned, naming it
     */
    public static JFreeChart copy(JFreeChart chart) {
        JFreeChart copy;
        try {
            copy = (JFreeChart) chart.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalArgumentException("chart '" + titleOf(chart)
                    + "' cannot be copied for export because a part of it is not cloneable: "
                    + e.getMessage(), e);
        }
        detachDatasets(copy.getPlot());
        relinkLegends(chart.getPlot(), copy.getPlot(), copy.getSubtitles());
        return copy;
    }

    private static String titleOf(JFreeChart chart) {
        return chart.getTitle() == null ? "(untitled)" : chart.getTitle().getText();
    }

    /** Replaces each dataset of the copied plot by its own clone, so later updates do not reach it. */
    private static void detachDatasets(Plot plot) {
        if (plot instanceof XYPlot xy) {
            for (XYPlot subplot : xySubplots(xy)) {
                detachDatasets(subplot);
            }
            for (int i = 0; i < xy.getDatasetCount(); i++) {
                XYDataset dataset = xy.getDataset(i);
                if (dataset instanceof PublicCloneable cloneable) {
                    xy.setDataset(i, (XYDataset) cloneQuietly(cloneable, dataset));
                }
            }
        } else if (plot instanceof CategoryPlot category) {
            for (CategoryPlot subplot : categorySubplots(category)) {
                detachDatasets(subplot);
            }
            for (int i = 0; i < category.getDatasetCount(); i++) {
                CategoryDataset dataset = category.getDataset(i);
                if (dataset instanceof PublicCloneable cloneable) {
                    category.setDataset(i, (CategoryDataset) cloneQuietly(cloneable, dataset));
                }
            }
        }
    }

    private static Object cloneQuietly(PublicCloneable cloneable, Object fallback) {
        try {
            return cloneable.clone();
        } catch (CloneNotSupportedException e) {
            // NOTE: the copy then shares this dataset with the on-screen chart; exports drawn
            // while the dataset changes may show a mix of old and new points.
            return fallback;
        }
    }

    /** Points legends of the copy, including legends inside the plot, at the copy's plot. */
    private static void relinkLegends(Plot original, Plot copy, List<Title> titles) {
        for (Title title : titles) {
            if (title instanceof LegendTitle legend) {
                legend.setSources(relink(legend.getSources(), original, copy));
            }
        }
        if (copy instanceof XYPlot xyCopy) {
            for (XYAnnotation annotation : xyCopy.getAnnotations()) {
                if (annotation instanceof XYTitleAnnotation titled
                        && titled.getTitle() instanceof LegendTitle legend) {
                    legend.setSources(relink(legend.getSources(), original, copy));
                }
            }
        }
    }

    private static LegendItemSource[] relink(LegendItemSource[] sources, Plot original, Plot copy) {
        LegendItemSource[] relinked = sources.clone();
        for (int i = 0; i < relinked.length; i++) {
            if (relinked[i] == original) {
                relinked[i] = copy;
            } else if (original instanceof XYPlot xyOriginal && copy instanceof XYPlot xyCopy) {
                for (int r = 0; r < xyOriginal.getRendererCount(); r++) {
                    if (relinked[i] == xyOriginal.getRenderer(r) && xyCopy.getRenderer(r) != null) {
                        relinked[i] = xyCopy.getRenderer(r);
                    }
                }
            } else if (original instanceof CategoryPlot catOriginal && copy instanceof CategoryPlot catCopy) {
                for (int r = 0; r < catOriginal.getRendererCount(); r++) {
                    if (relinked[i] == catOriginal.getRenderer(r) && catCopy.getRenderer(r) != null) {
                        relinked[i] = catCopy.getRenderer(r);
                    }
                }
            }
        }
        return relinked;
    }

    /** Subplots of a combined XY plot, or an empty list. */
    @SuppressWarnings("unchecked") // JFreeChart 1.5 returns raw lists of subplots
    static List<XYPlot> xySubplots(XYPlot plot) {
        List<XYPlot> subplots = new ArrayList<>();
        if (plot instanceof CombinedDomainXYPlot combined) {
            subplots.addAll(combined.getSubplots());
        } else if (plot instanceof CombinedRangeXYPlot combined) {
            subplots.addAll(combined.getSubplots());
        }
        return subplots;
    }

    /** Subplots of a combined category plot, or an empty list. */
    @SuppressWarnings("unchecked") // JFreeChart 1.5 returns raw lists of subplots
    static List<CategoryPlot> categorySubplots(CategoryPlot plot) {
        List<CategoryPlot> subplots = new ArrayList<>();
        if (plot instanceof CombinedDomainCategoryPlot combined) {
            subplots.addAll(combined.getSubplots());
        } else if (plot instanceof CombinedRangeCategoryPlot combined) {
            subplots.addAll(combined.getSubplots());
        }
        return subplots;
    }
}
