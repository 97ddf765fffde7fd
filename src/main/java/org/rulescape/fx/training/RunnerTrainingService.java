package org.rulescape.fx.training;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.rulescape.core.experiment.CancellationToken;
import org.rulescape.core.experiment.ExperimentRunner;
import org.rulescape.core.experiment.SeedResult;
import org.rulescape.core.experiment.TrainingListener;
import org.rulescape.core.model.ExperimentConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains on an {@link ExperimentRunner} in a background thread without recording anything to
 * disk. The workbench uses the store's recording training job where available; this service
 * serves as the fallback and for runs that need no record.
 */
public final class RunnerTrainingService implements TrainingService {
    private static final Logger LOG = LoggerFactory.getLogger(RunnerTrainingService.class);

    private final int threads;

    /** Creates a service whose runs use {@code threads} worker threads. */
    public RunnerTrainingService(int threads) {
        if (threads <= 0) {
            throw new IllegalArgumentException("threads must be positive, got " + threads);
        }
        this.threads = threads;
    }

    @Override
    public TrainingSession start(ExperimentConfig config, Path runDir, TrainingListener listener) {
        CancellationToken token = new CancellationToken();
        CompletableFuture<List<SeedResult>> results = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            LOG.info("Training {} seeds of a {} run without recording", config.seedCount(), config.regime());
            try {
                results.complete(new ExperimentRunner(threads).run(config, listener, token));
            } catch (RuntimeException | Error e) {
                LOG.error("Training run failed", e);
                results.completeExceptionally(e);
            }
        }, "workbench-training");
        thread.setDaemon(true);
        thread.start();
        return new TrainingSession() {
            @Override
            public void cancel() {
                token.cancel();
            }

            @Override
            public List<SeedResult> await() throws InterruptedException, ExecutionException {
                return results.get();
            }

            @Override
            public boolean isDone() {
                return results.isDone();
            }
        };
    }
}
