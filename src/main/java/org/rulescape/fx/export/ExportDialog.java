package org.rulescape.fx.export;

import java.io.File;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.rulescape.figures.export.DataFormat;
import org.rulescape.figures.export.FigureData;
import org.rulescape.figures.export.FigureFormat;
import org.rulescape.figures.export.FigureSize;

/**
 * Dialog for the figure file, format, print size, DPI, type size, title and the data files to
 * write beside the figure. It returns an {@link ExportRequest} and writes nothing itself. The
 * last choices are kept for the next export in the same session.
 */
final class ExportDialog extends Dialog<ExportRequest> {

    /** Size presets offered in the dialog. */
    enum SizePreset {
        SINGLE_COLUMN("Single column (3.5 in)", FigureSize.singleColumn()),
        DOUBLE_COLUMN("Double column (7 in)", FigureSize.doubleColumn()),
        CUSTOM("Custom", null);

        final String label;
        final FigureSize size;

        SizePreset(String label, FigureSize size) {
            this.label = label;
            this.size = size;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** Choices of the previous export in this session. */
    private static Choices lastChoices = Choices.defaults();

    final ChoiceBox<FigureFormat> format = new ChoiceBox<>();
    final ChoiceBox<SizePreset> preset = new ChoiceBox<>();
    final Spinner<Double> widthInches = new Spinner<>(0.5, FigureSize.MAX_INCHES, 3.5, 0.25);
    final Spinner<Double> heightInches = new Spinner<>(0.5, FigureSize.MAX_INCHES, 2.625, 0.25);
    final Spinner<Integer> dpi = new Spinner<>(72, FigureSize.MAX_DPI, FigureSize.DEFAULT_DPI, 50);
    final Spinner<Double> fontSize = new Spinner<>(5.0, 24.0, FigureSize.DEFAULT_FONT_SIZE, 0.5);
    final CheckBox csv = new CheckBox("Data as CSV");
    final CheckBox npy = new CheckBox("Data as .npy");
    final CheckBox title = new CheckBox("Include chart title");
    final CheckBox zoomedView = new CheckBox("Export the zoomed view");
    final TextField file = new TextField();

    /**
     * Builds the dialog.
     *
     * @param suggestedStem   file name without extension suggested for the export
     * @param suggestedFolder folder suggested for the file, or null for the last folder used
     *                        (the user's home folder on a first export)
     * @param hasData         whether the chart has data to export; the data boxes are disabled if not
     * @param zoomed          whether the chart is zoomed; the zoomed-view box is disabled if not
     */
    ExportDialog(Window owner, String suggestedStem, Path suggestedFolder, boolean hasData, boolean zoomed) {
        setTitle("Export figure");
        setHeaderText("Export the chart for print, with the data behind it");
        if (owner != null) {
            initOwner(owner);
        }
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        getDialogPane().setContent(layout());

        format.getItems().setAll(FigureFormat.values());
        preset.getItems().setAll(SizePreset.values());
        for (Spinner<?> spinner : new Spinner<?>[] {widthInches, heightInches, dpi, fontSize}) {
            spinner.setEditable(true);
            spinner.setPrefWidth(90);
        }
        csv.setDisable(!hasData);
        npy.setDisable(!hasData);
        zoomedView.setDisable(!zoomed);
        zoomedView.setSelected(false);
        apply(lastChoices, suggestedStem, suggestedFolder, hasData);

        preset.valueProperty().addListener((property, old, chosen) -> onPreset(chosen));
        format.valueProperty().addListener((property, old, chosen) -> onFormat(chosen));
        widthInches.setDisable(preset.getValue() != SizePreset.CUSTOM);
        onFormat(format.getValue());

        setResultConverter(button -> button == ButtonType.OK ? request() : null);
        Button ok = (Button) getDialogPane().lookupButton(ButtonType.OK);
        ok.disableProperty().bind(file.textProperty().isEmpty());
    }

    /** Shows the dialog for {@code pane} and starts the export when the user confirms; FX thread only. */
    static void show(ChartPane pane) {
        Window owner = pane.getScene() == null ? null : pane.getScene().getWindow();
        boolean hasData = pane.dataSupplier().get() != null;
        ExportDialog dialog = new ExportDialog(owner, suggestStem(pane), suggestFolder(pane), hasData,
                pane.isZoomed());
        Optional<ExportRequest> request = dialog.showAndWait();
        request.ifPresent(chosen -> {
            lastChoices = Choices.of(chosen);
            pane.export(chosen);
        });
    }

    /**
     * Returns a short file name for the chart: the pane's figure name, else the name of its
     * data, else the first words of the title before any number.
     */
    static String suggestStem(ChartPane pane) {
        if (pane.figureName() != null && !pane.figureName().isBlank()) {
            return fileStem(pane.figureName());
        }
        FigureData data = pane.dataSupplier().get();
        if (data != null) {
            return fileStem(data.name());
        }
        String title = pane.chart().getTitle() == null ? "" : pane.chart().getTitle().getText();
        String words = title.split("[0-9:(\\[]", 2)[0];
        String[] parts = fileStem(words).split("_");
        return fileStem(String.join("_", java.util.Arrays.copyOf(parts, Math.min(3, parts.length))));
    }

    /** Lower-case letters, digits and single underscores; "figure" when nothing is left. */
    private static String fileStem(String text) {
        String stem = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        return stem.isEmpty() ? "figure" : stem;
    }

    /**
     * Returns RUN/figures when the pane has its run and may write into it, else null (the last
     * folder used), so that a sample run's exports do not default into the sample run.
     */
    static Path suggestFolder(ChartPane pane) {
        if (pane.runDirectory() == null || pane.isRunReadOnly()) {
            return null;
        }
        return pane.runDirectory().resolve("figures");
    }

    private GridPane layout() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        int row = 0;
        Button browse = new Button("Browse...");
        browse.setOnAction(event -> browse());
        HBox fileRow = new HBox(6, file, browse);
        HBox.setHgrow(file, Priority.ALWAYS);
        file.setPrefColumnCount(32);
        grid.addRow(row++, new Label("File"), fileRow);
        grid.addRow(row++, new Label("Format"), format);
        grid.addRow(row++, new Label("Size"), preset);
        grid.addRow(row++, new Label("Width (in)"), widthInches);
        grid.addRow(row++, new Label("Height (in)"), heightInches);
        grid.addRow(row++, new Label("Resolution (DPI)"), dpi);
        grid.addRow(row++, new Label("Font size (pt)"), fontSize);
        grid.addRow(row++, new Label("Title"), title);
        grid.addRow(row++, new Label("Zoom"), zoomedView);
        grid.addRow(row, new Label("Data"), new HBox(12, csv, npy));
        return grid;
    }

    private void apply(Choices choices, String suggestedStem, Path suggestedFolder, boolean hasData) {
        format.setValue(choices.format);
        preset.setValue(choices.preset);
        widthInches.getValueFactory().setValue(choices.size.widthInches());
        heightInches.getValueFactory().setValue(choices.size.heightInches());
        dpi.getValueFactory().setValue(choices.size.dpi());
        fontSize.getValueFactory().setValue((double) choices.size.fontSize());
        csv.setSelected(hasData && choices.data.contains(DataFormat.CSV));
        npy.setSelected(hasData && choices.data.contains(DataFormat.NPY));
        title.setSelected(choices.includeTitle);
        Path folder = suggestedFolder != null ? suggestedFolder
                : choices.folder != null ? choices.folder : Path.of(System.getProperty("user.home"));
        file.setText(folder.resolve(suggestedStem + "." + choices.format.extension()).toString());
    }

    private void onPreset(SizePreset chosen) {
        boolean custom = chosen == SizePreset.CUSTOM;
        widthInches.setDisable(!custom);
        if (!custom && chosen != null) {
            widthInches.getValueFactory().setValue(chosen.size.widthInches());
            heightInches.getValueFactory().setValue(chosen.size.heightInches());
        }
    }

    /** Enables DPI for PNG only, and keeps the file extension in step with the format. */
    private void onFormat(FigureFormat chosen) {
        dpi.setDisable(chosen != FigureFormat.PNG);
        String text = file.getText();
        if (chosen == null || text.isBlank()) {
            return;
        }
        int dot = text.lastIndexOf('.');
        int slash = Math.max(text.lastIndexOf('/'), text.lastIndexOf(File.separatorChar));
        String stem = dot > slash ? text.substring(0, dot) : text;
        file.setText(stem + "." + chosen.extension());
    }

    private void browse() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export figure");
        FigureFormat chosen = format.getValue();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                chosen.name() + " files", "*." + chosen.extension()));
        Path current = Path.of(file.getText()).toAbsolutePath();
        if (current.getParent() != null && current.getParent().toFile().isDirectory()) {
            chooser.setInitialDirectory(current.getParent().toFile());
        }
        chooser.setInitialFileName(current.getFileName().toString());
        File selected = chooser.showSaveDialog(getOwner());
        if (selected != null) {
            file.setText(selected.getAbsolutePath());
        }
    }

    /**
     * Builds the request from the current field values.
     *
     * @throws IllegalArgumentException when a size is out of range, naming the field
     */
    ExportRequest request() {
        // Typed text reaches an editable spinner's value only on commit.
        widthInches.commitValue();
        heightInches.commitValue();
        dpi.commitValue();
        fontSize.commitValue();
        FigureSize size = new FigureSize(widthInches.getValue(), heightInches.getValue(), dpi.getValue(),
                fontSize.getValue().floatValue());
        Set<DataFormat> data = EnumSet.noneOf(DataFormat.class);
        if (csv.isSelected() && !csv.isDisabled()) {
            data.add(DataFormat.CSV);
        }
        if (npy.isSelected() && !npy.isDisabled()) {
            data.add(DataFormat.NPY);
        }
        return new ExportRequest(Path.of(file.getText().trim()), format.getValue(), size, data, title.isSelected(),
                zoomedView.isSelected() && !zoomedView.isDisabled());
    }

    /** The choices carried from one export to the next. */
    private record Choices(FigureFormat format, SizePreset preset, FigureSize size, Set<DataFormat> data,
            Path folder, boolean includeTitle) {

        static Choices defaults() {
            return new Choices(FigureFormat.PDF, SizePreset.SINGLE_COLUMN, FigureSize.singleColumn(),
                    EnumSet.of(DataFormat.CSV), null, true);
        }

        static Choices of(ExportRequest request) {
            SizePreset preset = SizePreset.CUSTOM;
            for (SizePreset candidate : SizePreset.values()) {
                if (candidate.size != null && candidate.size.widthInches() == request.size().widthInches()) {
                    preset = candidate;
                }
            }
            return new Choices(request.format(), preset, request.size(), request.dataFormats(), request.folder(),
                    request.includeTitle());
        }
    }
}
