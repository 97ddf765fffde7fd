package org.rulescape.figures;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;

/**
 * Palette and fonts shared by every chart, on screen and in exported figures, so that a seed
 * has the same colour everywhere. Seeds 0-7 use Okabe and Ito's colour-blind-safe set (2008).
 * Seeds 8-11 add four hues that set lacks (wine, brown, light green and indigo) instead of darker
 * copies of its colours. Every pair of the twelve is at least 26 apart in CIELAB (CIE76 delta E,
 * sRGB with a D65 white); {@code ChartStyleTest} checks that bound. From the thirteenth seed on,
 * the colours repeat.
 */
public final class ChartStyle {
    private ChartStyle() {
    }

    private static final Color[] SEED_COLORS = {
            new Color(0x0072B2), new Color(0xE69F00), new Color(0x009E73), new Color(0xCC79A7),
            new Color(0x56B4E9), new Color(0xD55E00), new Color(0xF0E442), new Color(0x000000),
            new Color(0x882255), new Color(0x8C564B), new Color(0xB2DF8A), new Color(0x332288),
    };

    /** Number of distinct seed colours before {@link #seedColor(int)} repeats. */
    public static final int SEED_COLOR_COUNT = SEED_COLORS.length;

    /** Colour of the null band or baseline in every chart. */
    public static final Color NULL_BAND = new Color(0x9E9E9E);
    /** Colour of reference marks such as D90 and the divergence marker. */
    public static final Color ACCENT = new Color(0xC62828);
    /** Plot background on screen and in print. */
    public static final Color BACKGROUND = Color.WHITE;
    /** Grid line colour. */
    public static final Color GRID = new Color(0xE0E0E0);
    /** Default font family; the export dialog can change the size. */
    public static final String FONT_FAMILY = Font.SANS_SERIF;

    /** Returns the colour of the seed at position {@code index} (0-based) in a run's seed list. */
    public static Paint seedColor(int index) {
        return SEED_COLORS[Math.floorMod(index, SEED_COLORS.length)];
    }

    /** Line stroke for series, in points. */
    public static BasicStroke seriesStroke(float width) {
        return new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    /** Plain font of the given size in points. */
    public static Font font(float size) {
        return new Font(FONT_FAMILY, Font.PLAIN, Math.round(size));
    }
}
