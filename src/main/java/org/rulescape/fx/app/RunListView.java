package org.rulescape.fx.app;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.rulescape.fx.training.RunStatus;
import org.rulescape.fx.training.RunViewModel;

/**
 * Side list of the session's runs, each with its status and, while running, its progress, and a
 * close button (also in the context menu) that is disabled while the run is running.
 */
final class RunListView extends ListView<RunViewModel> {

    RunListView(WorkbenchModel model) {
        super(model.runs());
        setId("run-list");
        getStyleClass().add("run-list");
        setPlaceholder(new Label("No runs open"));
        setCellFactory(list -> new RunCell(model));
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
        private final Button close = new Button("\u00d7");
        private final MenuItem closeItem = new MenuItem("Close");
        private final VBox text = new VBox(3, name, status, progress);
        private final HBox box = new HBox(4, text, close);

        RunCell(WorkbenchModel model) {
            // A zero preferred width lets the cell take the list's width instead of its text's,
            // so the close button stays in view and the list does not scroll sideways.
            setPrefWidth(0);
            HBox.setHgrow(text, Priority.ALWAYS);
            text.setMinWidth(0);
            text.setMaxWidth(Double.MAX_VALUE);
            name.setMinWidth(0);
            status.setMinWidth(0);
            close.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            close.getStyleClass().add("close-run");
            close.setFocusTraversable(false);
            close.setStyle("-fx-padding: 0 5 1 5; -fx-font-size: 12px;");
            close.setTooltip(new Tooltip("Close this run: it leaves the list; its files stay on disk."
                    + " A running run must be cancelled first."));
            close.setOnAction(event -> {
                if (getItem() != null) {
                    model.closeRun(getItem());
                }
            });
            closeItem.setOnAction(event -> {
                if (getItem() != null) {
                    model.closeRun(getItem());
                }
            });
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
            close.disableProperty().unbind();
            closeItem.disableProperty().unbind();
            if (empty || run == null) {
                setGraphic(null);
                setContextMenu(null);
                return;
            }
            close.setId("close-run-" + run.name());
            close.disableProperty().bind(run.statusProperty().isEqualTo(RunStatus.RUNNING));
            closeItem.disableProperty().bind(close.disableProperty());
            setContextMenu(new ContextMenu(closeItem));
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
