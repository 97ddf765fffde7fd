package org.rulescape.fx.training;

import java.io.IOException;
import java.nio.file.Path;
import org.rulescape.core.experiment.TrainingListener;
import org.rulescape.core.model.ExperimentConfig;

/**
 * Starts meta-training runs for the workbench. The listener receives worker-thread events as
 * described by {@link TrainingListener}; the returned session cancels and awaits the run.
 */
public interface TrainingService {

    /**
     * Starts training every seed of {@code config} in the background and returns at once.
     *
     * @param runDir   directory the run is recorded in; implementations that record nothing ignore it
     * @param listener receives every seed event on worker threads
     * @throws IOException naming the folder when the run directory cannot be created or written
     */
    TrainingSession start(ExperimentConfig config, Path runDir, TrainingListener listener) throws IOException;

    /**
     * Continues the interrupted run recorded in {@code runDir} in the background and returns at
     * once: finished seeds are kept and the others continue from their latest checkpoint.
     *
     * @throws IOException naming the file when the run cannot be read or is not resumable
     * @throws UnsupportedOperationException when this service does not record runs
     */
    default TrainingSession resume(Path runDir, TrainingListener listener) throws IOException {
        throw new UnsupportedOperationException("this training service does not record runs, so it cannot resume "
                + runDir);
    }
}
