package org.rulescape.core.store;

import java.util.List;
import java.util.Objects;
import org.rulescape.core.model.ExperimentConfig;

/**
 * Content of run.json.
 *
 * @param formatVersion   layout version, {@link RunLayout#FORMAT_VERSION} when written by this code
 * @param state           state as written: RUNNING, FINISHED, CANCELLED or FAILED (never INTERRUPTED,
 *                        which readers derive from a stale heartbeat)
 * @param message         why the run FAILED or was CANCELLED; empty otherwise
 * @param config          every setting of the run
 * @param threads         worker threads of the latest training session
 * @param checkpointEvery meta-steps between checkpoints, 0 when none are written
 * @param seeds           status of every seed, in seed order
 * @param provenance      where and with what the run was made
 */
public record RunDocument(
        int formatVersion,
        RunState state,
        String message,
        ExperimentConfig config,
        int threads,
        int checkpointEvery,
        List<SeedStatus> seeds,
        Provenance provenance) {

    public RunDocument {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(provenance, "provenance");
        seeds = List.copyOf(seeds);
    }
}
