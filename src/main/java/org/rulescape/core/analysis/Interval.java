package org.rulescape.core.analysis;

/**
 * Two-sided interval of a statistic, such as a bootstrap percentile interval or a null band.
 *
 * @param lower lower bound
 * @param upper upper bound, at least {@code lower}
 * @param level nominal coverage in (0, 1), for example 0.95 for a 2.5-97.5 % percentile interval
 */
public record Interval(double lower, double upper, double level) {

    public Interval {
        if (Double.isNaN(lower) || Double.isNaN(upper) || lower > upper) {
            throw new IllegalArgumentException("interval bounds must be ordered numbers, got ["
                    + lower + ", " + upper + "]");
        }
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("interval level must lie in (0, 1), got " + level);
        }
    }

    /** True when {@code value} lies within the bounds, both included. */
    public boolean contains(double value) {
        return value >= lower && value <= upper;
    }

    /** Returns -1, 0 or 1 for a value below, inside or above the interval. */
    public int compare(double value) {
        if (value < lower) {
            return -1;
        }
        return value > upper ? 1 : 0;
    }
}
