package org.rulescape.fx.training;

import java.io.File;
import java.nio.file.Path;
import java.util.function.BiConsumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import org.controlsfx.control.SegmentedButton;
import org.rulescape.core.model.ExperimentConfig;
import org.rulescape.core.model.GradientMode;
import org.rulescape.core.model.Precision;
import org.rulescape.core.model.Regime;

/**
 * New-run form: regime presets, every setting with its validation message below it, the output
 * folder, and Start (enabled only while every field is valid) and Back buttons. Each text field's
 * id is {@code field-<option name>}, for example {@code field-meta-steps}.
 */
public final class NewRunView extends ScrollPane {
    private static final int COLUMNS = 3;

    private final NewRunViewModel model;
    private final Button start = new Button("Start run");
    private final Button back = new Button("Back");

    /**
     * @param onStart receives the configuration and output folder when the user presses Start
     * @param onBack  runs when the user leaves the form without starting
     */
    public NewRunView(NewRunViewModel model, BiConsumer<ExperimentConfig, Path> onStart, Runnable onBack) {
        this.model = model;
        getStyleClass().add("new-run-view");
        setFitToWidth(true);

        Label heading = new Label("New run");
        heading.getStyleClass().add("page-title");
        Label intro = new Label("Pick a preset, adjust any setting, and start. The rules are the same as "
                + "for the train command.");
        intro.getStyleClass().add("muted");
        intro.setWrapText(true);

        VBox content = new VBox(18, heading, intro, regimeSelector(), fieldGrid(), choices(), outputRow(),
                buttons(onStart, onBack));
        content.setPadding(new Insets(28, 32, 28, 32));
        content.getStyleClass().add("form");
        setContent(content);
    }

    private SegmentedButton regimeSelector() {
        SegmentedButton segments = new SegmentedButton();
        for (Regime regime : Regime.values()) {
            ToggleButton button = new ToggleButton(regime.name());
            button.setId("regime-" + regime.name().toLowerCase(java.util.Locale.ROOT));
            button.setUserData(regime);
            button.setSelected(model.regimeProperty().get() == regime);
            button.setOnAction(event -> {
                if (button.isSelected()) {
                    model.applyPreset(regime);
                } else {
                    button.setSelected(true);
                }
            });
            segments.getButtons().add(button);
        }
        model.regimeProperty().addListener((obs, old, now) -> segments.getButtons()
                .forEach(button -> button.setSelected(button.getUserData() == now)));
        return segments;
    }

    private GridPane fieldGrid() {
        GridPane grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(4);
        for (int c = 0; c < COLUMNS; c++) {
            ColumnConstraints constraints = new ColumnConstraints();
            constraints.setPercentWidth(100.0 / COLUMNS);
            grid.getColumnConstraints().add(constraints);
        }
        ConfigField[] fields = ConfigField.values();
        for (int i = 0; i < fields.length; i++) {
            grid.add(fieldBox(fields[i]), i % COLUMNS, i / COLUMNS);
        }
        return grid;
    }

    private VBox fieldBox(ConfigField field) {
        Label label = new Label(field.label());
        label.getStyleClass().add("field-label");
        TextField text = new TextField();
        text.setId("field-" + field.optionName());
        text.textProperty().bindBidirectional(model.text(field));
        text.setPromptText(field.hint());
        text.setTooltip(new Tooltip(field.label() + ": " + field.hint() + " (command line: --" + field.optionName() + ")"));
        Label error = new Label();
        error.setId("error-" + field.optionName());
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.textProperty().bind(model.error(field));
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        model.error(field).addListener((obs, old, now) -> {
            text.getStyleClass().remove("invalid");
            if (!now.isEmpty()) {
                text.getStyleClass().add("invalid");
            }
        });
        // The valid range sits beside the label, so the form keeps its height; the tooltip and
        // the prompt give the unit as well.
        Label range = new Label(field.range());
        range.getStyleClass().add("field-hint");
        range.setStyle("-fx-font-size: 11px; -fx-text-fill: #6b7280;");
        range.setMinWidth(0);
        HBox heading = new HBox(8, label, range);
        heading.setAlignment(javafx.geometry.Pos.BASELINE_LEFT);
        VBox box = new VBox(4, heading, text, error);
        box.getStyleClass().add("field");
        box.setPadding(new Insets(0, 0, 8, 0));
        return box;
    }

    private HBox choices() {
        ComboBox<GradientMode> mode = new ComboBox<>();
        mode.getItems().setAll(GradientMode.values());
        mode.valueProperty().bindBidirectional(model.gradientModeProperty());
        mode.setId("field-gradient-mode");
        ComboBox<Precision> precision = new ComboBox<>();
        precision.getItems().setAll(Precision.values());
        precision.valueProperty().bindBidirectional(model.precisionProperty());
        precision.setId("field-precision");
        Label modeLabel = new Label("Meta-gradient");
        modeLabel.getStyleClass().add("field-label");
        Label precisionLabel = new Label("Precision");
        precisionLabel.getStyleClass().add("field-label");
        HBox row = new HBox(24, new VBox(4, modeLabel, mode), new VBox(4, precisionLabel, precision));
        return row;
    }

    private VBox outputRow() {
        Label label = new Label("Output folder");
        label.getStyleClass().add("field-label");
        TextField folder = new TextField();
        folder.setId("field-output");
        folder.textProperty().bindBidirectional(model.outputFolderProperty());
        HBox.setHgrow(folder, Priority.ALWAYS);
        Button browse = new Button("Browse...");
        browse.setOnAction(event -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Folder for the new run");
            File chosen = chooser.showDialog(getScene().getWindow());
            if (chosen != null) {
                model.outputFolderProperty().set(chosen.getAbsolutePath());
            }
        });
        Label error = new Label();
        error.setId("error-output");
        error.getStyleClass().add("field-error");
        error.textProperty().bind(model.outputErrorProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        return new VBox(4, label, new HBox(8, folder, browse), error);
    }

    private HBox buttons(BiConsumer<ExperimentConfig, Path> onStart, Runnable onBack) {
        start.setId("start-run");
        start.getStyleClass().add("accent");
        start.setDefaultButton(true);
        start.disableProperty().bind(model.validProperty().not());
        start.setOnAction(event -> model.config().ifPresent(config ->
                model.outputDirectory().ifPresent(dir -> onStart.accept(config, dir))));
        back.setId("back");
        back.setOnAction(event -> onBack.run());
        HBox row = new HBox(12, start, back);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }
}
