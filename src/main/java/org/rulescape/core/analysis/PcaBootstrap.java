package org.rulescape.core.analysis;

/**
 * Bootstrap over seeds of the PCA statistics.
 *
 * <p>Read these intervals with care. With S of order 10 points in P = 81 dimensions, any
 * reweighting of the seeds makes the cloud less isotropic, so bootstrap draws have a larger
 * PC1 and a smaller D than the data: for 10 isotropic Gaussian points (D90 = 8) the resampling
 * bootstrap gives D90 mostly 4 to 6 and the Bayesian one mostly 5 to 7, and both PC1 intervals
 * lie above the observed PC1. The intervals show how stable the statistics are under
 * reweighting of seeds; they are not unbiased confidence intervals, and
 * {@link #excludesObserved()} flags when the bias is large enough to miss the observed value.
 *
 * @param scheme     how draws reweight seeds
 * @param threshold  threshold of {@code dimension}, for example 0.9 for D90
 * @param dimension  D at the threshold with its interval (bounds are values that occurred)
 * @param pc1        ratio of the first component with its interval
 * @param pc2        ratio of the second component with its interval (0 when there is none)
 * @param dimensions D of every draw, in draw order; owned, not to be modified
 */
public record PcaBootstrap(BootstrapScheme scheme, double threshold, Estimate dimension,
        Estimate pc1, Estimate pc2, int[] dimensions) {

    /**
     * Bootstraps PCA of {@code rows}; the observed values come from {@code observed}, the PCA
     * of the same rows.
     */
    public static PcaBootstrap of(double[][] rows, PcaOutcome observed, BootstrapScheme scheme,
            int draws, double threshold, double level, long analysisSeed) {
        if (draws < 1) {
            throw new IllegalArgumentException("bootstrap draws must be at least 1, got " + draws);
        }
        int s = rows.length;
        double[] dims = new double[draws];
        double[] first = new double[draws];
        double[] second = new double[draws];
        int[] dimensions = new int[draws];
        java.util.stream.IntStream.range(0, draws).parallel().forEach(d -> {
            double[] weights = weights(scheme, analysisSeed, d, s);
            double[] ratios = Pca.ratios(rows, weights);
            dimensions[d] = Pca.dimensionAt(ratios, threshold);
            dims[d] = dimensions[d];
            first[d] = ratios.length > 0 ? ratios[0] : 0;
            second[d] = ratios.length > 1 ? ratios[1] : 0;
        });
        return new PcaBootstrap(scheme, threshold,
                new Estimate(observed.dimensionAt(threshold), Quantiles.central(dims, level, true)),
                new Estimate(observed.ratio(0), Quantiles.central(first, level, false)),
                new Estimate(observed.ratio(1), Quantiles.central(second, level, false)),
                dimensions);
    }

    /** True when the D, PC1 or PC2 interval does not contain its own observed value. */
    public boolean excludesObserved() {
        return !dimension.interval().contains(dimension.value())
                || !pc1.interval().contains(pc1.value())
                || !pc2.interval().contains(pc2.value());
    }

    private static double[] weights(BootstrapScheme scheme, long analysisSeed, int draw, int s) {
        if (scheme == BootstrapScheme.BAYESIAN) {
            return AnalysisStreams.bayesianWeights(analysisSeed, draw, s);
        }
        int[] counts = AnalysisStreams.resampleCounts(analysisSeed, draw, s);
        double[] w = new double[s];
        for (int i = 0; i < s; i++) {
            w[i] = counts[i];
        }
        return w;
    }
}
