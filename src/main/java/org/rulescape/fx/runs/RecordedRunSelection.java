package org.rulescape.fx.runs;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import org.rulescape.fx.training.RunStatus;
import org.rulescape.fx.training.RunViewModel;

/**
 * Hands the directory of the selected run to a feature view once the run is on disk. A run that
 * the workbench has just started has no run.json until its training job created it, so the
 * directory is passed only when {@link RunViewModel#recordedProperty()} is true. It is passed again
 * when the run stops RUNNING, so that views computed from a partial run refresh with the final
 * one. Use on the FX thread.
 */
public final class RecordedRunSelection {
    private final ObservableValue<RunViewModel> selected;
    private final Consumer<Path> show;
    private final ChangeListener<Boolean> onRecorded = (obs, old, now) -> showIfRecorded();
    private final ChangeListener<RunStatus> onStatus = (obs, old, now) -> {
        if (old == RunStatus.RUNNING && now != RunStatus.RUNNING) {
            showIfRecorded();
        }
    };
    private RunViewModel watched;

    private RecordedRunSelection(ObservableValue<RunViewModel> selected, Consumer<Path> show) {
        this.selected = selected;
        this.show = show;
    }

    /**
     * Calls {@code show} with the selected run's directory now and whenever the selection changes,
     * or with null when no run, or an unrecorded run, is selected.
     */
    public static RecordedRunSelection follow(ObservableValue<RunViewModel> selected, Consumer<Path> show) {
        RecordedRunSelection selection = new RecordedRunSelection(selected, show);
        selected.addListener((obs, old, now) -> selection.watch(now));
        selection.watch(selected.getValue());
        return selection;
    }

    private void watch(RunViewModel run) {
        if (watched != null) {
            watched.recordedProperty().removeListener(onRecorded);
            watched.statusProperty().removeListener(onStatus);
        }
        watched = run;
        if (run != null) {
            run.recordedProperty().addListener(onRecorded);
            run.statusProperty().addListener(onStatus);
        }
        if (run == null || run.recordedProperty().get()) {
            showIfRecorded();
        } else {
            show.accept(null);
        }
    }

    private void showIfRecorded() {
        RunViewModel run = selected.getValue();
        if (run == null) {
            show.accept(null);
        } else if (run.recordedProperty().get() && run.directory() != null) {
            show.accept(run.directory());
        }
    }
}
