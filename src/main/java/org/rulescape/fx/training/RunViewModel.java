package org.rulescape.fx.training;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.rulescape.core.experiment.SeedHealth;
import org.rulescape.core.experiment.SeedResult;
import org.rulescape.core.experiment.SeedState;
import org.rulescape.core.experiment.TrainingListener;
import org.rulescape.core.model.ExperimentConfig;
import org.rulescape.figures.charts.MetaLossSeries;

/**
 * One run in the workbench, trained here or opened from disk: its seeds with their progress,
 * their full-resolution meta-loss curves and the run's status.
 *
 * <p>Worker threads only touch {@link #listener()}, which queues events. Everything else is
 * used on the FX thread (or one test thread): {@link #drain()} applies the queued events in one
 * batch and is meant to run at most once per frame. {@link #cancel()} is thread-safe.
 */
public final class RunViewModel {
    private final String name;
    private final Path directory;
    private final ExperimentConfig config;
    private final ObservableList<SeedProgress> seeds = FXCollections.observableArrayList();
    private final ObservableList<SeedProgress> readOnlySeeds = FXCollections.unmodifiableObservableList(seeds);
    private final Map<Long, SeedProgress> bySeed;
    private final ObjectProperty<RunStatus> status = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final DoubleProperty etaSeconds = new SimpleDoubleProperty(Double.NaN);
    private final BooleanProperty recorded = new SimpleBooleanProperty();
    private final TrainingEventQueue queue = new TrainingEventQueue();
    private volatile TrainingSession session;
    private volatile boolean cancelRequested;
    private boolean runFailed;
    private long revision;

    /**
     * Creates a run whose seeds are those of {@code config}, all queued.
     *
     * @param name      short name shown in the run list, usually the directory's name
     * @param directory where the run is recorded; null when it is not recorded
     * @param status    initial status: RUNNING for a run about to train, otherwise the stored one
     */
    public RunViewModel(String name, Path directory, ExperimentConfig config, RunStatus status) {
        this.name = Objects.requireNonNull(name, "name");
        this.directory = directory;
        this.config = Objects.requireNonNull(config, "config");
        this.status.set(Objects.requireNonNull(status, "status"));
        this.recorded.set(status != RunStatus.RUNNING || directory == null);
        for (int i = 0; i < config.seedCount(); i++) {
            seeds.add(new SeedProgress(config.seed(i), i, config.metaSteps()));
        }
        bySeed = seeds.stream().collect(Collectors.toMap(SeedProgress::seed, Function.identity()));
        markInterruptedSeeds(status);
        this.status.addListener((obs, old, now) -> markInterruptedSeeds(now));
    }

    /** Seeds of an interrupted run that never ended read "interrupted at step N" instead of "running". */
    private void markInterruptedSeeds(RunStatus runStatus) {
        for (SeedProgress row : seeds) {
            row.setRunInterrupted(runStatus == RunStatus.INTERRUPTED);
        }
    }

    public String name() {
        return name;
    }

    /** Run directory, or null when the run is not recorded. */
    public Path directory() {
        return directory;
    }

    public ExperimentConfig config() {
        return config;
    }

    /** Seeds in run order; the list itself never changes, its rows do. */
    public ObservableList<SeedProgress> seeds() {
        return readOnlySeeds;
    }

    public ReadOnlyObjectProperty<RunStatus> statusProperty() {
        return status;
    }

    public RunStatus status() {
        return status.get();
    }

    /** Run-level error or explanation, empty when there is none. */
    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    /** Fraction of all meta-steps of all seeds done, in [0, 1]. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    /** Estimated seconds until the whole run ends; NaN when unknown. */
    public ReadOnlyDoubleProperty etaSecondsProperty() {
        return etaSeconds;
    }

    /**
     * True once the run directory contains a readable run.json: at once for a run opened from disk,
     * and for a run trained here as soon as its training session started. Views that read the
     * run's files should wait for it.
     */
    public ReadOnlyBooleanProperty recordedProperty() {
        return recorded;
    }

    /** Counter that grows whenever any curve changes; views redraw when it moved. */
    public long revision() {
        return revision;
    }

    /** Listener for the training workers; it only queues events. */
    public TrainingListener listener() {
        return queue;
    }

    /** Connects the running session so that {@link #cancel()} reaches it; thread-safe. */
    public void attach(TrainingSession newSession) {
        session = newSession;
        queue.sessionStarted();
        if (cancelRequested) {
            newSession.cancel();
        }
    }

    /** Requests cancellation of the training; thread-safe, and a no-op once the run ended. */
    public void cancel() {
        cancelRequested = true;
        TrainingSession current = session;
        if (current != null) {
            current.cancel();
        }
    }

    public boolean isCancelRequested() {
        return cancelRequested;
    }

    /** Marks, from any thread, that the run's work ended; applied at the next {@link #drain()}. */
    void ended() {
        queue.runEnded();
    }

    /** Reports, from any thread, an error that ended the whole run; applied at the next drain. */
    void failed(Throwable error) {
        queue.runFailed(error);
    }

    /** Number of meta-steps recorded so far by workers, for progress reported off the FX thread. */
    int stepsSeen() {
        return queue.stepsSeen();
    }

    /**
     * Applies every queued event. Returns true when anything changed; the curve
     * {@link #revision()} grows when any curve got new points.
     */
    public boolean drain() {
        List<TrainingEvent> events = queue.drain();
        if (events.isEmpty()) {
            return false;
        }
        boolean curvesChanged = false;
        for (TrainingEvent event : events) {
            curvesChanged |= apply(event);
        }
        if (curvesChanged) {
            revision++;
        }
        updateTotals();
        return true;
    }

    private boolean apply(TrainingEvent event) {
        if (event instanceof TrainingEvent.Started started) {
            seed(started.seed()).started(started.step(), started.nanos());
        } else if (event instanceof TrainingEvent.Step step) {
            seed(step.seed()).stepped(step.step(), step.metaLoss(), step.nanos());
            return true;
        } else if (event instanceof TrainingEvent.Finished finished) {
            SeedResult result = finished.result();
            SeedProgress row = seed(result.seed());
            row.setStepsDone(Math.max(row.stepsDoneProperty().get(), result.stepsRecorded()));
            row.setState(result.state(), result.divergedAt(), result.message());
            row.setHealth(SeedHealth.of(result));
            return result.state() == SeedState.DIVERGED;
        } else if (event instanceof TrainingEvent.SessionStarted) {
            recorded.set(directory != null);
        } else if (event instanceof TrainingEvent.RunFailed failedEvent) {
            runFailed = true;
            Throwable error = failedEvent.error();
            message.set("training failed: " + error.getClass().getSimpleName() + ": " + error.getMessage());
        } else if (event instanceof TrainingEvent.RunEnded) {
            finish();
        }
        return false;
    }

    private void finish() {
        for (SeedProgress row : seeds) {
            if (!row.state().isTerminal()) {
                SeedState end = runFailed ? SeedState.FAILED : SeedState.CANCELLED;
                row.setState(end, -1, runFailed ? message.get() : "");
            }
        }
        if (runFailed) {
            status.set(RunStatus.FAILED);
        } else if (cancelRequested || seeds.stream().anyMatch(s -> s.state() == SeedState.CANCELLED)) {
            status.set(RunStatus.CANCELLED);
        } else {
            status.set(RunStatus.FINISHED);
        }
        etaSeconds.set(Double.NaN);
    }

    private SeedProgress seed(long seed) {
        SeedProgress row = bySeed.get(seed);
        if (row == null) {
            throw new IllegalStateException("event for seed " + seed + ", which is not in run " + name
                    + " (seeds " + bySeed.keySet() + ")");
        }
        return row;
    }

    private void updateTotals() {
        long done = 0;
        long total = 0;
        long remaining = 0;
        double stepsPerSecond = 0;
        for (SeedProgress row : seeds) {
            int seedTotal = row.totalStepsProperty().get();
            int seedDone = row.state().isTerminal() ? seedTotal : row.stepsDoneProperty().get();
            done += seedDone;
            total += seedTotal;
            remaining += seedTotal - seedDone;
            double eta = row.etaSecondsProperty().get();
            int left = seedTotal - seedDone;
            if (row.state() == SeedState.RUNNING && eta > 0 && left > 0) {
                stepsPerSecond += left / eta;
            }
        }
        progress.set(total == 0 ? 0 : (double) done / total);
        if (status.get() == RunStatus.RUNNING && stepsPerSecond > 0) {
            etaSeconds.set(remaining / stepsPerSecond);
        }
    }

    /** Curves of every seed, in seed order, viewing the full-resolution data without copying. */
    public List<MetaLossSeries> series() {
        List<MetaLossSeries> all = new ArrayList<>(seeds.size());
        for (SeedProgress row : seeds) {
            all.add(row.curve.series(row.seed(), row.index(), row.divergedAt()));
        }
        return all;
    }

    /**
     * Replaces one seed's record with values read from disk now.
     *
     * @param metaLoss  full meta-loss record from step 0; may be empty
     * @param state     stored state of the seed
     * @param message   failure, divergence or damage explanation; empty when fine
     */
    public void loadSeed(long seed, SeedState state, int divergedAt, String message, double[] metaLoss) {
        loadSeed(seed, state, divergedAt, message, metaLoss, System.nanoTime());
    }

    /**
     * Replaces one seed's record with values read from disk at {@code nanos}. While the run is
     * RUNNING (another process, or a resumed job, writes it), successive reads time the recorded
     * steps, which gives the seed's ETA.
     *
     * @param nanos time of the read, from {@link System#nanoTime()}
     */
    public void loadSeed(long seed, SeedState state, int divergedAt, String message, double[] metaLoss, long nanos) {
        SeedProgress row = seed(seed);
        row.curve.replace(metaLoss, 0);
        row.setStepsDone(metaLoss.length);
        double last = Double.NaN;
        for (int i = metaLoss.length - 1; i >= 0 && Double.isNaN(last); i--) {
            if (Double.isFinite(metaLoss[i])) {
                last = metaLoss[i];
            }
        }
        row.setLastMetaLoss(last);
        row.setState(state, divergedAt, message);
        row.setHealth(state.isTerminal() ? SeedHealth.of(seed, metaLoss, new double[0], metaLoss.length) : null);
        if (status.get() == RunStatus.RUNNING) {
            row.timeRecordedSteps(nanos);
        }
        revision++;
        updateTotals();
    }

    /**
     * Prepares a stopped run (interrupted, cancelled or failed) for resuming: clears the earlier
     * cancel request and failure so that the resumed session is neither cancelled at once nor
     * reported as failed. Call on the FX thread before the resumed session attaches.
     */
    public void prepareResume() {
        cancelRequested = false;
        runFailed = false;
    }

    /** True when Resume applies: the run stopped before all its seeds ended and it is on disk. */
    public boolean canResume() {
        return directory != null && RunStatus.resumable(status.get());
    }

    /**
     * The header line for a status and its explanation, for example
     * {@code "cancelled – 3 of 10 seeds done; resume the run to finish its seeds"}. A message
     * that starts with the status word is not repeated after it; a resumable status adds the hint.
     */
    public static String statusLine(RunStatus status, String message) {
        String label = status.label();
        String rest = message == null ? "" : message.strip();
        if (rest.regionMatches(true, 0, label, 0, label.length())) {
            rest = rest.substring(label.length()).replaceFirst("^[\\s;:,.\u2013-]+", "");
        }
        StringBuilder line = new StringBuilder(label);
        if (!rest.isEmpty()) {
            line.append(" \u2013 ").append(rest);
        }
        if (RunStatus.resumable(status) && !rest.toLowerCase(java.util.Locale.ROOT).contains("resume")) {
            line.append(rest.isEmpty() ? " \u2013 " : "; ").append("resume the run to finish its seeds");
        }
        return line.toString();
    }

    /** Sets the status of a run read from disk, with an explanation (empty when none). */
    public void setStoredStatus(RunStatus newStatus, String explanation) {
        status.set(newStatus);
        message.set(explanation);
    }
}
