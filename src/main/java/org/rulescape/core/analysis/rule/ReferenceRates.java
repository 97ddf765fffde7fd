package org.rulescape.core.analysis.rule;

/**
 * Learning rates of the two reference rules a learned rule is drawn beside: plain SGD
 * ({@code delta = -sgdRate * g}) and momentum ({@code delta = -momentumRate * m}).
 *
 * <p>{@link #fit} chooses each rate by least squares over a probe set, so a rule that is SGD or
 * momentum up to scale gets that scale back exactly and a residual of zero. The residuals say how
 * far the learned rule is from either reference.
 *
 * @param sgdRate             rate of the SGD reference; negative when the rule climbs the gradient
 * @param momentumRate        rate of the momentum reference
 * @param fitted              true when the rates were fitted to a rule, false when set by hand
 * @param sgdResidualRms      RMS of {@code delta + sgdRate * g} over the probe set, NaN when not fitted
 * @param momentumResidualRms RMS of {@code delta + momentumRate * m} over the probe set, NaN when not fitted
 */
public record ReferenceRates(double sgdRate, double momentumRate, boolean fitted, double sgdResidualRms,
        double momentumResidualRms) {

    /** Default rate of the fixed references. */
    public static final double DEFAULT_FIXED_RATE = 0.1;

    public ReferenceRates {
        if (!Double.isFinite(sgdRate) || !Double.isFinite(momentumRate)) {
            throw new IllegalArgumentException("reference rates must be finite, got sgd " + sgdRate
                    + " and momentum " + momentumRate);
        }
    }

    /** Returns references with the same hand-set rate for SGD and momentum and no residuals. */
    public static ReferenceRates fixed(double rate) {
        return new ReferenceRates(rate, rate, false, Double.NaN, Double.NaN);
    }

    /**
     * Fits both rates to the updates {@code deltas} of a rule at the points of {@code probe}:
     * {@code rate = -sum(delta * x) / sum(x * x)} with x = g for SGD and x = m for momentum.
     *
     * @throws IllegalArgumentException when the lengths differ, or when every g or every m of the
     *                                  probe is zero so no rate is defined
     */
    public static ReferenceRates fit(ProbeSet probe, double[] deltas) {
        if (deltas.length != probe.size()) {
            throw new IllegalArgumentException("deltas must have one entry per probe point (" + probe.size()
                    + "), got " + deltas.length);
        }
        double sgdRate = -leastSquaresSlope(probe.g(), deltas, "g");
        double momentumRate = -leastSquaresSlope(probe.m(), deltas, "m");
        return new ReferenceRates(sgdRate, momentumRate, true,
                residualRms(probe.g(), deltas, sgdRate), residualRms(probe.m(), deltas, momentumRate));
    }

    /** Returns the SGD update at gradient {@code g}. */
    public double sgdDelta(double g) {
        return -sgdRate * g;
    }

    /** Returns the momentum update at momentum {@code m}. */
    public double momentumDelta(double m) {
        return -momentumRate * m;
    }

    private static double leastSquaresSlope(double[] x, double[] y, String name) {
        double xy = 0;
        double xx = 0;
        for (int i = 0; i < x.length; i++) {
            xy += x[i] * y[i];
            xx += x[i] * x[i];
        }
        if (xx == 0) {
            throw new IllegalArgumentException("cannot fit a rate when every probe " + name
                    + " is zero; widen the probe range");
        }
        return xy / xx;
    }

    private static double residualRms(double[] x, double[] deltas, double rate) {
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            double residual = deltas[i] + rate * x[i];
            sum += residual * residual;
        }
        return Math.sqrt(sum / x.length);
    }
}
