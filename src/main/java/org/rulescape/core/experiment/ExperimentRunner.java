package org.rulescape.core.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.rulescape.core.engine.MetaGradient;
import org.rulescape.core.engine.MetaGradients;
import org.rulescape.core.model.ExperimentConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains the seeds of a run in parallel on a fixed pool of worker threads, one seed per task.
 * Each seed's result depends only on the configuration and the seed, never on the number of
 * threads or the order in which seeds run, because every random stream is keyed by
 * (seed, purpose, step) and each worker owns its kernel and buffers.
 *
 * <p>An exception inside a seed is logged and turned into a FAILED result carrying its
 * message; the other seeds go on.
 */
public final class ExperimentRunner {
    private static final Logger LOG = LoggerFactory.getLogger(ExperimentRunner.class);
    private static final AtomicInteger POOL_NUMBER = new AtomicInteger();

    private final int threads;
    private int checkpointEvery;
    private Function<ExperimentConfig, MetaGradient> kernels = MetaGradients::create;

    /** Creates a runner with one worker per available processor. */
    public ExperimentRunner() {
        this(Runtime.getRuntime().availableProcessors());
    }

    /** Creates a runner with {@code threads} workers. */
    public ExperimentRunner(int threads) {
        if (threads <= 0) {
            throw new IllegalArgumentException("threads must be positive, got " + threads);
        }
        this.threads = threads;
    }

    /** Asks every seed for a checkpoint every {@code steps} meta-steps; 0 turns them off. */
    public ExperimentRunner checkpointEvery(int steps) {
        if (steps < 0) {
            throw new IllegalArgumentException("checkpoint interval must be >= 0, got " + steps);
        }
        this.checkpointEvery = steps;
        return this;
    }

    /** Uses {@code factory} to make each worker's kernel instead of {@link MetaGradients#create}; for tests. */
    public ExperimentRunner kernels(Function<ExperimentConfig, MetaGradient> factory) {
        this.kernels = java.util.Objects.requireNonNull(factory, "factory");
        return this;
    }

    public int threads() {
        return threads;
    }

    /** Trains every seed of {@code config} from scratch; blocks until all are terminal. */
    public List<SeedResult> run(ExperimentConfig config, TrainingListener listener, CancellationToken cancel) {
        return run(config, Map.of(), listener, cancel);
    }

    /**
     * Trains every seed of {@code config}, resuming those that have a checkpoint in
     * {@code resume}. Returns the results in seed order; blocks until all are terminal.
     */
    public List<SeedResult> run(ExperimentConfig config, Map<Long, SeedCheckpoint> resume,
            TrainingListener listener, CancellationToken cancel) {
        List<Long> seeds = new ArrayList<>();
        for (int i = 0; i < config.seedCount(); i++) {
            seeds.add(config.seed(i));
        }
        return run(config, seeds, resume, listener, cancel);
    }

    /**
     * Trains only {@code seeds} (a subset of the configuration's seeds, for example the unfinished
     * ones of a resumed run), resuming those with a checkpoint. Returns the results in the order
     * of {@code seeds}; blocks until all are terminal.
     */
    public List<SeedResult> run(ExperimentConfig config, List<Long> seeds, Map<Long, SeedCheckpoint> resume,
            TrainingListener listener, CancellationToken cancel) {
        if (seeds.isEmpty()) {
            return List.of();
        }
        int workers = Math.min(threads, seeds.size());
        int pool = POOL_NUMBER.incrementAndGet();
        AtomicInteger threadNumber = new AtomicInteger();
        ThreadFactory factory = runnable -> {
            Thread thread = new Thread(runnable, "rulescape-" + pool + "-worker-" + threadNumber.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        ExecutorService executor = Executors.newFixedThreadPool(workers, factory);
        ThreadLocal<SeedTrainer> trainers = ThreadLocal.withInitial(
                () -> new SeedTrainer(config, kernels.apply(config)).checkpointEvery(checkpointEvery));
        try {
            List<Future<SeedResult>> futures = new ArrayList<>();
            for (long seed : seeds) {
                SeedCheckpoint checkpoint = resume.get(seed);
                futures.add(executor.submit(() -> trainOne(trainers, seed, checkpoint, listener, cancel)));
            }
            List<SeedResult> results = new ArrayList<>();
            for (Future<SeedResult> future : futures) {
                results.add(future.get());
            }
            return results;
        } catch (InterruptedException e) {
            cancel.cancel();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for seeds", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a seed task failed outside its own error handling", e.getCause());
        } finally {
            executor.shutdownNow();
        }
    }

    private static SeedResult trainOne(ThreadLocal<SeedTrainer> trainers, long seed, SeedCheckpoint checkpoint,
            TrainingListener listener, CancellationToken cancel) {
        try {
            SeedTrainer trainer = trainers.get();
            if (checkpoint != null) {
                return trainer.resume(checkpoint, listener, cancel);
            }
            return trainer.train(seed, listener, cancel);
        } catch (RuntimeException | Error e) {
            LOG.error("Seed {} failed", seed, e);
            String message = e.getClass().getSimpleName() + ": " + e.getMessage();
            SeedResult failed = new SeedResult(seed, SeedState.FAILED, 0, -1, message, new double[0],
                    new double[0], new int[0], new double[0][], 0.0);
            listener.seedFinished(failed);
            return failed;
        }
    }
}
