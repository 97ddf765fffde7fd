package org.rulescape.core.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.rulescape.core.experiment.SeedCheckpoint;
import org.rulescape.core.experiment.SeedResult;
import org.rulescape.core.experiment.SeedState;
import org.rulescape.core.experiment.TrainingListener;
import org.rulescape.core.model.ExperimentConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records a training run to its directory (layout in {@link RunLayout}).
 *
 * <p>Life cycle: {@link #open} writes run.json in state RUNNING and starts two daemon threads:
 * one rewrites RUN/heartbeat every second, the other writes, about once a second, the latest
 * checkpoint of each running seed, then the records of every seed that changed
 * (snapshot_steps.npy, snapshots.npy, metrics.csv), then run.json with the per-seed status.
 * When a seed finishes, its final files are written on the worker thread, then run.json.
 * {@link #finish} stops the threads, waiting for a write in progress, then writes the final
 * state and end time; nothing is written after it returns. Every file is written through a
 * {@link StoreWriter}, atomically in production.
 *
 * <p>The first write that fails (full disk, read-only folder) is kept as the storage problem:
 * periodic writes stop, the {@code onStorageFailure} callback runs once (the job cancels its
 * seeds), files already written stay, and {@link #finish} marks the run FAILED with a message
 * naming the folder.
 */
public final class RunRecorder implements TrainingListener {
    private static final Logger LOG = LoggerFactory.getLogger(RunRecorder.class);
    private static final long HEARTBEAT_MILLIS = 1000;
    private static final long FLUSH_MILLIS = 1000;
    private static final long STOP_TIMEOUT_SECONDS = 5;

    private final Path runDir;
    private final ExperimentConfig config;
    private final StoreWriter writer;
    private final int threads;
    private final int checkpointEvery;
    private final Map<Long, LiveSeed> seeds = new LinkedHashMap<>();
    private final Object runJsonLock = new Object();
    private final AtomicReference<String> storageProblem = new AtomicReference<>();
    private final ScheduledExecutorService background;
    private volatile Runnable onStorageFailure = () -> { };
    /** Set by {@link #finish}: background tasks that start after it write nothing. */
    private volatile boolean stopped;
    /** Failed heartbeat writes in a row; touched only by the heartbeat task. */
    private int heartbeatFailures;
    private Provenance provenance;

    private RunRecorder(Path runDir, ExperimentConfig config, Provenance provenance, List<SeedStatus> statuses,
            int threads, int checkpointEvery, StoreWriter writer) {
        this.runDir = runDir;
        this.config = config;
        this.provenance = provenance;
        this.writer = writer;
        this.threads = threads;
        this.checkpointEvery = checkpointEvery;
        for (SeedStatus status : statuses) {
            seeds.put(status.seed(), new LiveSeed(status));
        }
        this.background = Executors.newScheduledThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "rulescape-run-writer-" + runDir.getFileName());
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Creates {@code runDir} with run.json in state RUNNING, every seed QUEUED, and starts the
     * heartbeat and periodic writes.
     *
     * @throws IOException naming the folder when it cannot be created or run.json cannot be written
     */
    public static RunRecorder open(Path runDir, ExperimentConfig config, int threads, int checkpointEvery,
            StoreWriter writer) throws IOException {
        List<SeedStatus> statuses = new ArrayList<>();
        for (int i = 0; i < config.seedCount(); i++) {
            statuses.add(SeedStatus.queued(config.seed(i)));
        }
        Files.createDirectories(runDir);
        RunRecorder recorder = new RunRecorder(runDir, config, Provenance.startingNow(), statuses, threads,
                checkpointEvery, writer);
        recorder.begin();
        return recorder;
    }

    /**
     * Reopens a stored run to continue it: the {@code kept} seeds keep their status and files,
     * the others restart from {@code checkpoints} (or from scratch), and run.json goes back to
     * RUNNING with the original start time.
     */
    public static RunRecorder reopen(Path runDir, RunDocument previous, Set<Long> kept,
            Map<Long, SeedCheckpoint> checkpoints, int threads, int checkpointEvery, StoreWriter writer)
            throws IOException {
        List<SeedStatus> statuses = new ArrayList<>();
        for (SeedStatus status : previous.seeds()) {
            statuses.add(kept.contains(status.seed()) ? status : SeedStatus.queued(status.seed()));
        }
        RunRecorder recorder = new RunRecorder(runDir, previous.config(), previous.provenance().finishedAt(null),
                statuses, threads, checkpointEvery, writer);
        checkpoints.forEach((seed, checkpoint) -> recorder.live(seed).restore(checkpoint));
        for (long seed : kept) {
            // Left behind when a crash came after the seed's final run.json but before the removal.
            Files.deleteIfExists(RunLayout.seedDir(runDir, seed).resolve(RunLayout.CHECKPOINT));
        }
        recorder.begin();
        return recorder;
    }

    /** True for seed states that a resumed run keeps instead of training again. */
    public static boolean isKept(SeedState state) {
        return state == SeedState.DONE || state == SeedState.DIVERGED;
    }

    private void begin() throws IOException {
        writeRunJson(RunState.RUNNING, "");
        writeHeartbeat();
        background.scheduleWithFixedDelay(this::heartbeatQuietly, HEARTBEAT_MILLIS, HEARTBEAT_MILLIS,
                TimeUnit.MILLISECONDS);
        background.scheduleWithFixedDelay(this::flushQuietly, FLUSH_MILLIS, FLUSH_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Runs {@code action} once, on the thread that hits the first storage failure. */
    public void onStorageFailure(Runnable action) {
        this.onStorageFailure = action;
    }

    /** Returns the first write failure, naming the folder, if any. */
    public Optional<String> storageProblem() {
        return Optional.ofNullable(storageProblem.get());
    }

    public Path directory() {
        return runDir;
    }

    @Override
    public void seedStarted(long seed, int step) {
        live(seed).started(step);
    }

    @Override
    public void metaStep(long seed, int step, double metaLoss, double gradNorm) {
        live(seed).step(step, metaLoss, gradNorm);
    }

    @Override
    public void snapshot(long seed, int step, double[] alpha) {
        live(seed).snapshot(step, alpha);
    }

    @Override
    public void checkpoint(SeedCheckpoint checkpoint) {
        live(checkpoint.seed()).checkpoint(checkpoint);
    }

    /**
     * Writes the seed's final files, then run.json, then removes the checkpoint of a DONE or
     * DIVERGED seed. A crash before run.json is written leaves the seed RUNNING there with its
     * checkpoint still in place, so a resume continues from the checkpoint instead of step 0.
     */
    @Override
    public void seedFinished(SeedResult result) {
        LiveSeed live = live(result.seed());
        Path seedDir = RunLayout.seedDir(runDir, result.seed());
        live.files.lock();
        try {
            live.finish(SeedStatus.of(result));
            if (storageProblem.get() == null) {
                SeedFiles.write(writer, seedDir, SeedFiles.Records.of(result));
            }
        } catch (IOException e) {
            storageFailed(seedDir, e);
        } finally {
            live.files.unlock();
        }
        writeRunJsonQuietly(RunState.RUNNING, "");
        if (storageProblem.get() == null && isKept(result.state())) {
            try {
                Files.deleteIfExists(seedDir.resolve(RunLayout.CHECKPOINT));
            } catch (IOException e) {
                storageFailed(seedDir, e);
            }
        }
    }

    /**
     * Writes the final run.json and stops the background threads. The state is FAILED when a
     * write failed or a seed FAILED, CANCELLED when {@code cancelled}, FINISHED otherwise.
     *
     * @return the state written
     */
    public RunState finish(boolean cancelled) {
        stopBackground();
        provenance = provenance.finishedAt(Instant.now());

        RunState state;
        String message;
        List<String> failed = new ArrayList<>();
        for (LiveSeed live : seeds.values()) {
            if (live.state() == SeedState.FAILED) {
                failed.add("seed " + live.seed + ": " + live.status().message());
            }
        }
        if (storageProblem.get() != null) {
            state = RunState.FAILED;
            message = storageProblem.get();
        } else if (!failed.isEmpty()) {
            state = RunState.FAILED;
            message = failed.size() + " seed(s) failed: " + String.join("; ", failed);
        } else if (cancelled) {
            state = RunState.CANCELLED;
            message = "cancelled; finished seeds and the records of cancelled seeds are kept";
        } else {
            state = RunState.FINISHED;
            message = "";
        }
        try {
            writeRunJson(state, message);
        } catch (IOException e) {
            LOG.error("Cannot write the final state {} of run {}", state, runDir, e);
        }
        return state;
    }

    /**
     * Stops the heartbeat and the periodic writes and waits for a write in progress, so no
     * background write lands after the final run.json or after {@link #finish} returns. Running
     * tasks are not interrupted: an interrupt closes the file channel of a write in progress
     * (ClosedByInterruptException), which would read as a storage failure.
     */
    private void stopBackground() {
        stopped = true;
        background.shutdown();
        try {
            if (!background.awaitTermination(STOP_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                LOG.warn("A background write of run {} did not end within {} s; interrupting it", runDir,
                        STOP_TIMEOUT_SECONDS);
                background.shutdownNow();
                background.awaitTermination(STOP_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            background.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private LiveSeed live(long seed) {
        LiveSeed live = seeds.get(seed);
        if (live == null) {
            throw new IllegalArgumentException("seed " + seed + " is not part of run " + runDir);
        }
        return live;
    }

    private void flushQuietly() {
        try {
            flush();
        } catch (RuntimeException e) {
            LOG.error("Periodic write of run {} failed", runDir, e);
        }
    }

    /**
     * Writes the pending checkpoint of every running seed, then the changed records of each, then
     * run.json. All checkpoints go first, so a slow records write of one seed never delays the
     * checkpoint of another.
     */
    void flush() {
        if (stopped || storageProblem.get() != null) {
            return;
        }
        for (LiveSeed live : seeds.values()) {
            Path seedDir = RunLayout.seedDir(runDir, live.seed);
            live.files.lock();
            try {
                SeedCheckpoint checkpoint = live.takeCheckpoint();
                if (checkpoint != null) {
                    CheckpointFiles.write(writer, seedDir, checkpoint);
                }
            } catch (IOException e) {
                storageFailed(seedDir, e);
                return;
            } finally {
                live.files.unlock();
            }
        }
        boolean changed = false;
        for (LiveSeed live : seeds.values()) {
            Path seedDir = RunLayout.seedDir(runDir, live.seed);
            live.files.lock();
            try {
                SeedFiles.Records records = live.takeDirtyRecords();
                if (records != null) {
                    SeedFiles.write(writer, seedDir, records);
                    changed = true;
                }
            } catch (IOException e) {
                storageFailed(seedDir, e);
                return;
            } finally {
                live.files.unlock();
            }
        }
        if (changed) {
            writeRunJsonQuietly(RunState.RUNNING, "");
        }
    }

    private void heartbeatQuietly() {
        if (stopped) {
            return;
        }
        try {
            writeHeartbeat();
            if (heartbeatFailures > 0) {
                LOG.info("Heartbeat of run {} written again after {} failed attempts", runDir, heartbeatFailures);
                heartbeatFailures = 0;
            }
        } catch (IOException e) {
            heartbeatFailures++;
            if (heartbeatFailures == 1) {
                // toString names the class too: some causes have no message (ClosedByInterruptException).
                LOG.warn("Cannot refresh the heartbeat of run {}: {}; further failures are logged at DEBUG", runDir,
                        e.toString());
            } else {
                LOG.debug("Cannot refresh the heartbeat of run {} (failure {}): {}", runDir, heartbeatFailures,
                        e.toString());
            }
        }
    }

    /** Returns the exception's message, or its class name when it has none (ClosedByInterruptException). */
    private static String describe(Exception e) {
        return e.getMessage() == null ? e.getClass().getName() : e.getMessage();
    }

    private void writeHeartbeat() throws IOException {
        byte[] line = Heartbeat.content(Instant.now());
        writer.write(RunLayout.heartbeat(runDir), out -> out.write(line));
    }

    private void writeRunJsonQuietly(RunState state, String message) {
        if (storageProblem.get() != null) {
            return;
        }
        try {
            writeRunJson(state, message);
        } catch (IOException e) {
            storageFailed(runDir, e);
        }
    }

    private void writeRunJson(RunState state, String message) throws IOException {
        synchronized (runJsonLock) {
            List<SeedStatus> statuses = new ArrayList<>();
            for (LiveSeed live : seeds.values()) {
                statuses.add(live.status());
            }
            RunDocument document = new RunDocument(RunLayout.FORMAT_VERSION, state, message, config, threads,
                    checkpointEvery, statuses, provenance);
            String json = RunJson.write(document);
            writer.write(RunLayout.runJson(runDir),
                    out -> out.write(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }
    }

    private void storageFailed(Path folder, IOException e) {
        String message = "cannot write the run files in " + folder + ": " + describe(e)
                + "; free disk space or make the folder writable, then resume the run with train --resume " + runDir;
        if (storageProblem.compareAndSet(null, message)) {
            LOG.error("Run {} stops: {}", runDir, message, e);
            onStorageFailure.run();
        }
    }
}
