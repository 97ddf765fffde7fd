package org.rulescape.core.experiment;

/**
 * Receives training events. Methods are called on worker threads, concurrently for different
 * seeds and in order for one seed. Implementations must be thread-safe and return quickly, so a
 * UI should queue the events and apply them at most once per frame.
 */
public interface TrainingListener {

    /** A seed started (or resumed) at meta-step {@code step}. */
    default void seedStarted(long seed, int step) {
    }

    /**
     * Meta-step {@code step} (0-based) of a seed finished: {@code metaLoss} is J(alpha_step) on
     * that step's batch and {@code gradNorm} the L2 norm of its meta-gradient before clipping.
     * Either may be non-finite for the step at which the seed diverged.
     */
    default void metaStep(long seed, int step, double metaLoss, double gradNorm) {
    }

    /** alpha after {@code step} updates was recorded; the array must not be modified or kept. */
    default void snapshot(long seed, int step, double[] alpha) {
    }

    /**
     * A checkpoint of a running seed was taken (only when the trainer was asked for them).
     * The checkpoint is an independent copy that the listener may keep.
     */
    default void checkpoint(SeedCheckpoint checkpoint) {
    }

    /** The seed reached a terminal state. */
    default void seedFinished(SeedResult result) {
    }

    /** A listener that ignores everything. */
    TrainingListener NONE = new TrainingListener() {
    };
}
