package org.rulescape.fx.export;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.rulescape.figures.export.FigureData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A JFreeChart shown in a jfreechart-fx {@link ChartViewer}, with a toolbar button and a
 * context-menu entry "Export..." that write the same chart as PNG, SVG or PDF and the data
 * behind it as CSV or .npy. The chart on screen is never restyled by an export. The chart is
 * copied on the FX thread; drawing and writing run on a background thread.
 */
public class ChartPane extends BorderPane {
    private static final Logger LOG = LoggerFactory.getLogger(ChartPane.class);

    /** Shared by every pane: one daemon thread, so exports run one at a time and never block the UI. */
    private static final ExecutorService DEFAULT_EXECUTOR = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "figure-export");
        thread.setDaemon(true);
        return thread;
    });

    private final JFreeChart chart;
    private final Supplier<FigureData> data;
    private final ChartViewer viewer;
    private final Button exportButton;
    private final Label status = new Label();
    private Executor executor = DEFAULT_EXECUTOR;

    /**
     * Creates a pane for {@code chart}.
     *
     * @param chart the chart to show and export; the caller may keep updating its datasets on
     *              the FX thread
     * @param data  the numbers behind the chart, asked for on the FX thread when the user
     *              exports; may return null when the chart has no data yet
     */
    public ChartPane(JFreeChart chart, Supplier<FigureData> data) {
        this.chart = Objects.requireNonNull(chart, "chart");
        this.data = Objects.requireNonNull(data, "data");
        this.viewer = new ChartViewer(chart);
        this.exportButton = new Button("Export...");
        exportButton.setOnAction(event -> openExportDialog());

        setTop(new ToolBar(exportButton, status));
        setCenter(viewer);
        addContextMenuEntry();
    }

    /** The chart shown (the on-screen object, not a print copy). */
    public JFreeChart chart() {
        return chart;
    }

    /** The viewer that draws the chart. */
    public ChartViewer viewer() {
        return viewer;
    }

    /** The toolbar button that opens the export dialog. */
    public Button exportButton() {
        return exportButton;
    }

    /** Supplier of the data behind the chart. */
    public Supplier<FigureData> dataSupplier() {
        return data;
    }

    /** Text of the status shown beside the export button, such as the last file written. */
    public String statusText() {
        return status.getText();
    }

    /** Replaces the executor that draws and writes exports (tests pass a same-thread one). */
    public void setExportExecutor(Executor exportExecutor) {
        this.executor = Objects.requireNonNull(exportExecutor, "exportExecutor");
    }

    /** Opens the export dialog for this chart; call on the FX thread. */
    public void openExportDialog() {
        ExportDialog.show(this);
    }

    /**
     * Exports the chart as {@code request} says. The chart is copied and its data taken now, on
     * the FX thread; drawing and writing run on the export executor, and the outcome is shown
     * beside the export button (an error also in an alert).
     */
    public void export(ExportRequest request) {
        ExportJob job = new ExportJob(chart, data.get(), request);
        status.setText("Exporting " + request.figureFile().getFileName() + "...");
        executor.execute(() -> {
            try {
                List<Path> written = job.call();
                Platform.runLater(() -> status.setText("Exported " + describe(written)));
            } catch (Exception | LinkageError e) {
                LOG.error("Export of figure {} failed", request.figureFile(), e);
                Platform.runLater(() -> showFailure(request, e));
            }
        });
    }

    private static String describe(List<Path> written) {
        Path figure = written.get(0);
        String text = figure.toString();
        if (written.size() > 1) {
            text += " and " + (written.size() - 1) + " data file" + (written.size() > 2 ? "s" : "");
        }
        return text;
    }

    private void showFailure(ExportRequest request, Throwable error) {
        status.setText("Export failed: " + error.getMessage());
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.setTitle("Export failed");
        alert.setHeaderText("Could not export " + request.figureFile().getFileName());
        alert.setContentText(error.getMessage());
        if (getScene() != null && getScene().getWindow() != null) {
            alert.initOwner(getScene().getWindow());
        }
        alert.show();
    }

    private void addContextMenuEntry() {
        ContextMenu menu = viewer.getContextMenu();
        if (menu == null) {
            return;
        }
        // The viewer's own "Export As" entries draw the on-screen chart at screen size on the
        // FX thread; the dialog replaces them.
        menu.getItems().removeIf(item -> item.getText() != null && item.getText().startsWith("Export"));
        MenuItem export = new MenuItem("Export...");
        export.setOnAction(event -> openExportDialog());
        menu.getItems().add(0, export);
        if (menu.getItems().size() > 1) {
            menu.getItems().add(1, new SeparatorMenuItem());
        }
    }
}
