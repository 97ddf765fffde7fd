package org.rulescape.fx.runs;

import java.util.Arrays;
import org.rulescape.core.experiment.SeedResult;
import org.rulescape.core.experiment.SeedState;
import org.rulescape.core.store.StoredRun;
import org.rulescape.core.store.StoredSeed;
import org.rulescape.fx.training.RunStatus;
import org.rulescape.fx.training.RunViewModel;

/** Turns runs read from disk into workbench view models and refreshes them on re-read. */
public final class StoredRuns {
    private StoredRuns() {
    }

    /** Creates a view model showing {@code stored}: its status, seeds and curves. */
    public static RunViewModel toViewModel(StoredRun stored) {
        RunViewModel run = new RunViewModel(stored.directory().getFileName().toString(), stored.directory(),
                stored.config(), status(stored));
        update(run, stored);
        return run;
    }

    /** Replaces the status, seeds and curves of {@code run} with those of a newer read. */
    public static void update(RunViewModel run, StoredRun stored) {
        for (StoredSeed seed : stored.seeds()) {
            SeedResult result = seed.result();
            if (result == null) {
                run.loadSeed(seed.seed(), SeedState.FAILED, -1, "damaged: " + seed.problem(), new double[0]);
                continue;
            }
            double[] metaLoss = Arrays.copyOf(result.metaLoss(), result.stepsRecorded());
            run.loadSeed(seed.seed(), seed.state(), result.divergedAt(), result.message(), metaLoss);
        }
        run.setStoredStatus(status(stored), stored.message());
    }

    static RunStatus status(StoredRun stored) {
        return switch (stored.state()) {
            case RUNNING -> RunStatus.RUNNING;
            case FINISHED -> RunStatus.FINISHED;
            case INTERRUPTED -> RunStatus.INTERRUPTED;
            case CANCELLED -> RunStatus.CANCELLED;
            case FAILED -> RunStatus.FAILED;
        };
    }
}
