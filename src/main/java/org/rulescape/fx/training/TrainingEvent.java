package org.rulescape.fx.training;

import org.rulescape.core.experiment.SeedResult;

/** A training event copied off a worker thread, applied to a {@link RunViewModel} on the FX thread. */
sealed interface TrainingEvent {

    /** A seed started or resumed at meta-step {@code step}; {@code nanos} is System.nanoTime(). */
    record Started(long seed, int step, long nanos) implements TrainingEvent {
    }

    /** One meta-step finished. */
    record Step(long seed, int step, double metaLoss, double gradNorm, long nanos) implements TrainingEvent {
    }

    /** A seed reached a terminal state. */
    record Finished(SeedResult result) implements TrainingEvent {
    }

    /** The training session started: the run directory and its run.json exist from now on. */
    record SessionStarted() implements TrainingEvent {
    }

    /** The run as a whole failed outside any seed, for example while creating its directory. */
    record RunFailed(Throwable error) implements TrainingEvent {
    }

    /** Every seed is terminal and the run's work has ended. */
    record RunEnded() implements TrainingEvent {
    }
}
