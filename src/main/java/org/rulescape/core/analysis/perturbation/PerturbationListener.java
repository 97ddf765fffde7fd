package org.rulescape.core.analysis.perturbation;

/**
 * Receives perturbation events. Methods are called on worker threads, concurrently for
 * different trials and in order for one trial. Implementations must be thread-safe and return
 * quickly, because the trial waits; a UI queues the events and drains the queue once per frame.
 */
public interface PerturbationListener {

    /**
     * A trial starts at distance {@code distance} from alpha_ref (equal to its sigma up to
     * rounding). Called before its first meta-step, so a chart can draw the first point at once.
     */
    default void trialStarted(TrialSpec spec, double distance) {
    }

    /**
     * Recovery step {@code step} (1-based) of a trial finished: {@code distance} is
     * ||alpha_step - alpha_ref|| and {@code metaLoss} is J(alpha_{step-1}) on that step's batch.
     */
    default void trialStep(TrialSpec spec, int step, double distance, double metaLoss) {
    }

    /** A trial reached its end, diverged, failed or was cancelled. */
    default void trialFinished(TrialResult result) {
    }

    /** A listener that ignores everything. */
    PerturbationListener NONE = new PerturbationListener() {
    };
}
