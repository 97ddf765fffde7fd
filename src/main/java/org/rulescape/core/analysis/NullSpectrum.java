package org.rulescape.core.analysis;

/**
 * PCA of many random matrices drawn from one {@link NullModel}: a band per component and the
 * distribution of D at the threshold. Arrays are owned by the record and must not be modified.
 *
 * @param model      null model the matrices came from
 * @param threshold  cumulative variance threshold of {@code dimensions}, for example 0.9
 * @param bandLevel  central coverage of the bands, for example 0.9 for 5-95 % quantiles
 * @param lower      lower band edge per component
 * @param median     median ratio per component
 * @param upper      upper band edge per component
 * @param ratios     ratios of every draw, draws x components
 * @param dimensions D at the threshold of every draw
 */
public record NullSpectrum(
        NullModel model,
        double threshold,
        double bandLevel,
        double[] lower,
        double[] median,
        double[] upper,
        double[][] ratios,
        int[] dimensions) {

    public NullSpectrum {
        if (ratios.length == 0) {
            throw new IllegalArgumentException("a null spectrum needs at least one draw, got none");
        }
    }

    /** Number of random matrices. */
    public int draws() {
        return ratios.length;
    }

    /** Returns the band of component {@code k} (0-based). */
    public Interval band(int k) {
        return new Interval(lower[k], upper[k], bandLevel);
    }

    /** Returns the central interval of D over the draws, bounds taken from values that occurred. */
    public Interval dimensionBand() {
        return Quantiles.central(asDoubles(dimensions), bandLevel, true);
    }

    /** Returns the median D over the draws. */
    public double dimensionMedian() {
        return Quantiles.lower(asDoubles(dimensions), 0.5);
    }

    /** Returns the fraction of draws whose component k ratio is at least {@code value}. */
    public double fractionAtLeast(int k, double value) {
        int count = 0;
        for (double[] draw : ratios) {
            if (draw[k] >= value) {
                count++;
            }
        }
        return (double) count / ratios.length;
    }

    /** Returns the fraction of draws whose D is at most {@code value}. */
    public double fractionDimensionAtMost(int value) {
        int count = 0;
        for (int d : dimensions) {
            if (d <= value) {
                count++;
            }
        }
        return (double) count / dimensions.length;
    }

    private static double[] asDoubles(int[] values) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i];
        }
        return out;
    }
}
