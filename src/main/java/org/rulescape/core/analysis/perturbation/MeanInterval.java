package org.rulescape.core.analysis.perturbation;

/**
 * Mean of a few values with a two-sided 95 % confidence interval from Student's t
 * distribution: mean +- t(0.975, n - 1) s / sqrt(n), s the sample standard deviation.
 * With one value the bounds are NaN (no spread can be estimated); with none, all fields are NaN.
 *
 * @param mean  sample mean
 * @param low   lower bound of the 95 % interval
 * @param high  upper bound of the 95 % interval
 * @param count number of values
 */
public record MeanInterval(double mean, double low, double high, int count) {

    /** t(0.975, df) for df = 1 .. 30, from standard tables. */
    private static final double[] T_975 = {
            12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228,
            2.201, 2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086,
            2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042,
    };

    /** Returns the mean and interval of {@code values}, which must all be finite. */
    public static MeanInterval of(double[] values) {
        int n = values.length;
        if (n == 0) {
            return new MeanInterval(Double.NaN, Double.NaN, Double.NaN, 0);
        }
        double sum = 0;
        for (double value : values) {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("values for a mean interval must be finite, got " + value);
            }
            sum += value;
        }
        double mean = sum / n;
        if (n == 1) {
            return new MeanInterval(mean, Double.NaN, Double.NaN, 1);
        }
        double squares = 0;
        for (double value : values) {
            squares += (value - mean) * (value - mean);
        }
        double halfWidth = tQuantile975(n - 1) * Math.sqrt(squares / (n - 1)) / Math.sqrt(n);
        return new MeanInterval(mean, mean - halfWidth, mean + halfWidth, n);
    }

    /**
     * Returns the geometric mean of positive ratios with a 95 % interval that stays positive: the
     * t-interval of the log-ratios, exponentiated. A ratio of positive losses is skewed, so a
     * t-interval on the raw scale can reach below 0; on the log scale it cannot, and a ratio and
     * its reciprocal get mirrored intervals.
     *
     * @throws IllegalArgumentException when a value is not positive and finite
     */
    public static MeanInterval geometric(double[] values) {
        double[] logs = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            if (!(values[i] > 0 && Double.isFinite(values[i]))) {
                throw new IllegalArgumentException("values for a geometric mean interval must be positive and"
                        + " finite, got " + values[i] + " at index " + i);
            }
            logs[i] = Math.log(values[i]);
        }
        MeanInterval log = of(logs);
        return new MeanInterval(Math.exp(log.mean()), Math.exp(log.low()), Math.exp(log.high()), log.count());
    }

    /**
     * Returns t(0.975, df): tabulated up to 30 degrees of freedom, beyond that 1.96 + 2.4 / df,
     * which is within 0.003 of the exact quantile.
     */
    static double tQuantile975(int degreesOfFreedom) {
        if (degreesOfFreedom < 1) {
            throw new IllegalArgumentException("degrees of freedom must be >= 1, got " + degreesOfFreedom);
        }
        if (degreesOfFreedom <= T_975.length) {
            return T_975[degreesOfFreedom - 1];
        }
        return 1.96 + 2.4 / degreesOfFreedom;
    }

    /** True when both bounds exist (two or more values). */
    public boolean hasInterval() {
        return Double.isFinite(low) && Double.isFinite(high);
    }
}
