package org.rulescape.core.store;

import java.util.Objects;
import org.rulescape.core.experiment.SeedHealth;
import org.rulescape.core.experiment.SeedResult;
import org.rulescape.core.experiment.SeedState;

/**
 * Per-seed status line of run.json.
 *
 * @param seed          run seed
 * @param state         current state of the seed
 * @param stepsRecorded meta-steps with a row in metrics.csv when the seed is terminal; progress while running
 * @param divergedAt    meta-step at which the seed diverged, or -1
 * @param message       divergence, cancellation or failure explanation; empty when DONE
 * @param wallSeconds   training wall time in seconds
 * @param health        assessment of the terminal seed's records; null while queued or running, and
 *                      for runs written before run.json carried it
 */
public record SeedStatus(long seed, SeedState state, int stepsRecorded, int divergedAt, String message,
        double wallSeconds, SeedHealth health) {

    public SeedStatus {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(message, "message");
    }

    /** A status without a health assessment. */
    public SeedStatus(long seed, SeedState state, int stepsRecorded, int divergedAt, String message,
            double wallSeconds) {
        this(seed, state, stepsRecorded, divergedAt, message, wallSeconds, null);
    }

    /** A seed that has not started. */
    public static SeedStatus queued(long seed) {
        return new SeedStatus(seed, SeedState.QUEUED, 0, -1, "", 0.0);
    }

    /** The terminal status of a finished seed. */
    public static SeedStatus of(SeedResult result) {
        return new SeedStatus(result.seed(), result.state(), result.stepsRecorded(), result.divergedAt(),
                result.message(), result.wallSeconds(), SeedHealth.of(result));
    }

    /** A copy in state RUNNING with {@code steps} meta-steps done. */
    public SeedStatus running(int steps) {
        return new SeedStatus(seed, SeedState.RUNNING, steps, -1, "", wallSeconds);
    }
}
