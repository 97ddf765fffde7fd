package org.rulescape.figures.export;

import java.util.Objects;

import org.jfree.chart.JFreeChart;

/**
 * One figure of a run's standard set: either drawn (chart, data and caption) or skipped with
 * the reason, which the index states in place of the figure.
 *
 * @param stem       file name without extension, for example {@code meta_loss}
 * @param title      heading in the index
 * @param chart      the chart, or null when skipped
 * @param data       the numbers behind the chart, or null when skipped
 * @param caption    settings, seeds used and seeds left out; for a skipped figure, the reason
 * @param skipped    true when the figure could not be drawn
 */
public record RunFigure(String stem, String title, JFreeChart chart, FigureData data, String caption,
        boolean skipped) {

    public RunFigure {
        Objects.requireNonNull(stem, "stem");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(caption, "caption");
        if (!skipped && (chart == null || data == null)) {
            throw new IllegalArgumentException("figure '" + stem + "' is not skipped, so it needs a chart and data");
        }
    }

    /** A figure that was drawn. */
    public static RunFigure drawn(String stem, String title, JFreeChart chart, FigureData data, String caption) {
        return new RunFigure(stem, title, chart, data, caption, false);
    }

    /** A figure left out, with the reason as a sentence. */
    public static RunFigure skipped(String stem, String title, String reason) {
        return new RunFigure(stem, title, null, null, reason, true);
    }
}
