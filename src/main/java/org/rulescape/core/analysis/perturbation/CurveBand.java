package org.rulescape.core.analysis.perturbation;

import java.util.List;

/**
 * Pointwise mean of several curves with a 95 % t-interval band, over the steps all curves
 * reached. With one curve the band collapses onto the mean.
 *
 * @param mean mean at each step
 * @param low  lower band at each step
 * @param high upper band at each step
 */
public record CurveBand(double[] mean, double[] low, double[] high) {

    /** Returns the band of {@code curves}; empty arrays when there are none. */
    public static CurveBand of(List<double[]> curves) {
        int length = curves.stream().mapToInt(c -> c.length).min().orElse(0);
        double[] mean = new double[length];
        double[] low = new double[length];
        double[] high = new double[length];
        double[] column = new double[curves.size()];
        for (int t = 0; t < length; t++) {
            for (int i = 0; i < column.length; i++) {
                column[i] = curves.get(i)[t];
            }
            MeanInterval interval = MeanInterval.of(column);
            mean[t] = interval.mean();
            low[t] = interval.hasInterval() ? interval.low() : interval.mean();
            high[t] = interval.hasInterval() ? interval.high() : interval.mean();
        }
        return new CurveBand(mean, low, high);
    }
}
