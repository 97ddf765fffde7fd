package org.rulescape.core.analysis;

import org.rulescape.core.experiment.SeedState;

/**
 * The alpha snapshots of one seed that enters the analysis. Arrays are owned by the record.
 *
 * @param seed          run seed
 * @param runIndex      position of the seed in the run's seed list (its colour index in charts)
 * @param state         the seed's terminal state
 * @param snapshotSteps meta-step of each snapshot, increasing, 0 first
 * @param snapshots     alpha per snapshot, all finite; row 0 is the initial alpha and the last
 *                      row the final alpha (the last finite one for a diverged seed)
 */
public record SeedAlphas(long seed, int runIndex, SeedState state, int[] snapshotSteps,
        double[][] snapshots) {

    public SeedAlphas {
        if (snapshots.length == 0 || snapshots.length != snapshotSteps.length) {
            throw new IllegalArgumentException("seed " + seed + " needs one step per snapshot and"
                    + " at least one snapshot, got " + snapshotSteps.length + " steps and "
                    + snapshots.length + " snapshots");
        }
    }

    /** Returns alpha before any meta-step. */
    public double[] initialAlpha() {
        return snapshots[0];
    }

    /** Returns the final (or last finite) alpha. */
    public double[] finalAlpha() {
        return snapshots[snapshots.length - 1];
    }

    /** Returns the meta-step of the final alpha. */
    public int finalStep() {
        return snapshotSteps[snapshotSteps.length - 1];
    }
}
