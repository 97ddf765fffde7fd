package org.rulescape.core.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.rulescape.core.model.ExperimentConfig;

/**
 * A run read back from its directory.
 *
 * @param directory     the run directory
 * @param formatVersion format_version of run.json
 * @param state         run state; RUNNING with a stale heartbeat is reported as INTERRUPTED
 * @param config        every setting the run was trained with
 * @param provenance    version, commit, Java, OS, cores, start and end time
 * @param seeds         every seed of the configuration, in seed order
 * @param message       why the run FAILED or was CANCELLED; empty otherwise
 */
public record StoredRun(
        Path directory,
        int formatVersion,
        RunState state,
        ExperimentConfig config,
        Provenance provenance,
        List<StoredSeed> seeds,
        String message) {

    public StoredRun {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(message, "message");
        seeds = List.copyOf(seeds);
    }

    /** A run without a run-level message. */
    public StoredRun(Path directory, int formatVersion, RunState state, ExperimentConfig config,
            Provenance provenance, List<StoredSeed> seeds) {
        this(directory, formatVersion, state, config, provenance, seeds, "");
    }

    /** Seeds whose records loaded, did not fail and end at a finite alpha, in seed order. */
    public List<StoredSeed> usableSeeds() {
        return seeds.stream().filter(StoredSeed::isUsable).toList();
    }

    /**
     * True when the run is INTERRUPTED and {@code seed} had not ended when its writer stopped:
     * run.json still lists the seed as QUEUED or RUNNING, but no process trains it any more.
     * {@code train --resume} continues such a seed from its latest checkpoint.
     */
    public boolean isInterrupted(StoredSeed seed) {
        return state == RunState.INTERRUPTED && !seed.state().isTerminal();
    }

    /** Seeds for which {@link #isInterrupted(StoredSeed)} is true, in seed order. */
    public List<StoredSeed> interruptedSeeds() {
        return seeds.stream().filter(this::isInterrupted).toList();
    }

    /**
     * Describes how far an interrupted seed got, for example "interrupted after 50 of 1000
     * meta-steps" or "interrupted before the first meta-step"; the steps are the rows of its
     * metrics.csv. A seed whose records cannot be read gets its problem instead of the steps.
     */
    public String interruptedProgress(StoredSeed seed) {
        if (seed.result() == null) {
            return "interrupted, and its records cannot be read: " + seed.problem();
        }
        int steps = seed.result().stepsRecorded();
        if (steps == 0) {
            return "interrupted before the first meta-step";
        }
        return "interrupted after " + steps + " of " + config.metaSteps() + " meta-steps";
    }

    /** Seeds whose files are missing or damaged. */
    public List<StoredSeed> damagedSeeds() {
        return seeds.stream().filter(seed -> seed.result() == null).toList();
    }
}
