package org.rulescape.core.analysis;

/**
 * Geometry over meta-training time. Arrays are owned by the record.
 *
 * @param steps        meta-steps at which every analyzed seed has a snapshot, increasing
 * @param dimensions   D at the threshold of PCA across seeds at each step
 * @param pc1          PC1 ratio across seeds at each step
 * @param nullLower    lower edge of the Gaussian null band of D at each step
 * @param nullMedian   median null D at each step
 * @param nullUpper    upper edge of the Gaussian null band of D at each step
 * @param projections  per seed, per snapshot of that seed, its coordinates on the principal
 *                     components of the final alphas (empty rows when those do not spread)
 * @param seedSteps    per seed, the meta-step of each snapshot
 */
public record TrajectoryGeometry(
        int[] steps,
        int[] dimensions,
        double[] pc1,
        int[] nullLower,
        double[] nullMedian,
        int[] nullUpper,
        double[][][] projections,
        int[][] seedSteps) {
}
