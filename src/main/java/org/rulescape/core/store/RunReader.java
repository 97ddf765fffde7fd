package org.rulescape.core.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.rulescape.core.experiment.SeedResult;
import org.rulescape.core.model.ExperimentConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a run directory written by {@link RunRecorder}. A live run can be read at any moment:
 * every file is replaced atomically, so each file read is whole, although files of a RUNNING
 * seed may come from flushes a second apart.
 *
 * <p>A damaged or missing seed file does not fail the read: that seed gets a null result and a
 * problem naming the file, and the other seeds load. An exception is a seed that had not ended
 * (QUEUED or RUNNING in run.json): its writer may have died between its files, so a missing
 * metrics.csv or snapshot file leaves it with the records that remain and no problem. A damaged
 * run.json, or one written by a newer format version, fails the whole read.
 */
public final class RunReader {
    private static final Logger LOG = LoggerFactory.getLogger(RunReader.class);

    /** A RUNNING run whose heartbeat is older than this has no live writer and reads as INTERRUPTED. */
    public static final Duration STALE_HEARTBEAT = Duration.ofSeconds(5);

    private RunReader() {
    }

    /**
     * Reads the run in {@code runDir}.
     *
     * @throws RunFormatException when run.json is missing, unparsable, lacks a field or has a
     *                            newer format version; the message names the file
     * @throws IOException        when the folder cannot be read
     */
    public static StoredRun read(Path runDir) throws IOException {
        return read(runDir, Instant.now());
    }

    /** Reads the run as of {@code now}, which decides whether a RUNNING run's heartbeat is stale. */
    public static StoredRun read(Path runDir, Instant now) throws IOException {
        RunDocument document = readDocument(runDir);
        ExperimentConfig config = document.config();
        List<StoredSeed> seeds = new ArrayList<>();
        for (SeedStatus status : document.seeds()) {
            seeds.add(readSeed(runDir, status, config.alphaSize()));
        }
        RunState state = effectiveState(runDir, document.state(), now);
        String message = document.message();
        if (state == RunState.INTERRUPTED && message.isEmpty()) {
            message = "run.json has state RUNNING but its writer is gone (the heartbeat is missing, older than "
                    + STALE_HEARTBEAT.toSeconds() + " s, or names an exited process); resume it with train --resume "
                    + runDir;
        }
        return new StoredRun(runDir, document.formatVersion(), state, config, document.provenance(), seeds, message);
    }

    /**
     * Reads and checks run.json alone.
     *
     * @throws RunFormatException naming run.json when it is missing or invalid
     */
    public static RunDocument readDocument(Path runDir) throws IOException {
        Path file = RunLayout.runJson(runDir);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new RunFormatException(file, "expected a run.json in the run directory, but it is missing;"
                    + " is " + runDir + " a Rulescape run?", e);
        }
        return RunJson.read(file, bytes);
    }

    /** Returns the stored state, with RUNNING turned into INTERRUPTED when the heartbeat is stale. */
    static RunState effectiveState(Path runDir, RunState stored, Instant now) throws IOException {
        if (stored != RunState.RUNNING) {
            return stored;
        }
        return Heartbeat.isAlive(RunLayout.heartbeat(runDir), now) ? RunState.RUNNING : RunState.INTERRUPTED;
    }

    private static StoredSeed readSeed(Path runDir, SeedStatus status, int alphaSize) {
        Path seedDir = RunLayout.seedDir(runDir, status.seed());
        if (!status.state().isTerminal() && !Files.exists(seedDir.resolve(RunLayout.METRICS_CSV))) {
            SeedResult empty = new SeedResult(status.seed(), status.state(), 0, -1, status.message(),
                    new double[0], new double[0], new int[0], new double[0][], status.wallSeconds());
            return new StoredSeed(status.seed(), status.state(), empty, "");
        }
        try {
            SeedResult result = SeedFiles.read(seedDir, status, alphaSize);
            return new StoredSeed(status.seed(), status.state(), result, "");
        } catch (IOException e) {
            LOG.warn("Seed {} of run {} is damaged: {}", status.seed(), runDir, e.getMessage());
            return new StoredSeed(status.seed(), status.state(), null, e.getMessage());
        } catch (RuntimeException e) {
            String problem = seedDir + ": unexpected content (" + e + ")";
            LOG.warn("Seed {} of run {} is damaged: {}", status.seed(), runDir, problem, e);
            return new StoredSeed(status.seed(), status.state(), null, problem);
        }
    }
}
