package org.rulescape.fx.app;

import javafx.collections.ListChangeListener;
import javafx.concurrent.Task;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * Bottom bar: the newest background task with its message, progress and a Cancel button, the
 * number of other tasks, and on the right a short line about the selected run.
 */
final class StatusBar extends HBox {
    private final Label title = new Label("Ready");
    private final Label detail = new Label();
    private final ProgressBar progress = new ProgressBar();
    private final Button cancel = new Button("Cancel");
    private final Label others = new Label();
    private final Label right = new Label();
    private Task<?> shown;

    StatusBar(FxBackgroundTasks tasks) {
        setId("status-bar");
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(10);
        title.getStyleClass().add("status-title");
        detail.getStyleClass().add("muted");
        progress.setPrefWidth(160);
        cancel.setId("status-cancel");
        cancel.getStyleClass().add("small");
        right.getStyleClass().add("muted");
        progress.managedProperty().bind(progress.visibleProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(title, progress, detail, cancel, others, spacer, right);
        tasks.tasks().addListener((ListChangeListener<Task<?>>) change -> show(tasks));
        show(tasks);
    }

    /** Text on the right of the bar, for example the selected run's ETA. */
    Label rightLabel() {
        return right;
    }

    private void show(FxBackgroundTasks tasks) {
        Task<?> newest = tasks.tasks().isEmpty() ? null : tasks.tasks().get(tasks.tasks().size() - 1);
        updateOthers(tasks);
        if (newest == shown && newest != null) {
            return;
        }
        shown = newest;
        title.textProperty().unbind();
        detail.textProperty().unbind();
        progress.progressProperty().unbind();
        boolean busy = newest != null;
        progress.setVisible(busy);
        cancel.setVisible(busy);
        if (busy) {
            title.textProperty().bind(newest.titleProperty());
            detail.textProperty().bind(newest.messageProperty());
            progress.progressProperty().bind(newest.progressProperty());
            cancel.setOnAction(event -> newest.cancel());
        } else {
            title.setText("Ready");
            detail.setText("");
        }
    }

    private void updateOthers(FxBackgroundTasks tasks) {
        int count = tasks.tasks().size();
        others.setText(count > 1 ? "+" + (count - 1) + " more" : "");
    }
}
