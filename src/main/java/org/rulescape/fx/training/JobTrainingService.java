package org.rulescape.fx.training;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.rulescape.core.experiment.SeedResult;
import org.rulescape.core.experiment.TrainingJob;
import org.rulescape.core.experiment.TrainingListener;
import org.rulescape.core.model.ExperimentConfig;

/**
 * Trains through the store's {@link TrainingJob}, which records the run to its directory as it
 * goes, exactly as the {@code train} command does.
 */
public final class JobTrainingService implements TrainingService {
    private final TrainingJob.Settings settings;

    /** Production settings with {@code threads} workers. */
    public JobTrainingService(int threads) {
        this(TrainingJob.Settings.of(threads));
    }

    /** Explicit settings, for example a fake kernel in tests. */
    public JobTrainingService(TrainingJob.Settings settings) {
        this.settings = settings;
    }

    @Override
    public TrainingSession start(ExperimentConfig config, Path runDir, TrainingListener listener) throws IOException {
        return session(TrainingJob.start(config, runDir, settings, listener));
    }

    @Override
    public TrainingSession resume(Path runDir, TrainingListener listener) throws IOException {
        return session(TrainingJob.resume(runDir, settings, listener));
    }

    private static TrainingSession session(TrainingJob job) {
        return new TrainingSession() {
            @Override
            public void cancel() {
                job.cancel();
            }

            @Override
            public List<SeedResult> await() {
                return job.await();
            }

            @Override
            public boolean isDone() {
                return job.isDone();
            }
        };
    }
}
