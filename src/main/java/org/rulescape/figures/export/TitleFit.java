package org.rulescape.figures.export;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.title.TextTitle;

/**
 * Keeps a print copy's title on one line. JFreeChart wraps a title that is wider than the
 * figure; in a single-column figure that pushes the plot down and splits intervals across
 * lines. The title font is shrunk until the text fits, down to {@link #MIN_POINTS}.
 */
final class TitleFit {
    /** Smallest title size in points; journals rarely accept smaller type. */
    static final float MIN_POINTS = 5f;

    /**
     * Share of the width the measured text may fill. The PDF writer measures some fonts wider
     * than AWT does, so a title measured at the full width still wrapped in PDF output.
     */
    static final double FILL = 0.9;

    private static final FontRenderContext CONTEXT = new FontRenderContext(new AffineTransform(), true, true);

    private TitleFit() {
    }

    /**
     * Shrinks the title of {@code chart} so that its AWT-measured width is at most
     * {@link #FILL} of {@code widthPoints}, which keeps it on one line in PNG, SVG and PDF.
     * A title that does not fit even at {@link #MIN_POINTS} is limited to one line, so
     * JFreeChart cuts its end instead of wrapping.
     */
    static void fitToWidth(JFreeChart chart, double widthPoints) {
        TextTitle title = chart.getTitle();
        if (title == null || title.getText() == null || title.getText().isEmpty()) {
            return;
        }
        Font font = title.getFont();
        double width = textWidth(title.getText(), font);
        double available = FILL * widthPoints;
        if (width <= available) {
            return;
        }
        float fitted = (float) Math.floor(font.getSize2D() * available / width * 10) / 10;
        title.setFont(font.deriveFont(Math.max(MIN_POINTS, fitted)));
        if (fitted < MIN_POINTS) {
            title.setMaximumLinesToDisplay(1);
        }
    }

    /** Width of {@code text} in points when drawn in {@code font}. */
    static double textWidth(String text, Font font) {
        return font.getStringBounds(text, CONTEXT).getWidth();
    }
}
