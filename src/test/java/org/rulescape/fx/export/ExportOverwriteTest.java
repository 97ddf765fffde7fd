package org.rulescape.fx.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.stage.Window;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.testfx.api.FxToolkit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rulescape.figures.export.DataFormat;
import org.rulescape.figures.export.FigureData;
import org.rulescape.figures.export.FigureFormat;
import org.rulescape.figures.export.FigureSize;

/**
 * The workbench export shows a confirmation before it replaces files, such as those `rulescape
 * figures` wrote.
 * Exports run on a same-thread executor, so an export that skipped the question would already
 * have replaced the files when {@link ChartPane#export} returns.
 */
class ExportOverwriteTest {
    private static final byte[] OLD_FIGURE = "figure written by rulescape figures".getBytes(StandardCharsets.UTF_8);
    private static final byte[] OLD_DATA = "step,loss\n0,9\n".getBytes(StandardCharsets.UTF_8);

    private static final Supplier<FigureData> DATA = () -> FigureData.builder("scree")
            .column("component", new double[] {1, 2}).column("ratio", new double[] {0.7, Double.NaN}).build();

    @TempDir
    Path folder;

    @BeforeAll
    static void startToolkit() throws Exception {
        // Started through TestFX, as the UI tests start it, so that they still work when they run later.
        FxToolkit.registerPrimaryStage();
        // Closing a question may close the toolkit's only window, which would otherwise stop it.
        Platform.setImplicitExit(false);
    }

    /** Cancels a question that a failed test left open, so the next test cannot find it. */
    @AfterEach
    void cancelOpenQuestion() throws Exception {
        DialogPane open = onFx(ExportOverwriteTest::shownQuestion);
        if (open != null) {
            press(open, ButtonType.CANCEL);
        }
    }

    @Test
    void cancelKeepsExistingFigure() throws Exception {
        Path figure = Files.write(folder.resolve("scree.pdf"), OLD_FIGURE);
        ChartPane pane = sameThreadPane();

        onFx(() -> {
            pane.export(request(figure, Set.of(DataFormat.CSV)));
            return null;
        });

        DialogPane question = onFx(ExportOverwriteTest::shownQuestion);
        assertThat(question).as("overwrite question shown").isNotNull();
        assertThat(question.getContentText()).contains("1 file already exists in " + folder).contains("scree.pdf");
        assertThat(question.getButtonTypes()).containsExactly(OverwriteQuestion.OVERWRITE, ButtonType.CANCEL);
        assertThat(Files.readAllBytes(figure)).as("nothing written while the question is open").isEqualTo(OLD_FIGURE);

        press(question, ButtonType.CANCEL);

        assertThat(onFx(ExportOverwriteTest::shownQuestion)).isNull();
        assertThat(Files.readAllBytes(figure)).isEqualTo(OLD_FIGURE);
        assertThat(folder.resolve("scree.csv")).doesNotExist();
        assertThat(folder.resolve("scree.json")).doesNotExist();
        assertThat(onFx(pane::statusText)).isEqualTo("Export cancelled; existing files kept");
    }

    @Test
    void overwriteReplacesExistingFiles() throws Exception {
        Path figure = Files.write(folder.resolve("scree.pdf"), OLD_FIGURE);
        Path csv = Files.write(folder.resolve("scree.csv"), OLD_DATA);
        ChartPane pane = sameThreadPane();

        onFx(() -> {
            pane.export(request(figure, Set.of(DataFormat.CSV, DataFormat.NPY)));
            return null;
        });

        DialogPane question = onFx(ExportOverwriteTest::shownQuestion);
        assertThat(question).as("overwrite question shown").isNotNull();
        assertThat(question.getContentText()).contains("2 files already exist").contains("scree.pdf, scree.csv.");
        assertThat(folder.resolve("scree.npy")).as("nothing written while the question is open").doesNotExist();

        press(question, OverwriteQuestion.OVERWRITE);

        waitFor(() -> pane.statusText().startsWith("Exported"));
        assertThat(new String(Files.readAllBytes(figure), 0, 4, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF");
        assertThat(Files.readString(csv)).startsWith("component,ratio").contains("NaN");
        assertThat(folder.resolve("scree.npy")).isRegularFile();
        assertThat(folder.resolve("scree.json")).isRegularFile();
    }

    @Test
    void newFilesAreWrittenWithoutQuestion() throws Exception {
        Path figure = folder.resolve("figures").resolve("scree.png");
        ChartPane pane = sameThreadPane();

        onFx(() -> {
            pane.export(request(figure, Set.of(DataFormat.CSV)));
            return null;
        });

        assertThat(onFx(ExportOverwriteTest::shownQuestion)).isNull();
        waitFor(() -> pane.statusText().startsWith("Exported"));
        assertThat(figure).isRegularFile();
        assertThat(figure.resolveSibling("scree.csv")).isRegularFile();
    }

    @Test
    void cancelIsTheDefaultButton() throws Exception {
        DialogPane question = onFx(() -> OverwriteQuestion.create(null, folder,
                List.of(folder.resolve("scree.pdf"))).getDialogPane());

        assertThat(((Button) question.lookupButton(ButtonType.CANCEL)).isDefaultButton()).isTrue();
        assertThat(((Button) question.lookupButton(OverwriteQuestion.OVERWRITE)).isDefaultButton()).isFalse();
    }

    @Test
    void messageCountsFilesAndNamesFirstThree() {
        List<Path> existing = List.of(folder.resolve("scree.pdf"), folder.resolve("scree.csv"),
                folder.resolve("scree.npy"), folder.resolve("scree.json"), folder.resolve("scree.svg"));

        String message = OverwriteQuestion.message(folder, existing);

        assertThat(message).startsWith("5 files already exist in " + folder + ": scree.pdf, scree.csv, scree.npy"
                + " and 2 more.");
        assertThat(message).doesNotContain("scree.json").contains("Cancel writes nothing.");
    }

    @Test
    void targetFilesFollowDataFormats() throws Exception {
        Path figure = folder.resolve("scree.svg");
        ChartPane withData = onFx(() -> new ChartPane(chart(), DATA));
        ChartPane withoutData = onFx(() -> new ChartPane(chart(), () -> null));
        ExportRequest request = request(figure, Set.of(DataFormat.NPY, DataFormat.CSV));

        List<Path> targets = onFx(() -> withData.prepareExport(request).targetFiles());
        List<Path> figureOnly = onFx(() -> withoutData.prepareExport(request).targetFiles());

        assertThat(targets).containsExactly(figure, folder.resolve("scree.csv"), folder.resolve("scree.npy"),
                folder.resolve("scree.json"));
        assertThat(figureOnly).containsExactly(figure);
    }

    private static ChartPane sameThreadPane() throws Exception {
        ChartPane pane = onFx(() -> new ChartPane(chart(), DATA));
        pane.setExportExecutor(Runnable::run);
        return pane;
    }

    private static ExportRequest request(Path figure, Set<DataFormat> data) {
        String name = figure.getFileName().toString();
        FigureFormat format = FigureFormat.parse(name.substring(name.lastIndexOf('.') + 1));
        return new ExportRequest(figure, format, FigureSize.singleColumn(), data);
    }

    private static JFreeChart chart() {
        XYSeries series = new XYSeries("ratio");
        series.add(1, 0.7);
        series.add(2, 0.3);
        return ChartFactory.createXYLineChart("Scree", "component", "ratio", new XYSeriesCollection(series));
    }

    /**
     * Returns the pane of the overwrite question that is showing, or null when none is. Other
     * dialogs, such as an export error left open by another test class, do not count. FX thread only.
     */
    private static DialogPane shownQuestion() {
        for (Window window : Window.getWindows()) {
            if (window.isShowing() && window.getScene() != null
                    && window.getScene().getRoot() instanceof DialogPane pane
                    && pane.getButtonTypes().contains(OverwriteQuestion.OVERWRITE)) {
                return pane;
            }
        }
        return null;
    }

    private static void press(DialogPane question, ButtonType button) throws Exception {
        onFx(() -> {
            ((Button) question.lookupButton(button)).fire();
            return null;
        });
    }

    private static <T> T onFx(Supplier<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(20, TimeUnit.SECONDS);
    }

    private static void waitFor(Supplier<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!onFx(condition)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 20 s");
            }
            Thread.sleep(50);
        }
    }
}
