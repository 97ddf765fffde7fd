package org.rulescape.core.analysis.perturbation;

import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicReference;
import org.rulescape.core.engine.MetaGradient;
import org.rulescape.core.experiment.AdamState;
import org.rulescape.core.experiment.CancellationToken;
import org.rulescape.core.experiment.SeedCheckpoint;
import org.rulescape.core.experiment.SeedResult;
import org.rulescape.core.experiment.SeedState;
import org.rulescape.core.experiment.SeedTrainer;
import org.rulescape.core.experiment.TrainingListener;
import org.rulescape.core.model.ExperimentConfig;

/** Choosing the reference seed and building its {@link ReferencePoint}. */
public final class ReferencePoints {
    /**
     * Meta-steps averaged into a seed's final meta-loss. One step's loss is one batch of 16
     * tasks and fluctuates by tens of percent, so a single value would pick the reference by luck.
     */
    public static final int FINAL_WINDOW = 20;

    private ReferencePoints() {
    }

    /**
     * Returns the default reference seed, chosen by {@link ReferenceChoice#of} (lowest SeedHealth
     * final level among DONE seeds that are not UNSTABLE); empty when no seed is usable.
     */
    public static OptionalLong defaultSeed(List<SeedResult> seeds) {
        return ReferenceChoice.of(seeds).map(c -> OptionalLong.of(c.seed())).orElse(OptionalLong.empty());
    }

    /** True when a seed can serve as reference: DONE, with snapshots and a finite final loss. */
    public static boolean usable(SeedResult seed) {
        return seed.state() == SeedState.DONE && seed.hasSnapshots()
                && Double.isFinite(finalMetaLoss(seed));
    }

    /** Returns the mean meta-loss of a seed's last {@link #FINAL_WINDOW} recorded steps. */
    public static double finalMetaLoss(SeedResult seed) {
        int count = seed.stepsRecorded();
        if (count == 0) {
            return Double.NaN;
        }
        int from = Math.max(0, count - FINAL_WINDOW);
        double sum = 0;
        for (int i = from; i < count; i++) {
            sum += seed.metaLoss()[i];
        }
        return sum / (count - from);
    }

    /**
     * Returns the reference point of a finished seed, without Adam state.
     *
     * @throws IllegalArgumentException when the seed did not finish (DONE) with a final alpha
     */
    public static ReferencePoint of(SeedResult seed) {
        if (!usable(seed)) {
            throw new IllegalArgumentException("reference-seed " + seed.seed() + " cannot be a reference:"
                    + " it must have finished all its meta-steps with finite values, but its state is "
                    + seed.state() + (seed.message().isEmpty() ? "" : " (" + seed.message() + ")")
                    + "; choose a seed whose state is DONE");
        }
        int lastStep = seed.snapshotSteps()[seed.snapshotSteps().length - 1];
        return new ReferencePoint(seed.seed(), lastStep, seed.finalAlpha(), finalMetaLoss(seed), null);
    }

    /**
     * Recovers the reference seed's Adam state after its last step by training the seed again
     * from its initial alpha with the run's settings. Training is deterministic, so the replay
     * ends at the stored final alpha bit for bit; that is checked.
     *
     * @param runConfig the settings the run was trained with
     * @param reference the reference point, from {@link #of}
     * @param kernel    a kernel for {@code runConfig}, owned by the calling thread
     * @return the reference with its Adam state, or null when cancelled
     * @throws IllegalStateException when the replay does not reproduce the stored final alpha,
     *                               which means the run was made by another kernel or version
     */
    public static ReferencePoint withReplayedAdam(ExperimentConfig runConfig, ReferencePoint reference,
            MetaGradient kernel, CancellationToken cancel) {
        int steps = reference.firstStep();
        if (steps == 0) {
            return reference.withAdam(new AdamState(reference.alpha().length));
        }
        // One step more than the seed took, with a checkpoint after the seed's last step: the
        // trainer only emits checkpoints before its final step. The extra step never runs.
        ExperimentConfig longer = runConfig.toBuilder().metaSteps(steps + 1).build();
        SeedTrainer trainer = new SeedTrainer(longer, kernel).checkpointEvery(steps);
        CancellationToken stop = new CancellationToken();
        AtomicReference<SeedCheckpoint> captured = new AtomicReference<>();
        TrainingListener listener = new TrainingListener() {
            @Override
            public void metaStep(long seed, int step, double metaLoss, double gradNorm) {
                if (cancel.isCancelled()) {
                    stop.cancel();
                }
            }

            @Override
            public void checkpoint(SeedCheckpoint checkpoint) {
                captured.set(checkpoint);
                stop.cancel();
            }
        };
        trainer.train(reference.seed(), listener, stop);
        SeedCheckpoint checkpoint = captured.get();
        if (checkpoint == null) {
            return null;
        }
        double mismatch = maxAbsDifference(checkpoint.alpha(), reference.alpha());
        if (mismatch != 0) {
            throw new IllegalStateException("replaying seed " + reference.seed() + " for " + steps
                    + " meta-steps ends " + mismatch + " (max absolute difference) away from its stored"
                    + " final alpha, so the run was made by another kernel or version and its Adam"
                    + " moments cannot be recovered; use fresh Adam moments");
        }
        return reference.withAdam(checkpoint.adam());
    }

    private static double maxAbsDifference(double[] a, double[] b) {
        if (a.length != b.length) {
            return Double.POSITIVE_INFINITY;
        }
        double max = 0;
        for (int i = 0; i < a.length; i++) {
            max = Math.max(max, Math.abs(a[i] - b[i]));
        }
        return max;
    }
}
