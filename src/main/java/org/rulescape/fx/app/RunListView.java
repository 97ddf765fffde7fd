package org.rulescape.fx.app;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import org.rulescape.fx.training.RunStatus;
import org.rulescape.fx.training.RunViewModel;

/** Side list of the session's runs, each with its status and, while running, its progress. */
final class RunListView extends ListView<RunViewModel> {

    RunListView(WorkbenchModel model) {
        super(model.runs());
        setId("run-list");
        getStyleClass().add("run-list");
        setPlaceholder(new Label("No runs open"));
        setCellFactory(list -> new RunCell());
        getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.selectedProperty().set(now);
            }
        });
        model.selectedProperty().addListener((obs, old, now) -> getSelectionModel().select(now));
    }

    private static final class RunCell extends ListCell<RunViewModel> {
        private final Label name = new Label();
        private final Label status = new Label();
        private final ProgressBar progress = new ProgressBar();
        private final VBox box = new VBox(3, name, status, progress);

        RunCell() {
            name.getStyleClass().add("run-name");
            status.getStyleClass().add("run-state");
            progress.setMaxWidth(Double.MAX_VALUE);
            progress.setPrefHeight(6);
            box.setPadding(new Insets(4, 2, 4, 2));
        }

        @Override
        protected void updateItem(RunViewModel run, boolean empty) {
            super.updateItem(run, empty);
            status.textProperty().unbind();
            progress.progressProperty().unbind();
            progress.visibleProperty().unbind();
            progress.managedProperty().unbind();
            if (empty || run == null) {
                setGraphic(null);
                return;
            }
            name.setText(run.name());
            status.textProperty().bind(Bindings.createStringBinding(() -> run.config().regime().name()
                    + " · " + run.config().seedCount() + " seeds · " + run.status().label(), run.statusProperty()));
            progress.progressProperty().bind(run.progressProperty());
            progress.visibleProperty().bind(run.statusProperty().isEqualTo(RunStatus.RUNNING));
            progress.managedProperty().bind(progress.visibleProperty());
            setGraphic(box);
        }
    }
}
