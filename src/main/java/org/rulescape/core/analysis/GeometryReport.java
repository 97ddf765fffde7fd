package org.rulescape.core.analysis;

/**
 * Everything a geometry analysis computed.
 *
 * @param input        the seeds used and those left out
 * @param options      the settings
 * @param perSeed      norms and distances from initialization
 * @param finals       the final alphas as trained
 * @param initials     the initial alphas, the baseline of the final ones
 * @param aligned      the final alphas with hidden-unit permutation and sign symmetries removed:
 *                     distances are minimized per pair, PCA runs on all alphas aligned to one
 *                     common frame
 * @param alignedInitialDistances pairwise distances of the initial alphas, each pair minimized
 *                     over symmetries: the baseline of the aligned final distances, since
 *                     alignment shrinks the distances of any points, random ones included
 * @param trajectories PCA across seeds over meta-training time
 * @param seconds      wall time of the analysis
 */
public record GeometryReport(
        GeometryInput input,
        GeometryOptions options,
        SeedMeasures perSeed,
        AlphaSetGeometry finals,
        AlphaSetGeometry initials,
        AlphaSetGeometry aligned,
        DistanceSummary alignedInitialDistances,
        TrajectoryGeometry trajectories,
        double seconds) {
}
