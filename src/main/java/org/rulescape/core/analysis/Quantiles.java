package org.rulescape.core.analysis;

import java.util.Arrays;

/** Sample quantiles with the same definitions as numpy's {@code quantile} methods. */
public final class Quantiles {
    private Quantiles() {
    }

    /**
     * Returns the quantile {@code q} of the values by linear interpolation between order
     * statistics (numpy's default method, Hyndman and Fan type 7).
     *
     * @throws IllegalArgumentException when {@code values} is empty or q lies outside [0, 1]
     */
    public static double linear(double[] values, double q) {
        double[] sorted = sorted(values, q);
        double position = q * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        double fraction = position - below;
        return sorted[below] + fraction * (sorted[above] - sorted[below]);
    }

    /** Returns the order statistic just below the quantile position (numpy method "lower"). */
    public static double lower(double[] values, double q) {
        double[] sorted = sorted(values, q);
        return sorted[(int) Math.floor(q * (sorted.length - 1))];
    }

    /** Returns the order statistic just above the quantile position (numpy method "higher"). */
    public static double higher(double[] values, double q) {
        double[] sorted = sorted(values, q);
        return sorted[(int) Math.ceil(q * (sorted.length - 1))];
    }

    /**
     * Returns the central interval holding {@code level} of the values: linear quantiles at
     * (1 - level) / 2 and (1 + level) / 2. For integer-valued statistics such as D90 pass
     * {@code integer = true} to take the order statistics outside the positions instead, so the
     * bounds are values that occurred.
     */
    public static Interval central(double[] values, double level, boolean integer) {
        double lowQ = (1 - level) / 2;
        double highQ = (1 + level) / 2;
        if (integer) {
            return new Interval(lower(values, lowQ), higher(values, highQ), level);
        }
        return new Interval(linear(values, lowQ), linear(values, highQ), level);
    }

    private static double[] sorted(double[] values, double q) {
        if (values.length == 0) {
            throw new IllegalArgumentException("quantile of an empty sample is undefined");
        }
        if (!(q >= 0 && q <= 1)) {
            throw new IllegalArgumentException("quantile level must lie in [0, 1], got " + q);
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted;
    }
}
