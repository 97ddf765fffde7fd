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

    /** Seeds whose files are missing or damaged. */
    public List<StoredSeed> damagedSeeds() {
        return seeds.stream().filter(seed -> seed.result() == null).toList();
    }
}
