package org.rulescape.fx.perturbation;

import java.nio.file.Path;
import java.util.List;
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
import javafx.util.StringConverter;
import org.rulescape.core.analysis.perturbation.AdamMoments;
import org.rulescape.core.analysis.perturbation.VerdictRule;
import org.rulescape.core.experiment.SeedHealth;
import org.rulescape.figures.charts.RecoveryChart;
import org.rulescape.fx.export.ChartPane;

/**
 * The Perturbation tab: reference seed, sigma sliders and list, trials, T_rec and Adam moments
 * on top; the recovery chart in the middle; the summary table with the verdict rule below.
 * Releasing a sigma slider launches that sigma's trials at once. An {@link AnimationTimer}
 * drains the view model's events and redraws the chart at most once per frame. A sample run
 * gets a note that its new results are not saved.
 */
public final class PerturbationView extends BorderPane {
    private final PerturbationViewModel viewModel;
    private final RecoveryChart chart = new RecoveryChart();
    private final ChartPane chartPane;
    private final TextField sigmaText = new TextField();
    private SigmaSliders sliders;
    private final Button cancel = new Button("Cancel");
    private final AnimationTimer frameTimer;
    private long drawnRevision = -1;
    private Path runDirectory;

    public PerturbationView(PerturbationViewModel viewModel) {
        this.viewModel = viewModel;
        setId("perturbation-view");
        setPadding(new Insets(8));
        chartPane = new ChartPane(chart.chart(), () -> RecoveryChart.data(viewModel.curves()));
        setTop(controls());
        setCenter(chartPane);
        setBottom(summary());
        viewModel.sigmas().addListener((ListChangeListener<Double>) change -> showSigmaText());
        showSigmaText();

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

    /** Returns the slider of sigma number {@code index}, for tests. */
    Slider slider(int index) {
        return sliders.slider(index);
    }

    /** Shows a run: loads it unless it is already shown and trials are running. */
    public void showRun(Path directory) {
        if (directory == null || (directory.equals(runDirectory) && viewModel.isRunning())) {
            return;
        }
        runDirectory = directory;
        viewModel.openRun(directory);
        chartPane.setRunDirectory(directory, viewModel.isReadOnly());
    }

    /** Stops the frame timer and cancels running trials; call when the window closes. */
    public void stop() {
        frameTimer.stop();
        viewModel.cancelAll();
    }

    /** One frame: apply queued events, then redraw the chart when anything changed. */
    void onFrame() {
        viewModel.drain();
        cancel.setDisable(!viewModel.isRunning());
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
        seed.setConverter(new StringConverter<>() {
            @Override
            public String toString(Long value) {
                return viewModel.referenceLabel(value);
            }

            @Override
            public Long fromString(String text) {
                return seed.getValue();
            }
        });
        seed.setTooltip(new Tooltip("Default: the finished seed that is not UNSTABLE with the lowest final level."
                + "\n" + SeedHealth.RULE));
        Label seedWarning = new Label();
        seedWarning.getStyleClass().add("warning-text");
        seedWarning.setStyle("-fx-text-fill: #b35900;");
        seedWarning.setWrapText(true);
        seedWarning.textProperty().bind(viewModel.referenceWarningProperty());
        seedWarning.managedProperty().bind(seedWarning.textProperty().isNotEmpty());
        seedWarning.visibleProperty().bind(seedWarning.textProperty().isNotEmpty());

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
        cancel.setDisable(true);
        cancel.setOnAction(event -> viewModel.cancelAll());

        FlowPane settings = new FlowPane(10, 6, new Label("Reference seed"), seed, new Label("Trials per sigma"), trials,
                new Label("T_rec"), steps, new Label("Adam"), adam, runAll, cancel);
        settings.setAlignment(Pos.CENTER_LEFT);

        sigmaText.setPrefColumnCount(16);
        sigmaText.setPromptText("0.1, 0.5, 1.0, 2.0");
        sigmaText.setOnAction(event -> viewModel.applySigmaText(sigmaText.getText()));
        Button apply = new Button("Apply sigmas");
        apply.setOnAction(event -> viewModel.applySigmaText(sigmaText.getText()));
        apply.setMinWidth(Region.USE_PREF_SIZE);
        Label sigmasLabel = new Label("Sigmas");
        sigmasLabel.setMinWidth(Region.USE_PREF_SIZE);
        Label sigmaHint = new Label("Sliders (log scale) run their trials when released; the sigma = 0 control"
                + " always runs.");
        sigmaHint.setId("sigma-sliders-label");
        sigmaHint.getStyleClass().add("muted");
        sigmaHint.setWrapText(true);
        HBox sigmaRow = new HBox(10, sigmasLabel, sigmaText, apply, sigmaHint);
        sigmaRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(sigmaHint, javafx.scene.layout.Priority.ALWAYS);

        sliders = new SigmaSliders(viewModel,
                (index, sigma) -> sigmaText.setText(sigmaText(viewModel.sigmas(), index, sigma)));

        Label sampleNote = new Label();
        sampleNote.setId("perturbation-sample-note");
        sampleNote.getStyleClass().add("sample-run-note");
        sampleNote.setWrapText(true);
        sampleNote.setMaxWidth(Double.MAX_VALUE);
        sampleNote.textProperty().bind(viewModel.readOnlyNoteProperty());
        sampleNote.visibleProperty().bind(sampleNote.textProperty().isNotEmpty());
        sampleNote.managedProperty().bind(sampleNote.visibleProperty());

        VBox box = new VBox(6, sampleNote, settings, seedWarning, adamText, sigmaRow, sliders);
        box.setPadding(new Insets(0, 0, 8, 0));
        return box;
    }

    private void showSigmaText() {
        sigmaText.setText(sigmaText(viewModel.sigmas(), -1, 0));
    }

    /** The sigmas as the text field shows them, with entry {@code index} (if >= 0) replaced by {@code value}. */
    static String sigmaText(List<Double> sigmas, int index, double value) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < sigmas.size(); i++) {
            if (i > 0) {
                text.append(", ");
            }
            text.append(BigDecimalText.of(i == index ? value : sigmas.get(i)));
        }
        return text.toString();
    }

    /** Shortest plain decimal text of a sigma, for example 0.1 or 2.5. */
    private static final class BigDecimalText {
        static String of(double value) {
            return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
    }

    private VBox summary() {
        Label rule = new Label("Distance d_t = ||alpha_t - alpha_ref||, d_0 = sigma. Rule: " + VerdictRule.TEXT
                + ". Control drift D: the sigma = 0 row's d_T; a trial that"
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
