package org.rulescape.fx.perturbation;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.animation.AnimationTimer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.rulescape.core.analysis.perturbation.AdamMoments;
import org.rulescape.core.analysis.perturbation.VerdictRule;
import org.rulescape.figures.charts.RecoveryChart;
import org.rulescape.fx.export.ChartPane;

/**
 * The Perturbation tab: reference seed, sigma sliders and list, trials, T_rec and Adam moments
 * on top; the recovery chart in the middle; the summary table with the verdict rule below.
 * Releasing a sigma slider launches that sigma's trials at once. An {@link AnimationTimer}
 * drains the view model's events and redraws the chart at most once per frame.
 */
public final class PerturbationView extends BorderPane {
    /** Range of the sigma sliders, in alpha units. */
    static final double SLIDER_MIN = 0.01;
    static final double SLIDER_MAX = 5.0;

    private final PerturbationViewModel viewModel;
    private final RecoveryChart chart = new RecoveryChart();
    private final HBox sliders = new HBox(16);
    private final TextField sigmaText = new TextField();
    private final AnimationTimer frameTimer;
    private long drawnRevision = -1;
    private Path runDirectory;

    public PerturbationView(PerturbationViewModel viewModel) {
        this.viewModel = viewModel;
        setId("perturbation-view");
        setPadding(new Insets(8));
        setTop(controls());
        setCenter(new ChartPane(chart.chart(), () -> RecoveryChart.data(viewModel.curves())));
        setBottom(summary());
        viewModel.sigmas().addListener((ListChangeListener<Double>) change -> rebuildSliders());
        rebuildSliders();

        frameTimer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                onFrame();
            }
        };
        frameTimer.start();
    }

    public PerturbationViewModel viewModel() {
        return viewModel;
    }

    /** Shows a run: loads it unless it is already shown and trials are running. */
    public void showRun(Path directory) {
        if (directory == null || (directory.equals(runDirectory) && viewModel.isRunning())) {
            return;
        }
        runDirectory = directory;
        viewModel.openRun(directory);
    }

    /** Stops the frame timer and cancels running trials; call when the window closes. */
    public void stop() {
        frameTimer.stop();
        viewModel.cancelAll();
    }

    /** One frame: apply queued events, then redraw the chart when anything changed. */
    void onFrame() {
        viewModel.drain();
        long revision = viewModel.revisionProperty().get();
        if (revision != drawnRevision) {
            drawnRevision = revision;
            chart.setCurves(viewModel.curves());
        }
    }

    private VBox controls() {
        ComboBox<Long> seed = new ComboBox<>(viewModel.referenceSeeds());
        seed.valueProperty().bindBidirectional(viewModel.referenceSeedProperty());
        seed.setPromptText("seed");

        Spinner<Integer> trials = new Spinner<>(1, 100, viewModel.trialsProperty().get());
        trials.setEditable(true);
        trials.setPrefWidth(80);
        trials.valueProperty().addListener((obs, old, now) -> viewModel.trialsProperty().set(now));
        viewModel.trialsProperty().addListener((obs, old, now) -> trials.getValueFactory().setValue(now.intValue()));

        Spinner<Integer> steps = new Spinner<>(1, 100_000, viewModel.recoveryStepsProperty().get(), 50);
        steps.setEditable(true);
        steps.setPrefWidth(100);
        steps.valueProperty().addListener((obs, old, now) -> viewModel.recoveryStepsProperty().set(now));
        viewModel.recoveryStepsProperty().addListener((obs, old, now) -> steps.getValueFactory().setValue(now.intValue()));

        ChoiceBox<AdamMoments> adam = new ChoiceBox<>();
        adam.getItems().setAll(AdamMoments.values());
        adam.valueProperty().bindBidirectional(viewModel.adamMomentsProperty());
        Label adamText = new Label(PerturbationViewModel.describe(viewModel.adamMomentsProperty().get()));
        adamText.setWrapText(true);
        viewModel.adamMomentsProperty().addListener((obs, old, now) -> adamText.setText(PerturbationViewModel.describe(now)));

        Button runAll = new Button("Run all");
        runAll.setOnAction(event -> viewModel.runAll());
        Button cancel = new Button("Cancel");
        cancel.setOnAction(event -> viewModel.cancelAll());

        FlowPane settings = new FlowPane(10, 6, new Label("Reference seed"), seed, new Label("Trials per sigma"), trials,
                new Label("T_rec"), steps, new Label("Adam"), adam, runAll, cancel);
        settings.setAlignment(Pos.CENTER_LEFT);

        sigmaText.setPrefColumnCount(22);
        sigmaText.setPromptText("0.1, 0.5, 1.0, 2.0");
        sigmaText.setOnAction(event -> viewModel.applySigmaText(sigmaText.getText()));
        Button apply = new Button("Apply sigmas");
        apply.setOnAction(event -> viewModel.applySigmaText(sigmaText.getText()));
        HBox sigmaRow = new HBox(10, new Label("Sigmas"), sigmaText, apply, new Label("(the sigma = 0 control always runs)"));
        sigmaRow.setAlignment(Pos.CENTER_LEFT);

        Label slidersLabel = new Label("sigma: release a slider to run its trials");
        slidersLabel.setId("sigma-sliders-label");
        slidersLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox sliderRow = new HBox(16, slidersLabel, sliders);
        sliderRow.setAlignment(Pos.CENTER_LEFT);

        VBox box = new VBox(6, settings, adamText, sigmaRow, sliderRow);
        box.setPadding(new Insets(0, 0, 8, 0));
        return box;
    }

    private void rebuildSliders() {
        List<Double> sigmas = viewModel.sigmas();
        sigmaText.setText(sigmas.stream().map(s -> String.format(Locale.ROOT, "%s", s)).collect(Collectors.joining(", ")));
        sliders.getChildren().clear();
        for (int i = 0; i < sigmas.size(); i++) {
            int index = i;
            Slider slider = new Slider(SLIDER_MIN, SLIDER_MAX, Math.min(SLIDER_MAX, sigmas.get(i)));
            slider.setId("sigma-slider-" + i);
            slider.setPrefWidth(160);
            slider.setTooltip(new Tooltip("Drag to choose sigma " + (i + 1) + "; releasing the slider runs its trials."));
            Label value = new Label(String.format(Locale.ROOT, "sigma = %.2f", sigmas.get(i)));
            slider.valueProperty().addListener((obs, old, now) ->
                    value.setText(String.format(Locale.ROOT, "sigma = %.2f", now.doubleValue())));
            slider.valueChangingProperty().addListener((obs, wasChanging, changing) -> {
                if (wasChanging && !changing) {
                    viewModel.releaseSigma(index, round(slider.getValue()));
                }
            });
            slider.setOnMouseReleased(event -> {
                if (!slider.isValueChanging()) {
                    double rounded = round(slider.getValue());
                    if (rounded != viewModel.sigmas().get(index)) {
                        viewModel.releaseSigma(index, rounded);
                    }
                }
            });
            sliders.getChildren().add(new VBox(2, value, slider));
        }
    }

    /** Rounds a slider value to two decimals so that stored sigmas read well. */
    static double round(double value) {
        return Math.max(SLIDER_MIN, Math.round(value * 100.0) / 100.0);
    }

    private VBox summary() {
        Label rule = new Label("Rule: " + VerdictRule.TEXT + ". Control drift D: the sigma = 0 row's d_T; a trial that"
                + " keeps its offset ends near sqrt(sigma^2 + D^2), so d_T / d_0 > 1 alone is no sign of expansion.");
        rule.setWrapText(true);
        Label status = new Label();
        status.textProperty().bind(viewModel.statusProperty());
        status.setId("perturbation-status");
        VBox box = new VBox(6, new SummaryTableView(viewModel.summaries()), rule, status);
        box.setPadding(new Insets(8, 0, 0, 0));
        return box;
    }
}
