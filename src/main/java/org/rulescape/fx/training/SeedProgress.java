package org.rulescape.fx.training;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.rulescape.core.experiment.SeedHealth;
import org.rulescape.core.experiment.SeedState;

/**
 * One row of a run's seed table: state, meta-steps done, latest meta-loss and remaining time.
 * Properties change on the FX thread only. {@link #shownProperty()} is the only one the user sets.
 */
public final class SeedProgress {
    /** Steps a seed of a run trained elsewhere must record between re-reads before its ETA is shown. */
    static final int MIN_TIMED_STEPS = 3;

    private final long seed;
    private final int index;
    private final ObjectProperty<SeedState> state = new SimpleObjectProperty<>(SeedState.QUEUED);
    private final IntegerProperty stepsDone = new SimpleIntegerProperty();
    private final IntegerProperty totalSteps = new SimpleIntegerProperty();
    private final DoubleProperty lastMetaLoss = new SimpleDoubleProperty(Double.NaN);
    private final DoubleProperty etaSeconds = new SimpleDoubleProperty(Double.NaN);
    private final StringProperty status = new SimpleStringProperty("queued");
    private final BooleanProperty shown = new SimpleBooleanProperty(true);
    private final ObjectProperty<SeedHealth> health = new SimpleObjectProperty<>();
    private int divergedAt = -1;
    private String message = "";
    /** True while the run is interrupted: its writer died, so no seed of it is training. */
    private boolean runInterrupted;
    /** Step and time of the first re-read that saw this seed training, or -1 when none did. */
    private int timedFromStep = -1;
    private long timedFromNanos;
    final SeedCurve curve = new SeedCurve();
    long startNanos;
    int startStep;

    SeedProgress(long seed, int index, int totalSteps) {
        this.seed = seed;
        this.index = index;
        this.totalSteps.set(totalSteps);
    }

    public long seed() {
        return seed;
    }

    /** Position of the seed in its run, which picks its colour. */
    public int index() {
        return index;
    }

    public ReadOnlyObjectProperty<SeedState> stateProperty() {
        return state;
    }

    public SeedState state() {
        return state.get();
    }

    public ReadOnlyIntegerProperty stepsDoneProperty() {
        return stepsDone;
    }

    public ReadOnlyIntegerProperty totalStepsProperty() {
        return totalSteps;
    }

    /** Latest finite meta-loss, NaN before the first step. */
    public ReadOnlyDoubleProperty lastMetaLossProperty() {
        return lastMetaLoss;
    }

    /** Estimated seconds until this seed finishes; NaN when unknown or finished. */
    public ReadOnlyDoubleProperty etaSecondsProperty() {
        return etaSeconds;
    }

    /**
     * Human-readable state: "queued", "running", "done", "diverged at step 12", "failed: ...", and
     * for a seed of an interrupted run "interrupted at step 79" or "not started".
     */
    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    /** Whether the seed's curve is drawn. */
    public BooleanProperty shownProperty() {
        return shown;
    }

    /** Health of the ended seed's records ({@link SeedHealth#RULE}); null until the seed ends. */
    public ReadOnlyObjectProperty<SeedHealth> healthProperty() {
        return health;
    }

    public int divergedAt() {
        return divergedAt;
    }

    /** Failure or damage explanation, empty when there is none. */
    public String message() {
        return message;
    }

    /** Fraction of this seed's meta-steps done, in [0, 1]. */
    public double fraction() {
        int total = totalSteps.get();
        return total == 0 ? 0 : Math.min(1.0, (double) stepsDone.get() / total);
    }

    void started(int step, long nanos) {
        startNanos = nanos;
        startStep = step;
        stepsDone.set(step);
        if (curve.length() == 0) {
            curve.reset(step);
        }
        setState(SeedState.RUNNING, -1, "");
    }

    void stepped(int step, double metaLoss, long nanos) {
        curve.append(metaLoss);
        stepsDone.set(step + 1);
        if (Double.isFinite(metaLoss)) {
            lastMetaLoss.set(metaLoss);
        }
        int done = step + 1 - startStep;
        if (done > 0) {
            double perStep = (nanos - startNanos) * 1e-9 / done;
            etaSeconds.set(perStep * Math.max(0, totalSteps.get() - step - 1));
        }
    }

    /**
     * Estimates the remaining time of a seed that another process trains, from the steps recorded
     * between re-reads of the run. The clock starts at the last re-read that saw the seed training
     * without new steps, and once {@link #MIN_TIMED_STEPS} more steps are recorded the ETA is their
     * mean time per step times the steps left. A seed that stops training, or restarts from an
     * earlier checkpoint, starts the clock again.
     *
     * @param nanos time of the re-read, from {@link System#nanoTime()}
     */
    void timeRecordedSteps(long nanos) {
        int steps = stepsDone.get();
        if (state.get() != SeedState.RUNNING || runInterrupted) {
            timedFromStep = -1;
            return;
        }
        if (timedFromStep < 0 || steps <= timedFromStep) {
            timedFromStep = steps;
            timedFromNanos = nanos;
            return;
        }
        int timed = steps - timedFromStep;
        if (timed >= MIN_TIMED_STEPS && nanos > timedFromNanos) {
            double perStep = (nanos - timedFromNanos) * 1e-9 / timed;
            etaSeconds.set(perStep * Math.max(0, totalSteps.get() - steps));
        }
    }

    /** Marks whether the seed's run is interrupted, which changes how a seed that never ended reads. */
    void setRunInterrupted(boolean interrupted) {
        if (runInterrupted == interrupted) {
            return;
        }
        runInterrupted = interrupted;
        if (interrupted) {
            etaSeconds.set(Double.NaN);
            timedFromStep = -1;
        }
        status.set(describe(state.get()));
    }

    /** Sets a terminal or loaded state with its divergence step and message. */
    void setState(SeedState newState, int newDivergedAt, String newMessage) {
        divergedAt = newDivergedAt;
        message = newMessage == null ? "" : newMessage;
        if (newState.isTerminal()) {
            etaSeconds.set(Double.NaN);
        }
        state.set(newState);
        status.set(describe(newState));
    }

    /** Sets the health assessment and adds an UNSTABLE badge to the status text when it applies. */
    void setHealth(SeedHealth value) {
        health.set(value);
        status.set(describe(state.get()));
    }

    void setStepsDone(int steps) {
        stepsDone.set(steps);
    }

    void setLastMetaLoss(double value) {
        lastMetaLoss.set(value);
    }

    private String describe(SeedState value) {
        String text = describeState(value);
        SeedHealth assessed = health.get();
        return assessed != null && assessed.isUnstable() ? text + " \u26a0 UNSTABLE" : text;
    }

    private String describeState(SeedState value) {
        return switch (value) {
            case QUEUED -> runInterrupted ? "not started" : "queued";
            case RUNNING -> runInterrupted ? "interrupted at step " + stepsDone.get() : "running";
            case DONE -> "done";
            case DIVERGED -> "diverged at step " + divergedAt;
            case CANCELLED -> "cancelled at step " + stepsDone.get();
            case FAILED -> "failed: " + message;
        };
    }
}
