package org.rulescape.core.analysis.rule;

import java.io.IOException;
import java.nio.file.Path;
import org.rulescape.core.experiment.TrainingJob;
import org.rulescape.core.experiment.TrainingListener;
import org.rulescape.core.model.ExperimentConfig;

/** Trains a run small enough for tests: 2 seeds x 5 meta-steps, T = 4, meta-batch 2. */
public final class TinyRuns {
    private TinyRuns() {
    }

    /** Trains the tiny run into {@code runDir} and returns its configuration. */
    public static ExperimentConfig train(Path runDir) throws IOException {
        ExperimentConfig config = ExperimentConfig.defaults().toBuilder().seedCount(2).metaSteps(5).innerSteps(4)
                .metaBatch(2).snapshotEvery(5).build();
        TrainingJob.start(config, runDir, 1, new TrainingListener() { }).await();
        return config;
    }
}
