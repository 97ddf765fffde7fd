package org.rulescape.fx.perturbation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The logarithmic scale of the sigma sliders. A slider's position is log10(sigma) between
 * {@link #MIN} and {@link #MAX} (alpha units), so the same drag changes sigma by the same factor
 * anywhere on the track. Values are rounded to two significant digits (0.010, 0.011, ..., 0.99,
 * 1.0, 1.1, ..., 5.0), and one arrow-key step moves to the neighbouring value, a change of 1 to
 * 10 %. Sigmas outside the range, or with more digits, can still be typed in the text field.
 */
final class SigmaScale {
    /** Smallest sigma a slider reaches. */
    static final double MIN = 0.01;
    /** Largest sigma a slider reaches. */
    static final double MAX = 5.0;

    private static final MathContext TWO_DIGITS = new MathContext(2, RoundingMode.HALF_EVEN);

    private SigmaScale() {
    }

    /** Slider position of the smallest sigma. */
    static double minPosition() {
        return Math.log10(MIN);
    }

    /** Slider position of the largest sigma. */
    static double maxPosition() {
        return Math.log10(MAX);
    }

    /** Returns the slider position of {@code sigma}; sigmas outside the range go to its ends. */
    static double positionOf(double sigma) {
        return Math.log10(clamp(sigma));
    }

    /** Returns the sigma at a slider position, rounded to two significant digits and clamped to the range. */
    static double valueAt(double position) {
        return round(clamp(Math.pow(10, position)));
    }

    /**
     * Returns the two-digit value next to {@code sigma} in direction {@code steps} (+1 up, -1 down,
     * or several steps at once), clamped to the range. A sigma between two values first moves to
     * the nearer one on that side.
     */
    static double step(double sigma, int steps) {
        BigDecimal value = BigDecimal.valueOf(clamp(sigma));
        BigDecimal rounded = value.round(TWO_DIGITS);
        int remaining = Math.abs(steps);
        int direction = Integer.signum(steps);
        if (direction > 0 && rounded.compareTo(value) > 0 || direction < 0 && rounded.compareTo(value) < 0) {
            // The off-grid sigma lies between two values: the rounded one is the first step.
            remaining--;
        }
        for (int i = 0; i < remaining; i++) {
            rounded = direction > 0 ? rounded.add(unitAbove(rounded)) : rounded.subtract(unitBelow(rounded));
        }
        return clamp(rounded.doubleValue());
    }

    /** Step between {@code value} and the next larger two-digit value: 0.01 at 0.10-0.99, for example. */
    private static BigDecimal unitAbove(BigDecimal value) {
        int exponent = value.precision() - value.scale() - 1;
        return BigDecimal.ONE.scaleByPowerOfTen(exponent - 1);
    }

    /** Step between {@code value} and the next smaller two-digit value: 0.01 from 1.0 down to 0.99. */
    private static BigDecimal unitBelow(BigDecimal value) {
        BigDecimal unit = unitAbove(value);
        // At a power of ten the values below are one decade finer (1.0 -> 0.99).
        if (value.stripTrailingZeros().unscaledValue().equals(java.math.BigInteger.ONE)) {
            return unit.scaleByPowerOfTen(-1);
        }
        return unit;
    }

    private static double round(double sigma) {
        return new BigDecimal(sigma).round(TWO_DIGITS).doubleValue();
    }

    private static double clamp(double sigma) {
        if (Double.isNaN(sigma)) {
            return MIN;
        }
        return Math.max(MIN, Math.min(MAX, sigma));
    }
}
