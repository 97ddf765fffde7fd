package org.rulescape.fx.geometry;

import java.util.List;
import java.util.Map;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.rulescape.figures.charts.GeometryChart;
import org.rulescape.fx.export.ChartPane;
import org.rulescape.fx.training.RunViewModel;

/**
 * The Geometry tab: per-seed sizes, the pairwise distance heat map (raw or aligned), the scree
 * plot with its null band and D marked, a projection onto any two principal components with
 * optional initial alphas and trajectories, and D over time; above them the text report,
 * which shows every number beside its bootstrap range and null band. Follows the selected run.
 */
public final class GeometryView extends BorderPane {
    private static final double TILE_WIDTH = 460;
    private static final double TILE_HEIGHT = 340;
    private static final List<String> ORDER = List.of(GeometryViewModel.SCREE, GeometryViewModel.OVER_TIME,
            GeometryViewModel.PROJECTION, GeometryViewModel.HEAT_MAP, GeometryViewModel.SEED_BARS);

    private final GeometryViewModel model;
    private final FlowPane tiles = new FlowPane(8, 8);

    /** Creates the view and analyses each newly selected run in the background. */
    public GeometryView(GeometryViewModel model, ObservableValue<RunViewModel> selectedRun) {
        this.model = model;
        getStyleClass().add("geometry-view");
        setTop(controls());

        Label status = new Label();
        status.setId("geometry-status");
        status.textProperty().bind(model.statusProperty());
        status.getStyleClass().add("muted");
        // The status names the stored analysis's folder, which can be long: it wraps instead of
        // ending in "...", and its tooltip repeats it.
        status.setWrapText(true);
        status.setMaxWidth(Double.MAX_VALUE);
        status.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Tooltip statusTip = new Tooltip();
        statusTip.textProperty().bind(model.statusProperty());
        statusTip.setWrapText(true);
        statusTip.setMaxWidth(600);
        status.setTooltip(statusTip);
        Label sampleNote = new Label();
        sampleNote.setId("geometry-sample-note");
        sampleNote.getStyleClass().add("sample-run-note");
        sampleNote.setWrapText(true);
        sampleNote.setMaxWidth(Double.MAX_VALUE);
        sampleNote.textProperty().bind(model.readOnlyNoteProperty());
        sampleNote.visibleProperty().bind(sampleNote.textProperty().isNotEmpty());
        sampleNote.managedProperty().bind(sampleNote.visibleProperty());
        Label optionsWarning = new Label();
        optionsWarning.setId("geometry-options-warning");
        optionsWarning.setWrapText(true);
        optionsWarning.setStyle("-fx-text-fill: #b35806;");
        optionsWarning.textProperty().bind(model.optionsWarningProperty());
        optionsWarning.visibleProperty().bind(model.optionsWarningProperty().isNotEmpty());
        optionsWarning.managedProperty().bind(optionsWarning.visibleProperty());
        TextArea report = new TextArea();
        report.setId("geometry-report");
        report.setEditable(false);
        report.setStyle("-fx-font-family: monospace;");
        report.setPrefRowCount(18);
        report.setWrapText(true);
        report.textProperty().bind(model.summaryProperty());
        TitledPane reportPane = new TitledPane("Report: value [bootstrap range], null [5-95 % band]", report);
        reportPane.setExpanded(false);

        VBox content = new VBox(6, sampleNote, status, optionsWarning, reportPane, tiles);
        content.setPadding(new Insets(0, 8, 8, 8));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        setCenter(scroll);

        model.chartsProperty().addListener((obs, old, now) -> showCharts(now));
        // Waits until a newly started run has written run.json before reading it.
        org.rulescape.fx.runs.RecordedRunSelection.follow(selectedRun, model::show);
    }

    private Node controls() {
        CheckBox include = new CheckBox("include diverged seeds");
        include.setId("geometry-include-diverged");
        include.selectedProperty().bindBidirectional(model.includeDivergedProperty());
        ToggleButton aligned = new ToggleButton("symmetry-aligned");
        aligned.setId("geometry-aligned");
        aligned.selectedProperty().bindBidirectional(model.alignedProperty());
        Spinner<Integer> first = new Spinner<>(1, 80, 1);
        Spinner<Integer> second = new Spinner<>(1, 80, 2);
        first.setPrefWidth(70);
        second.setPrefWidth(70);
        first.valueProperty().addListener((obs, old, now) -> model.firstComponentProperty().set(now - 1));
        second.valueProperty().addListener((obs, old, now) -> model.secondComponentProperty().set(now - 1));
        CheckBox initial = new CheckBox("initial alphas");
        initial.selectedProperty().bindBidirectional(model.showInitialProperty());
        CheckBox trajectories = new CheckBox("trajectories");
        trajectories.selectedProperty().bindBidirectional(model.showTrajectoriesProperty());
        Button again = new Button("Analyze again");
        again.setOnAction(event -> model.analyze());
        HBox bar = new HBox(10, include, aligned, new Label("PC"), first, new Label("vs PC"), second, initial,
                trajectories, again);
        bar.setPadding(new Insets(8));
        return bar;
    }

    private void showCharts(Map<String, GeometryChart> charts) {
        tiles.getChildren().clear();
        for (String key : ORDER) {
            GeometryChart chart = charts.get(key);
            if (chart == null) {
                continue;
            }
            ChartPane pane = new ChartPane(chart.chart(), chart::data);
            // Raw and aligned heat maps get their own file names, so that exporting one keeps the other.
            pane.setFigureName(key.equals(GeometryViewModel.HEAT_MAP) ? chart.data().name() : key);
            pane.setRunDirectory(model.runDirectory(), model.isReadOnly());
            // Two tiles per row that share the width, never narrower than TILE_WIDTH.
            pane.prefWidthProperty().bind(javafx.beans.binding.Bindings.max(TILE_WIDTH,
                    tiles.widthProperty().subtract(tiles.getHgap() + 2).divide(2)));
            pane.setPrefHeight(TILE_HEIGHT);
            tiles.getChildren().add(pane);
        }
    }
}
