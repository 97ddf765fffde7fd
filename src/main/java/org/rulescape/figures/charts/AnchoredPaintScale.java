package org.rulescape.figures.charts;

import java.awt.Color;
import java.awt.Paint;
import java.io.Serializable;
import org.jfree.chart.renderer.PaintScale;

/**
 * A colour scale for heat maps that interpolates linearly in RGB between evenly spaced anchor
 * colours. Values below the lower bound get the first colour and values above the upper bound
 * the last; NaN gets {@link #NAN_COLOR} so missing values stay visible.
 *
 * <p>{@link #diverging(double)} uses the seven-class RdBu scheme of ColorBrewer (Brewer,
 * colorbrewer2.org), blue for negative and red for positive values, centred on white at 0.
 * {@link #sequential(double)} uses five anchors of matplotlib's viridis (van der Walt and Smith
 * 2015), which stays readable in grey scale and for colour-blind readers.
 */
public final class AnchoredPaintScale implements PaintScale, Serializable {
    private static final long serialVersionUID = 1L;

    /** Colour of NaN values. */
    public static final Color NAN_COLOR = new Color(0x9E9E9E);

    private static final Color[] RED_BLUE = {
            new Color(0x2166AC), new Color(0x67A9CF), new Color(0xD1E5F0), new Color(0xF7F7F7),
            new Color(0xFDDBC7), new Color(0xEF8A62), new Color(0xB2182B),
    };
    private static final Color[] VIRIDIS = {
            new Color(0x440154), new Color(0x3B528B), new Color(0x21908C), new Color(0x5DC963),
            new Color(0xFDE725),
    };

    private final double lower;
    private final double upper;
    private final Color[] anchors;

    private AnchoredPaintScale(double lower, double upper, Color[] anchors) {
        if (!(upper > lower) || !Double.isFinite(lower) || !Double.isFinite(upper)) {
            throw new IllegalArgumentException("colour scale bounds must be finite with lower < upper, got ["
                    + lower + ", " + upper + "]");
        }
        this.lower = lower;
        this.upper = upper;
        this.anchors = anchors;
    }

    /**
     * Returns a blue-white-red scale on [-bound, bound], white at 0.
     *
     * @throws IllegalArgumentException when bound is not positive and finite
     */
    public static AnchoredPaintScale diverging(double bound) {
        return new AnchoredPaintScale(-bound, bound, RED_BLUE);
    }

    /**
     * Returns a viridis scale on [0, max], dark at 0.
     *
     * @throws IllegalArgumentException when max is not positive and finite
     */
    public static AnchoredPaintScale sequential(double max) {
        return new AnchoredPaintScale(0.0, max, VIRIDIS);
    }

    /**
     * Returns a symmetric bound that covers {@code values}: their largest magnitude, or 1 when
     * all are zero or none is finite, so that a scale can always be built.
     */
    public static double symmetricBound(double[]... values) {
        double bound = 0;
        for (double[] array : values) {
            for (double value : array) {
                if (Double.isFinite(value)) {
                    bound = Math.max(bound, Math.abs(value));
                }
            }
        }
        return bound > 0 ? bound : 1.0;
    }

    @Override
    public double getLowerBound() {
        return lower;
    }

    @Override
    public double getUpperBound() {
        return upper;
    }

    @Override
    public Paint getPaint(double value) {
        if (Double.isNaN(value)) {
            return NAN_COLOR;
        }
        double position = (value - lower) / (upper - lower) * (anchors.length - 1);
        if (position <= 0) {
            return anchors[0];
        }
        if (position >= anchors.length - 1) {
            return anchors[anchors.length - 1];
        }
        int index = (int) position;
        double weight = position - index;
        Color from = anchors[index];
        Color to = anchors[index + 1];
        return new Color(mix(from.getRed(), to.getRed(), weight), mix(from.getGreen(), to.getGreen(), weight),
                mix(from.getBlue(), to.getBlue(), weight));
    }

    private static int mix(int from, int to, double weight) {
        return (int) Math.round(from + (to - from) * weight);
    }
}
