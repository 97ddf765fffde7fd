package org.rulescape.reproduce;

import java.io.IOException;
import java.nio.file.Path;
import org.rulescape.core.experiment.TrainingJob;
import org.rulescape.core.experiment.TrainingListener;
import org.rulescape.core.model.ExperimentConfig;
import org.rulescape.core.store.RunState;

/** Trains a sample run in this process with {@link TrainingJob}, the service of `rulescape train`. */
public final class SampleTraining {

    private SampleTraining() {
    }

    /**
     * Result of training a sample run.
     *
     * @param state   final run state
     * @param seconds wall time in seconds
     */
    public record Outcome(RunState state, double seconds) {
    }

    /**
     * Clears {@code folder} (see {@link SampleFolders#clear}), trains every seed of
     * {@code config} into it and blocks until the run files are final.
     *
     * @param listener receives every training event on worker threads; may be null
     * @throws IOException when the folder cannot be cleared or the run cannot be created
     */
    public static Outcome train(ExperimentConfig config, Path folder, int threads, TrainingListener listener)
            throws IOException {
        SampleFolders.clear(folder);
        long start = System.nanoTime();
        TrainingJob job = TrainingJob.start(config, folder, TrainingJob.Settings.of(threads), listener);
        job.await();
        return new Outcome(job.state(), (System.nanoTime() - start) * 1e-9);
    }
}
