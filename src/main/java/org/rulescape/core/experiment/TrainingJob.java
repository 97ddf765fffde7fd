package org.rulescape.core.experiment;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import org.rulescape.core.engine.MetaGradient;
import org.rulescape.core.engine.MetaGradients;
import org.rulescape.core.model.ExperimentConfig;
import org.rulescape.core.model.Precision;
import org.rulescape.core.store.ResumePlan;
import org.rulescape.core.store.RunRecorder;
import org.rulescape.core.store.RunState;
import org.rulescape.core.store.StoreWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The training service both front ends use: trains the seeds of a run on an
 * {@link ExperimentRunner} in a background thread and records every event to the run directory
 * through a {@link RunRecorder}.
 *
 * <p>{@link #cancel()} makes every seed stop at its next meta-step (the trainer polls before each
 * step) and keeps what finished. An exception inside a seed becomes a FAILED seed with its
 * message. A failed write (full disk, read-only folder) cancels the seeds and marks the run FAILED.
 */
public final class TrainingJob {
    private static final Logger LOG = LoggerFactory.getLogger(TrainingJob.class);

    /**
     * Default meta-steps between checkpoints. A checkpoint copies the seed's records on the worker
     * thread, about 0.16 ms for 1000 records and 101 snapshots. The recorder writes the latest one
     * per seed at most once a second on its own thread, about 11 ms with fsync. Against about
     * 4 ms per FULL meta-step, 25 steps keep the worker overhead near 0.2 %, well under 2 %.
     * Measured on the 2-core build machine under load; see docs/RUN_FORMAT.md.
     */
    public static final int DEFAULT_CHECKPOINT_EVERY = 25;

    /**
     * Options of a job.
     *
     * @param threads         worker threads, positive
     * @param checkpointEvery meta-steps between checkpoints of each running seed; 0 turns them off
     * @param writer          writes the run files; {@link StoreWriter#ATOMIC} outside tests
     * @param kernels         makes each worker's meta-gradient kernel
     */
    public record Settings(int threads, int checkpointEvery, StoreWriter writer,
            Function<ExperimentConfig, MetaGradient> kernels) {

        public Settings {
            if (threads <= 0) {
                throw new IllegalArgumentException("threads must be positive, got " + threads);
            }
            if (checkpointEvery < 0) {
                throw new IllegalArgumentException("checkpoint-every must be >= 0, got " + checkpointEvery);
            }
            Objects.requireNonNull(writer, "writer");
            Objects.requireNonNull(kernels, "kernels");
        }

        /** Production settings with {@code threads} workers. */
        public static Settings of(int threads) {
            return new Settings(threads, DEFAULT_CHECKPOINT_EVERY, StoreWriter.ATOMIC, MetaGradients::create);
        }

        public Settings withCheckpointEvery(int steps) {
            return new Settings(threads, steps, writer, kernels);
        }

        public Settings withWriter(StoreWriter value) {
            return new Settings(threads, checkpointEvery, value, kernels);
        }

        public Settings withKernels(Function<ExperimentConfig, MetaGradient> value) {
            return new Settings(threads, checkpointEvery, writer, value);
        }
    }

    private final ExperimentConfig config;
    private final RunRecorder recorder;
    private final CancellationToken cancel = new CancellationToken();
    private final CompletableFuture<List<SeedResult>> completion = new CompletableFuture<>();
    private volatile RunState finalState;

    private TrainingJob(ExperimentConfig config, RunRecorder recorder) {
        this.config = config;
        this.recorder = recorder;
        recorder.onStorageFailure(cancel::cancel);
    }

    /**
     * Creates {@code runDir}, writes run.json and starts training every seed of {@code config}
     * on {@code threads} workers.
     *
     * @param extra receives every training event after it was recorded, on worker threads
     * @throws IOException naming the folder when the run directory or run.json cannot be written
     */
    public static TrainingJob start(ExperimentConfig config, Path runDir, int threads, TrainingListener extra)
            throws IOException {
        return start(config, runDir, Settings.of(threads), extra);
    }

    /** Starts a new run with explicit settings. */
    public static TrainingJob start(ExperimentConfig config, Path runDir, Settings settings, TrainingListener extra)
            throws IOException {
        RunRecorder recorder = RunRecorder.open(runDir, config, settings.threads(), settings.checkpointEvery(),
                settings.writer());
        TrainingJob job = new TrainingJob(config, recorder);
        List<Long> seeds = new ArrayList<>();
        for (int i = 0; i < config.seedCount(); i++) {
            seeds.add(config.seed(i));
        }
        String kernel = config.precision() == Precision.FLOAT ? MetaGradients.floatKernelName() : "scalar";
        LOG.info("Training {} seeds of {} meta-steps on {} threads into {}; {} kernel: {}", config.seedCount(),
                config.metaSteps(), settings.threads(), runDir, config.precision().name().toLowerCase(Locale.ROOT),
                kernel);
        job.launch(settings, seeds, Map.of(), List.of(), extra);
        return job;
    }

    /**
     * Continues an interrupted, cancelled or failed run in {@code runDir}: DONE and DIVERGED seeds
     * are kept, the others continue from their latest checkpoint (or start over when they have
     * none), with results bit-identical to an uninterrupted run.
     *
     * @throws IOException naming the file when the run cannot be read, or when it is FINISHED
     *                     or still being written by a live process
     */
    public static TrainingJob resume(Path runDir, Settings settings, TrainingListener extra) throws IOException {
        ResumePlan plan = ResumePlan.load(runDir);
        RunRecorder recorder = RunRecorder.reopen(runDir, plan.document(), plan.keptSeeds(), plan.checkpoints(),
                settings.threads(), settings.checkpointEvery(), settings.writer());
        TrainingJob job = new TrainingJob(plan.document().config(), recorder);
        LOG.info("Resuming run {}: {} seeds kept, {} from checkpoints, {} from the start", runDir,
                plan.kept().size(), plan.checkpoints().size(),
                plan.seedsToTrain().size() - plan.checkpoints().size());
        job.launch(settings, plan.seedsToTrain(), plan.checkpoints(), plan.kept(), extra);
        return job;
    }

    /** Resumes with production settings and {@code threads} workers. */
    public static TrainingJob resume(Path runDir, int threads, TrainingListener extra) throws IOException {
        return resume(runDir, Settings.of(threads), extra);
    }

    private void launch(Settings settings, List<Long> seeds, Map<Long, SeedCheckpoint> checkpoints,
            List<SeedResult> kept, TrainingListener extra) {
        ExperimentRunner runner = new ExperimentRunner(settings.threads())
                .checkpointEvery(settings.checkpointEvery())
                .kernels(settings.kernels());
        TrainingListener listener = new ForwardingListener(recorder, extra);
        Thread thread = new Thread(() -> runAll(runner, seeds, checkpoints, kept, listener),
                "rulescape-job-" + recorder.directory().getFileName());
        thread.setDaemon(true);
        thread.start();
    }

    private void runAll(ExperimentRunner runner, List<Long> seeds, Map<Long, SeedCheckpoint> checkpoints,
            List<SeedResult> kept, TrainingListener listener) {
        long startNanos = System.nanoTime();
        try {
            List<SeedResult> results = new ArrayList<>(kept);
            results.addAll(runner.run(config, seeds, checkpoints, listener, cancel));
            results.sort(Comparator.comparingLong(SeedResult::seed));
            finalState = recorder.finish(cancel.isCancelled());
            LOG.info("Run {} ended {} after {} s", recorder.directory(), finalState,
                    String.format("%.1f", (System.nanoTime() - startNanos) * 1e-9));
            completion.complete(results);
        } catch (RuntimeException | Error e) {
            LOG.error("Run {} stopped by an unexpected error", recorder.directory(), e);
            finalState = recorder.finish(true);
            completion.completeExceptionally(e);
        }
    }

    /** Asks every seed to stop at its next meta-step; returns at once. Results so far are kept. */
    public void cancel() {
        if (!cancel.isCancelled()) {
            LOG.info("Cancelling run {}", recorder.directory());
        }
        cancel.cancel();
    }

    /**
     * Blocks until every seed is terminal and the run files are final, then returns every seed's
     * result in seed order (kept seeds of a resumed run included).
     *
     * @throws CancellationException when the waiting thread is interrupted (its interrupt flag is
     *                               set again; the job goes on)
     * @throws IllegalStateException when the job stopped on an unexpected error
     */
    public List<SeedResult> await() {
        try {
            return completion.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while waiting for run " + recorder.directory());
        } catch (ExecutionException e) {
            throw new IllegalStateException("run " + recorder.directory() + " stopped: " + e.getCause(), e.getCause());
        }
    }

    public boolean isDone() {
        return completion.isDone();
    }

    public Path directory() {
        return recorder.directory();
    }

    public ExperimentConfig config() {
        return config;
    }

    /** Returns the state written to run.json at the end, or RUNNING while the job runs. */
    public RunState state() {
        RunState state = finalState;
        return state == null ? RunState.RUNNING : state;
    }

    /** Returns why the run could not be written, naming the folder, if a write failed. */
    public Optional<String> storageProblem() {
        return recorder.storageProblem();
    }
}
