package org.rulescape.fx.runs;

import java.io.IOException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import org.rulescape.core.store.RunReader;
import org.rulescape.core.store.StoredRun;
import org.rulescape.fx.training.RunStatus;
import org.rulescape.fx.training.RunViewModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows a run that another process (usually the command line) is still writing: each
 * {@link #poll()} re-reads the run directory on the reader executor and applies the result on
 * the FX executor. The main window calls {@link #poll()} about once a second while
 * {@link #isFollowing()}; following stops when the run is no longer RUNNING.
 */
public final class RunFollower {
    private static final Logger LOG = LoggerFactory.getLogger(RunFollower.class);

    private final RunViewModel run;
    private final Executor reader;
    private final Executor fxThread;
    private final AtomicBoolean reading = new AtomicBoolean();
    private volatile boolean following = true;

    /**
     * @param reader   executor that reads the files, off the FX thread
     * @param fxThread executor that applies the result, normally {@code Platform::runLater}
     */
    public RunFollower(RunViewModel run, Executor reader, Executor fxThread) {
        this.run = run;
        this.reader = reader;
        this.fxThread = fxThread;
    }

    public RunViewModel run() {
        return run;
    }

    /** True until a read shows the run is no longer RUNNING, or a read fails. */
    public boolean isFollowing() {
        return following;
    }

    /** Starts one re-read unless one is still in progress. */
    public void poll() {
        if (!following || !reading.compareAndSet(false, true)) {
            return;
        }
        reader.execute(() -> {
            try {
                StoredRun stored = RunReader.read(run.directory());
                fxThread.execute(() -> apply(stored));
            } catch (IOException | RuntimeException e) {
                LOG.warn("Stopped following run {}: re-reading it failed", run.directory(), e);
                following = false;
                fxThread.execute(() -> run.setStoredStatus(run.status(), "re-reading failed: " + e.getMessage()));
            } finally {
                reading.set(false);
            }
        });
    }

    private void apply(StoredRun stored) {
        StoredRuns.update(run, stored);
        if (run.status() != RunStatus.RUNNING) {
            following = false;
            LOG.info("Run {} is no longer being written; it is {}", run.directory(), run.status().label());
        }
    }
}
