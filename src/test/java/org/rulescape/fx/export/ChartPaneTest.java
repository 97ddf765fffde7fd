package org.rulescape.fx.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import javafx.application.Platform;
import javafx.scene.control.MenuItem;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.Range;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.BeforeAll;
import org.testfx.api.FxToolkit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rulescape.figures.export.DataFormat;
import org.rulescape.figures.export.FigureData;
import org.rulescape.figures.export.FigureFormat;
import org.rulescape.figures.export.FigureSize;

class ChartPaneTest {

    @TempDir
    Path folder;

    @BeforeAll
    static void startToolkit() throws Exception {
        // Started through TestFX, as the UI tests start it, so that they still work when they run later.
        FxToolkit.registerPrimaryStage();
    }

    private static JFreeChart chart() {
        XYSeries series = new XYSeries("seed 1");
        series.add(0, 1.0);
        series.add(1, 0.5);
        return ChartFactory.createXYLineChart("Meta-loss", "meta-step", "loss", new XYSeriesCollection(series));
    }

    private static final Supplier<FigureData> DATA = () -> FigureData.builder("meta_loss")
            .column("step", new double[] {0, 1}).column("loss", new double[] {1.0, Double.NaN}).build();

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

    @Test
    void contextMenuOffersExport() throws Exception {
        ChartPane pane = onFx(() -> new ChartPane(chart(), DATA));

        var labels = onFx(() -> pane.viewer().getContextMenu().getItems().stream().map(MenuItem::getText).toList());

        assertThat(labels).contains("Export...", "Reset zoom");
        assertThat(labels).filteredOn(text -> text != null && text.startsWith("Export As")).isEmpty();
        assertThat(pane.exportButton().getText()).isEqualTo("Export...");
    }

    @Test
    void exportWritesFigureAndDataOffFxThread() throws Exception {
        JFreeChart chart = chart();
        var titleFont = chart.getTitle().getFont();
        ChartPane pane = onFx(() -> new ChartPane(chart, DATA));
        CompletableFuture<Boolean> ranOnFxThread = new CompletableFuture<>();
        pane.setExportExecutor(task -> new Thread(() -> {
            ranOnFxThread.complete(Platform.isFxApplicationThread());
            task.run();
        }).start());
        Path figure = folder.resolve("loss.pdf");
        ExportRequest request = new ExportRequest(figure, FigureFormat.PDF, FigureSize.singleColumn(),
                Set.of(DataFormat.CSV, DataFormat.NPY));

        onFx(() -> {
            pane.export(request);
            return null;
        });

        assertThat(ranOnFxThread.get(20, TimeUnit.SECONDS)).isFalse();
        waitFor(() -> pane.statusText().startsWith("Exported"));
        assertThat(figure).isRegularFile();
        assertThat(folder.resolve("loss.csv")).isRegularFile();
        assertThat(folder.resolve("loss.npy")).isRegularFile();
        assertThat(folder.resolve("loss.json")).isRegularFile();
        assertThat(Files.readString(folder.resolve("loss.csv"))).contains("NaN");
        assertThat(chart.getTitle().getFont()).isEqualTo(titleFont);
    }

    @Test
    void dialogBuildsRequestFromFields() throws Exception {
        ExportRequest request = onFx(() -> {
            ExportDialog dialog = new ExportDialog(null, "meta_loss", null, true, false);
            dialog.file.setText("/tmp/figures/meta_loss.pdf");
            dialog.format.setValue(FigureFormat.PNG);
            dialog.preset.setValue(ExportDialog.SizePreset.DOUBLE_COLUMN);
            dialog.dpi.getValueFactory().setValue(600);
            dialog.npy.setSelected(true);
            dialog.csv.setSelected(false);
            dialog.title.setSelected(false);
            return dialog.request();
        });

        assertThat(request.figureFile()).isEqualTo(Path.of("/tmp/figures/meta_loss.png"));
        assertThat(request.format()).isEqualTo(FigureFormat.PNG);
        assertThat(request.size().widthInches()).isEqualTo(7.0);
        assertThat(request.size().heightInches()).isEqualTo(3.5);
        assertThat(request.size().dpi()).isEqualTo(600);
        assertThat(request.dataFormats()).containsExactly(DataFormat.NPY);
        assertThat(request.includeTitle()).isFalse();
        assertThat(request.stem()).isEqualTo("meta_loss");
    }

    @Test
    void dialogDisablesDataWithoutData() throws Exception {
        ExportRequest request = onFx(() -> {
            ExportDialog dialog = new ExportDialog(null, "empty", null, false, false);
            dialog.csv.setSelected(true);
            return dialog.request();
        });

        assertThat(request.dataFormats()).isEmpty();
    }

    @Test
    void exportFailureNamesFolder() throws Exception {
        ChartPane pane = onFx(() -> new ChartPane(chart(), DATA));
        pane.setExportExecutor(Runnable::run);
        Path blocker = Files.writeString(folder.resolve("blocker"), "x");
        ExportRequest request = new ExportRequest(blocker.resolve("loss.png"), FigureFormat.PNG,
                FigureSize.singleColumn(), Set.of());

        onFx(() -> {
            pane.export(request);
            return null;
        });

        waitFor(() -> pane.statusText().startsWith("Export failed"));
        assertThat(pane.statusText()).contains(blocker.toString());
    }

    @Test
    void mouseWheelDoesNotZoom() throws Exception {
        ChartPane pane = onFx(() -> new ChartPane(chart(), DATA));

        assertThat(pane.viewer().getCanvas().getMouseHandler("scroll")).isNull();
        assertThat(pane.viewer().getCanvas().getMouseHandler("zoom")).isNotNull();
    }

    @Test
    void zoomShowsResetButton() throws Exception {
        JFreeChart chart = chart();
        ChartPane pane = onFx(() -> new ChartPane(chart, DATA));
        assertThat(pane.isZoomed()).isFalse();
        assertThat(pane.resetZoomButton().isVisible()).isFalse();

        onFx(() -> {
            chart.getXYPlot().getDomainAxis().setRange(0.2, 0.4);
            return null;
        });

        assertThat(pane.isZoomed()).isTrue();
        assertThat(onFx(() -> pane.resetZoomButton().isVisible())).isTrue();
        onFx(() -> {
            pane.resetZoom();
            return null;
        });
        assertThat(chart.getXYPlot().getDomainAxis().isAutoRange()).isTrue();
        assertThat(pane.isZoomed()).isFalse();
        assertThat(pane.resetZoomButton().isVisible()).isFalse();
    }

    @Test
    void exportOfZoomedChartDrawsFullRange() throws Exception {
        JFreeChart chart = chart();
        chart.getXYPlot().getRangeAxis().setRange(0, 2);
        ChartPane pane = onFx(() -> new ChartPane(chart, DATA));
        onFx(() -> {
            chart.getXYPlot().zoomDomainAxes(0.1, 0.3, null, null);
            chart.getXYPlot().getRangeAxis().setRange(0.4, 0.6);
            return null;
        });
        ExportRequest request = new ExportRequest(folder.resolve("loss.pdf"), FigureFormat.PDF,
                FigureSize.singleColumn(), Set.of());

        XYPlot copy = onFx(() -> pane.prepareExport(request).chartCopy().getXYPlot());

        assertThat(copy.getDomainAxis().isAutoRange()).isTrue();
        assertThat(copy.getDomainAxis().getRange()).isEqualTo(chart().getXYPlot().getDomainAxis().getRange());
        assertThat(copy.getRangeAxis().isAutoRange()).isFalse();
        assertThat(copy.getRangeAxis().getRange()).isEqualTo(new Range(0, 2));
        assertThat(chart.getXYPlot().getDomainAxis().isAutoRange()).isFalse();
        assertThat(chart.getXYPlot().getRangeAxis().getRange()).isEqualTo(new Range(0.4, 0.6));
    }

    @Test
    void exportOfZoomedViewKeepsZoom() throws Exception {
        JFreeChart chart = chart();
        ChartPane pane = onFx(() -> new ChartPane(chart, DATA));
        onFx(() -> {
            chart.getXYPlot().getDomainAxis().setRange(0.2, 0.4);
            return null;
        });
        ExportRequest request = new ExportRequest(folder.resolve("loss.pdf"), FigureFormat.PDF,
                FigureSize.singleColumn(), Set.of(), true, true);

        XYPlot copy = onFx(() -> pane.prepareExport(request).chartCopy().getXYPlot());

        assertThat(copy.getDomainAxis().isAutoRange()).isFalse();
        assertThat(copy.getDomainAxis().getRange()).isEqualTo(new Range(0.2, 0.4));
    }

    @Test
    void dialogOffersZoomedViewOnlyWhenZoomed() throws Exception {
        ExportRequest request = onFx(() -> {
            ExportDialog dialog = new ExportDialog(null, "loss", null, true, false);
            dialog.zoomedView.setSelected(true);
            return dialog.request();
        });
        ExportRequest zoomed = onFx(() -> {
            ExportDialog dialog = new ExportDialog(null, "loss", null, true, true);
            dialog.zoomedView.setSelected(true);
            return dialog.request();
        });

        assertThat(request.zoomedView()).isFalse();
        assertThat(zoomed.zoomedView()).isTrue();
    }

    @Test
    void dialogSuggestsShortNameInRunFigures() throws Exception {
        Path run = folder.resolve("run-7");
        ChartPane named = onFx(() -> new ChartPane(chart(), DATA));
        named.setFigureName("scree");
        named.setRunDirectory(run);
        JFreeChart titled = chart();
        titled.setTitle("final: D90 = 8 (bootstrap range 4-7)");
        ChartPane untitled = onFx(() -> new ChartPane(titled, () -> null));

        String file = onFx(() -> new ExportDialog(null, ExportDialog.suggestStem(named),
                ExportDialog.suggestFolder(named), true, false).file.getText());

        assertThat(file).isEqualTo(run.resolve("figures").resolve("scree.pdf").toString());
        assertThat(ExportDialog.suggestStem(onFx(() -> new ChartPane(chart(), DATA)))).isEqualTo("meta_loss");
        assertThat(ExportDialog.suggestStem(untitled)).isEqualTo("final");
        assertThat(ExportDialog.suggestFolder(untitled)).isNull();
    }

    @Test
    void statusClearedForAnotherRun() throws Exception {
        ChartPane pane = onFx(() -> new ChartPane(chart(), DATA));
        pane.setExportExecutor(Runnable::run);
        onFx(() -> {
            pane.setRunDirectory(folder.resolve("run-a"));
            pane.export(new ExportRequest(folder.resolve("loss.png"), FigureFormat.PNG, FigureSize.singleColumn(),
                    Set.of()));
            return null;
        });
        waitFor(() -> pane.statusText().startsWith("Exported"));

        onFx(() -> {
            pane.setRunDirectory(folder.resolve("run-b"));
            return null;
        });

        assertThat(pane.statusText()).isEmpty();
    }

    @Test
    void lateExportOutcomeStaysOffAnotherRun() throws Exception {
        ChartPane pane = onFx(() -> new ChartPane(chart(), DATA));
        CompletableFuture<Runnable> pending = new CompletableFuture<>();
        pane.setExportExecutor(pending::complete);
        onFx(() -> {
            pane.setRunDirectory(folder.resolve("run-a"));
            pane.export(new ExportRequest(folder.resolve("late.png"), FigureFormat.PNG, FigureSize.singleColumn(),
                    Set.of()));
            pane.setRunDirectory(folder.resolve("run-b"));
            return null;
        });

        pending.get(20, TimeUnit.SECONDS).run();

        assertThat(folder.resolve("late.png")).isRegularFile();
        assertThat(onFx(pane::statusText)).as("status after the export's outcome reached the FX thread").isEmpty();
    }

    @Test
    void readOnlyRunKeepsExportsOut() throws Exception {
        Path sample = Files.createDirectories(folder.resolve("sample-run"));
        ChartPane pane = onFx(() -> new ChartPane(chart(), DATA));
        pane.setExportExecutor(Runnable::run);
        Path inside = sample.resolve("figures").resolve("loss.png");

        String status = onFx(() -> {
            pane.setRunDirectory(sample, true);
            pane.export(new ExportRequest(inside, FigureFormat.PNG, FigureSize.singleColumn(), Set.of()));
            return pane.statusText();
        });

        assertThat(status).startsWith("Not exported: ").contains(sample.toString());
        assertThat(sample.resolve("figures")).doesNotExist();
        assertThat(ExportDialog.suggestFolder(pane)).as("no default folder inside the sample run").isNull();
        onFx(() -> {
            pane.setRunDirectory(sample, false);
            return null;
        });
        assertThat(ExportDialog.suggestFolder(pane)).isEqualTo(sample.resolve("figures"));
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
