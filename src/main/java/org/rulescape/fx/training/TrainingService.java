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
}
