package org.rulescape.core.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rulescape.core.experiment.SeedCheckpoint;
import org.rulescape.core.experiment.SeedResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What resuming a stored run does with each seed: a DONE or DIVERGED seed whose files load is
 * kept, a seed with a readable checkpoint continues from it, any other seed starts over.
 *
 * @param document     run.json as stored
 * @param kept         results of the kept seeds, read from their files
 * @param checkpoints  checkpoints of the seeds that continue, by seed
 * @param seedsToTrain every seed that is not kept, in seed order
 */
public record ResumePlan(RunDocument document, List<SeedResult> kept, Map<Long, SeedCheckpoint> checkpoints,
        List<Long> seedsToTrain) {
    private static final Logger LOG = LoggerFactory.getLogger(ResumePlan.class);

    public ResumePlan {
        kept = List.copyOf(kept);
        checkpoints = Map.copyOf(checkpoints);
        seedsToTrain = List.copyOf(seedsToTrain);
    }

    /**
     * Plans the resumption of the run in {@code runDir}.
     *
     * @throws RunFormatException when run.json is unreadable, the run is FINISHED, or a live
     *                            process is still writing it
     */
    public static ResumePlan load(Path runDir) throws IOException {
        StoredRun run = RunReader.read(runDir, Instant.now());
        Path runJson = RunLayout.runJson(runDir);
        if (run.state() == RunState.FINISHED) {
            throw new RunFormatException(runJson, "the run is FINISHED, so there is nothing to resume");
        }
        if (run.state() == RunState.RUNNING) {
            throw new RunFormatException(runJson, "the run is RUNNING and its heartbeat is fresh, so another process"
                    + " is writing it; stop that process or wait " + RunReader.STALE_HEARTBEAT.toSeconds()
                    + " s after it died");
        }
        RunDocument document = RunReader.readDocument(runDir);
        int alphaSize = document.config().alphaSize();

        List<SeedResult> kept = new ArrayList<>();
        Map<Long, SeedCheckpoint> checkpoints = new LinkedHashMap<>();
        List<Long> toTrain = new ArrayList<>();
        for (StoredSeed seed : run.seeds()) {
            if (RunRecorder.isKept(seed.state()) && seed.result() != null) {
                kept.add(seed.result());
                continue;
            }
            toTrain.add(seed.seed());
            Path file = RunLayout.seedDir(runDir, seed.seed()).resolve(RunLayout.CHECKPOINT);
            if (!Files.exists(file)) {
                continue;
            }
            try {
                SeedCheckpoint checkpoint = CheckpointFiles.read(file, alphaSize);
                if (checkpoint.seed() != seed.seed() || checkpoint.nextStep() >= document.config().metaSteps()) {
                    throw new RunFormatException(file, "expected a checkpoint of seed " + seed.seed() + " before step "
                            + document.config().metaSteps() + ", found seed " + checkpoint.seed() + " at step "
                            + checkpoint.nextStep());
                }
                checkpoints.put(seed.seed(), checkpoint);
            } catch (IOException e) {
                LOG.warn("Seed {} starts over because its checkpoint cannot be used: {}", seed.seed(), e.getMessage());
            }
        }
        return new ResumePlan(document, kept, checkpoints, toTrain);
    }

    /** Seeds kept as they are. */
    public Set<Long> keptSeeds() {
        Set<Long> seeds = new LinkedHashSet<>();
        for (SeedResult result : kept) {
            seeds.add(result.seed());
        }
        return seeds;
    }
}
