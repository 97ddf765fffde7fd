package org.rulescape.fx.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.rulescape.core.model.ExperimentConfig;
import org.rulescape.core.store.RunReader;
import org.rulescape.fx.runs.RunFollower;
import org.rulescape.fx.runs.RunLocations;
import org.rulescape.fx.runs.StoredRuns;
import org.rulescape.fx.training.RunLauncher;
import org.rulescape.fx.training.RunStatus;
import org.rulescape.fx.training.RunViewModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The workbench session: runs opened or started in this session, the selected run, and a
 * notice line for errors the user should read. Use on the FX thread; long work goes through
 * {@link BackgroundTasks}.
 */
public final class WorkbenchModel {
    private static final Logger LOG = LoggerFactory.getLogger(WorkbenchModel.class);

    private final BackgroundTasks tasks;
    private final RunLauncher launcher;
    private final RunLocations locations;
    private final Executor followReader;
    private final Executor fxThread;
    private final ObservableList<RunViewModel> runs = FXCollections.observableArrayList();
    private final ObjectProperty<RunViewModel> selected = new SimpleObjectProperty<>();
    private final StringProperty notice = new SimpleStringProperty("");
    private final List<RunFollower> followers = new ArrayList<>();

    /**
     * @param followReader executor that re-reads followed runs, off the FX thread
     * @param fxThread     executor that runs on the FX thread, normally {@code Platform::runLater}
     */
    public WorkbenchModel(BackgroundTasks tasks, RunLauncher launcher, RunLocations locations,
            Executor followReader, Executor fxThread) {
        this.tasks = tasks;
        this.launcher = launcher;
        this.locations = locations;
        this.followReader = followReader;
        this.fxThread = fxThread;
    }

    /** Runs of this session, in the order they were opened or started. */
    public ObservableList<RunViewModel> runs() {
        return runs;
    }

    public ObjectProperty<RunViewModel> selectedProperty() {
        return selected;
    }

    /** Latest error message for the user, empty when there is none. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice;
    }

    public void clearNotice() {
        notice.set("");
    }

    public RunLocations locations() {
        return locations;
    }

    /** Executor for the background work of feature views. */
    public BackgroundTasks tasks() {
        return tasks;
    }

    /** Starts training {@code config} into {@code directory} and selects the new run. */
    public RunViewModel startRun(ExperimentConfig config, Path directory) {
        RunViewModel run = launcher.launch(config, directory);
        runs.add(run);
        selected.set(run);
        return run;
    }

    /**
     * Opens the run in {@code directory} in the background and selects it; if it is open
     * already, selects it. A failure sets the notice, naming the file and the problem.
     */
    public void openRun(Path directory) {
        Path normalized = directory.toAbsolutePath().normalize();
        Optional<RunViewModel> open = runs.stream()
                .filter(run -> run.directory() != null
                        && run.directory().toAbsolutePath().normalize().equals(normalized))
                .findFirst();
        if (open.isPresent()) {
            selected.set(open.get());
            return;
        }
        tasks.run("Opening run " + normalized.getFileName(), progress -> RunReader.read(normalized),
                stored -> {
                    RunViewModel run = StoredRuns.toViewModel(stored);
                    runs.add(run);
                    selected.set(run);
                    if (run.status() == RunStatus.RUNNING) {
                        followers.add(new RunFollower(run, followReader, fxThread));
                    }
                    LOG.info("Opened run {} ({})", normalized, run.status().label());
                },
                error -> notice.set("Cannot open run: " + error.getMessage()));
    }

    /**
     * Continues an interrupted run (one whose writer was killed) in the background through the
     * store's resume support, and follows it from disk as it is written. A failure sets the
     * run's message. A sample run is not resumed, because resuming writes into it.
     */
    public void resumeRun(RunViewModel run) {
        if (run.directory() != null && locations.isSampleRun(run.directory())) {
            notice.set("Cannot resume run " + run.name() + ": it is a sample run in " + run.directory()
                    + ", which stays unchanged; copy the run folder elsewhere, open the copy and resume that");
            return;
        }
        if (!run.canResume()) {
            notice.set("Cannot resume run " + run.name() + ": it is " + run.status().label()
                    + (run.directory() == null ? " and not recorded" : "")
                    + "; only a recorded run that was interrupted, cancelled or failed can be resumed");
            return;
        }
        launcher.resume(run,
                () -> fxThread.execute(() -> followers.add(new RunFollower(run, followReader, fxThread))),
                () -> fxThread.execute(() -> rereadOnce(run)));
    }

    /** Re-reads {@code run} once, so that its final state shows even if no follower saw it. */
    private void rereadOnce(RunViewModel run) {
        RunFollower last = new RunFollower(run, followReader, fxThread);
        last.poll();
    }

    /** Applies queued training events of every run; returns true when any run changed. */
    public boolean drainAll() {
        boolean changed = false;
        for (RunViewModel run : runs) {
            changed |= run.drain();
        }
        return changed;
    }

    /** Re-reads every run that another process is still writing; call about once a second. */
    public void pollFollowedRuns() {
        followers.removeIf(follower -> !follower.isFollowing());
        followers.forEach(RunFollower::poll);
    }

    /**
     * Closes a run: removes it from the session's list, stops following its files and, when it
     * was selected, selects the run that took its place (or none), so the views let it go.
     * Nothing is cancelled and nothing on disk changes. A RUNNING run is not closed: the notice
     * says to cancel it first.
     *
     * @return true when the run was closed
     */
    public boolean closeRun(RunViewModel run) {
        if (run.status() == RunStatus.RUNNING) {
            notice.set("Run " + run.name() + " is still running, so it stays open; cancel it first, then close it.");
            return false;
        }
        int index = runs.indexOf(run);
        if (index < 0) {
            return false;
        }
        followers.removeIf(follower -> follower.run() == run);
        runs.remove(index);
        if (selected.get() == run) {
            selected.set(runs.isEmpty() ? null : runs.get(Math.min(index, runs.size() - 1)));
        }
        return true;
    }

    /** Cancels every run still training in this session, for example when the window closes. */
    public void cancelAll() {
        runs.forEach(RunViewModel::cancel);
    }
}
