package org.rulescape.core.experiment;

/**
 * Everything one seed produced. Arrays are owned by the result and must not be modified.
 *
 * @param seed          run seed
 * @param state         terminal state
 * @param stepsRecorded number of meta-steps with a record in {@code metaLoss} and {@code gradNorm}
 * @param divergedAt    meta-step at which a non-finite value appeared, or -1
 * @param message       failure or divergence explanation, empty when DONE
 * @param metaLoss      J(alpha_k) per recorded meta-step k, non-finite values kept as they were
 * @param gradNorm      meta-gradient L2 norm before clipping per recorded meta-step
 * @param snapshotSteps meta-step count of each snapshot (0 is the initial alpha)
 * @param snapshots     alpha at each snapshot step; the last row is the final (or last finite) alpha;
 *                      empty only for a FAILED seed that failed before its first step
 * @param wallSeconds   training wall time of this seed
 */
public record SeedResult(
        long seed,
        SeedState state,
        int stepsRecorded,
        int divergedAt,
        String message,
        double[] metaLoss,
        double[] gradNorm,
        int[] snapshotSteps,
        double[][] snapshots,
        double wallSeconds) {

    /** True when at least the initial alpha was recorded. */
    public boolean hasSnapshots() {
        return snapshots.length > 0;
    }

    /** alpha before any meta-step. */
    public double[] initialAlpha() {
        return snapshots[0];
    }

    /** The final alpha, or the last finite alpha of a diverged seed. */
    public double[] finalAlpha() {
        return snapshots[snapshots.length - 1];
    }

    /** The last finite meta-loss, or NaN when none was recorded. */
    public double lastFiniteMetaLoss() {
        for (int i = stepsRecorded - 1; i >= 0; i--) {
            if (Double.isFinite(metaLoss[i])) {
                return metaLoss[i];
            }
        }
        return Double.NaN;
    }
}
