package org.rulescape.core.experiment;

import java.util.Arrays;
import java.util.Objects;

/**
 * Full state of one seed after {@code nextStep} meta-steps: enough to resume and reach the same
 * bits as an uninterrupted run. Task and base-init streams are keyed by (seed, step), so no
 * generator state is needed. Arrays are copies owned by the checkpoint.
 *
 * @param seed          run seed
 * @param nextStep      meta-steps completed; training resumes at this step
 * @param alpha         alpha after nextStep updates
 * @param adam          Adam state after nextStep updates
 * @param metaLoss      meta-loss of steps 0 .. nextStep-1
 * @param gradNorm      meta-gradient norm of steps 0 .. nextStep-1
 * @param snapshotSteps steps of the snapshots taken so far
 * @param snapshots     alpha at those steps
 * @param wallSeconds   training time spent so far
 */
public record SeedCheckpoint(
        long seed,
        int nextStep,
        double[] alpha,
        AdamState adam,
        double[] metaLoss,
        double[] gradNorm,
        int[] snapshotSteps,
        double[][] snapshots,
        double wallSeconds) {

    public SeedCheckpoint {
        Objects.requireNonNull(alpha, "alpha");
        Objects.requireNonNull(adam, "adam");
        if (metaLoss.length != nextStep || gradNorm.length != nextStep) {
            throw new IllegalArgumentException("checkpoint of seed " + seed + " at step " + nextStep
                    + " must hold " + nextStep + " records, got " + metaLoss.length + " meta-losses and "
                    + gradNorm.length + " gradient norms");
        }
        if (snapshotSteps.length != snapshots.length || snapshots.length == 0) {
            throw new IllegalArgumentException("checkpoint of seed " + seed
                    + " needs at least the initial snapshot and one step per snapshot, got "
                    + snapshotSteps.length + " steps and " + snapshots.length + " snapshots");
        }
        alpha = alpha.clone();
        adam = adam.copy();
        metaLoss = metaLoss.clone();
        gradNorm = gradNorm.clone();
        snapshotSteps = snapshotSteps.clone();
        snapshots = Arrays.stream(snapshots).map(double[]::clone).toArray(double[][]::new);
    }
}
