package org.rulescape.fx.training;

import java.util.List;
import org.rulescape.core.experiment.SeedResult;

/** Handle of a started training run. Thread-safe. */
public interface TrainingSession {

    /** Requests cancellation: every seed stops before its next meta-step and keeps its records. */
    void cancel();

    /**
     * Blocks until every seed is terminal and returns the results in seed order.
     *
     * @throws java.util.concurrent.ExecutionException when the run failed outside its seeds
     *                                                  (implementations may throw an unchecked exception instead)
     */
    List<SeedResult> await() throws InterruptedException, java.util.concurrent.ExecutionException;

    boolean isDone();
}
