package org.rulescape.fx.training;

import java.awt.Color;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.ProgressBarTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.shape.Rectangle;
import org.rulescape.core.experiment.SeedHealth;
import org.rulescape.figures.ChartStyle;

/**
 * Table of a run's seeds: a check box in the seed's colour that shows or hides its curve, then
 * state, progress, meta-steps, latest meta-loss and remaining time.
 */
final class SeedTable extends TableView<SeedProgress> {

    SeedTable() {
        getStyleClass().add("seed-table");
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setPlaceholder(new javafx.scene.control.Label("No seeds"));

        TableColumn<SeedProgress, SeedProgress> seed = new TableColumn<>("Seed");
        seed.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue()));
        seed.setCellFactory(column -> new SeedCell());
        seed.setPrefWidth(90);

        TableColumn<SeedProgress, String> status = new TableColumn<>("State");
        status.setCellValueFactory(row -> row.getValue().statusProperty());
        status.setCellFactory(column -> new StatusCell());
        status.setPrefWidth(200);

        TableColumn<SeedProgress, Double> progress = new TableColumn<>("Progress");
        progress.setCellValueFactory(row -> row.getValue().stepsDoneProperty()
                .divide(Math.max(1.0, row.getValue().totalStepsProperty().get())).asObject());
        progress.setCellFactory(ProgressBarTableCell.forTableColumn());
        progress.setPrefWidth(140);

        TableColumn<SeedProgress, String> steps = new TableColumn<>("Meta-steps");
        steps.setCellValueFactory(row -> row.getValue().stepsDoneProperty().asString()
                .concat(" / ").concat(row.getValue().totalStepsProperty().asString()));
        steps.setPrefWidth(110);

        TableColumn<SeedProgress, String> loss = new TableColumn<>("Meta-loss");
        loss.setCellValueFactory(row -> {
            SimpleStringProperty text = new SimpleStringProperty();
            text.bind(javafx.beans.binding.Bindings.createStringBinding(
                    () -> Formats.loss(row.getValue().lastMetaLossProperty().get()),
                    row.getValue().lastMetaLossProperty()));
            return text;
        });
        loss.setPrefWidth(110);

        TableColumn<SeedProgress, String> eta = new TableColumn<>("ETA");
        eta.setCellValueFactory(row -> javafx.beans.binding.Bindings.createStringBinding(
                () -> Formats.duration(row.getValue().etaSecondsProperty().get()),
                row.getValue().etaSecondsProperty()));
        eta.setPrefWidth(80);

        getColumns().add(seed);
        getColumns().add(status);
        getColumns().add(progress);
        getColumns().add(steps);
        getColumns().add(loss);
        getColumns().add(eta);
    }

    /** State text; an UNSTABLE seed's cell carries a tooltip with its health and the rule. */
    private static final class StatusCell extends TableCell<SeedProgress, String> {
        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item);
            SeedProgress row = empty || getTableRow() == null ? null : getTableRow().getItem();
            SeedHealth health = row == null ? null : row.healthProperty().get();
            if (health == null || !health.isUnstable()) {
                setTooltip(null);
                getStyleClass().remove("seed-unstable");
                return;
            }
            setTooltip(new Tooltip(health.describe() + "\n" + SeedHealth.RULE + ".\nAnalyses keep this seed"
                    + " unless told to exclude unstable seeds."));
            if (!getStyleClass().contains("seed-unstable")) {
                getStyleClass().add("seed-unstable");
            }
        }
    }

    /** Check box and colour swatch; toggling it shows or hides the seed's curve. */
    private static final class SeedCell extends TableCell<SeedProgress, SeedProgress> {
        private final CheckBox box = new CheckBox();
        private final Rectangle swatch = new Rectangle(12, 12);
        private final HBox graphic = new HBox(6, box, swatch);
        private SeedProgress bound;

        SeedCell() {
            graphic.getStyleClass().add("seed-cell");
            graphic.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(SeedProgress item, boolean empty) {
            super.updateItem(item, empty);
            if (bound != null) {
                box.selectedProperty().unbindBidirectional(bound.shownProperty());
                bound = null;
            }
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            bound = item;
            box.selectedProperty().bindBidirectional(item.shownProperty());
            box.setId("show-seed-" + item.seed());
            Color color = (Color) ChartStyle.seedColor(item.index());
            swatch.setFill(javafx.scene.paint.Color.rgb(color.getRed(), color.getGreen(), color.getBlue()));
            box.setText(Long.toString(item.seed()));
            setGraphic(graphic);
        }
    }
}
