package org.rulescape.fx.rule;

import java.util.List;
import java.util.Map;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.rulescape.figures.charts.RuleFigure;
import org.rulescape.figures.charts.RuleFigures;
import org.rulescape.fx.export.ChartPane;
import org.rulescape.fx.training.RunViewModel;

/**
 * The Learned rule tab: the chosen seed's rule as a heat map of delta over (g, m) at a chosen
 * inner step beside SGD and momentum on the same colour scale, delta along m = g and m = 0 for
 * every seed, and the function-space distance matrix beside the raw one. Every chart sits in a
 * {@link ChartPane} with export.
 */
public final class RuleView extends BorderPane {
    private static final double TILE_WIDTH = 420;
    private static final double TILE_HEIGHT = 360;
    private static final List<List<String>> LAYOUT = List.of(
            List.of(RuleFigures.RULE_MAP, RuleFigures.SGD_MAP, RuleFigures.MOMENTUM_MAP),
            List.of(RuleFigures.PROFILE_DIAGONAL, RuleFigures.PROFILE_ZERO_MOMENTUM),
            List.of(RuleFigures.FUNCTION_DISTANCES, RuleFigures.RAW_DISTANCES));

    private final RuleViewModel model;
    private final VBox rows = new VBox(8);
    private final Label status = new Label();

    /**
     * Creates the view and follows {@code selectedRun}, reading each newly selected run in the
     * background.
     */
    public RuleView(RuleViewModel model, ObservableValue<RunViewModel> selectedRun) {
        this.model = model;
        getStyleClass().add("rule-view");
        setTop(controls());

        Label summary = new Label();
        summary.setWrapText(true);
        summary.textProperty().bind(model.summaryProperty());
        status.textProperty().bind(model.statusProperty());
        status.getStyleClass().add("muted");
        rows.setPadding(new Insets(8, 0, 8, 0));
        VBox content = new VBox(6, summary, status, rows);
        content.setPadding(new Insets(0, 8, 0, 8));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        setCenter(scroll);

        model.figuresProperty().addListener((obs, old, now) -> showFigures(now));
        // Waits until a newly started run has written run.json before reading it.
        org.rulescape.fx.runs.RecordedRunSelection.follow(selectedRun, model::show);
    }

    private Node controls() {
        ComboBox<Long> seed = new ComboBox<>(model.seeds());
        seed.setId("rule-seed");
        seed.setPromptText("seed");
        seed.getSelectionModel().selectedIndexProperty().addListener((obs, old, now) -> {
            if (now.intValue() >= 0) {
                model.seedIndexProperty().set(now.intValue());
            }
        });
        model.seeds().addListener((ListChangeListener<Long>) change -> {
            if (!model.seeds().isEmpty()) {
                seed.getSelectionModel().select(Math.min(model.seedIndexProperty().get(), model.seeds().size() - 1));
            }
        });

        Slider step = new Slider(0, 0, 0);
        step.setId("rule-step");
        step.setMajorTickUnit(1);
        step.setMinorTickCount(0);
        step.setSnapToTicks(true);
        step.setShowTickMarks(true);
        step.setPrefWidth(220);
        step.maxProperty().bind(model.innerStepsProperty().subtract(1));
        step.valueProperty().addListener((obs, old, now) -> model.stepProperty().set((int) Math.round(now.doubleValue())));
        model.stepProperty().addListener((obs, old, now) -> step.setValue(now.intValue()));
        Label stepLabel = new Label();
        stepLabel.textProperty().bind(model.stepProperty().asString("t = %d"));

        ToggleGroup references = new ToggleGroup();
        RadioButton fitted = new RadioButton("fitted rates");
        RadioButton fixed = new RadioButton("fixed rate");
        fitted.setToggleGroup(references);
        fixed.setToggleGroup(references);
        fitted.setSelected(!model.fixedRateProperty().get());
        fixed.setSelected(model.fixedRateProperty().get());
        fixed.selectedProperty().addListener((obs, old, now) -> model.fixedRateProperty().set(now));
        Spinner<Double> rate = new Spinner<>(new SpinnerValueFactory.DoubleSpinnerValueFactory(1e-4, 10,
                model.rateProperty().get(), 0.01));
        rate.setEditable(true);
        rate.setPrefWidth(90);
        rate.disableProperty().bind(fixed.selectedProperty().not());
        rate.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.rateProperty().set(now);
            }
        });

        Button reload = new Button("Reload");
        reload.setOnAction(event -> model.reload());

        HBox bar = new HBox(10, new Label("Seed"), seed, new Label("Inner step"), step, stepLabel,
                new Label("References:"), fitted, fixed, rate, reload);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8));
        HBox.setHgrow(step, Priority.SOMETIMES);
        return bar;
    }

    private void showFigures(Map<String, RuleFigure> figures) {
        rows.getChildren().clear();
        for (List<String> keys : LAYOUT) {
            HBox row = new HBox(8);
            for (String key : keys) {
                RuleFigure figure = figures.get(key);
                if (figure == null) {
                    continue;
                }
                ChartPane pane = new ChartPane(figure.chart(), figure::data);
                pane.setPrefSize(TILE_WIDTH, TILE_HEIGHT);
                pane.setMinSize(280, 240);
                HBox.setHgrow(pane, Priority.ALWAYS);
                row.getChildren().add(pane);
            }
            if (!row.getChildren().isEmpty()) {
                rows.getChildren().add(row);
            }
        }
    }
}
