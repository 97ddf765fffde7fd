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
import javafx.stage.Window;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.fx.interaction.MouseHandlerFX;
import org.rulescape.figures.export.AxisRanges;
import org.rulescape.figures.export.FigureData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A JFreeChart shown in a jfreechart-fx {@link ChartViewer}, with a toolbar button and a
 * context-menu entry "Export..." that write the same chart as PNG, SVG or PDF and the data
 * behind it as CSV or .npy. The chart on screen is never restyled by an export. The chart is
 * copied on the FX thread; drawing and writing run on a background thread. When files of the
 * export already exist, such as figures that {@code rulescape figures} wrote into the same
 * folder, the user is asked whether to overwrite them first.
 *
 * <p>The status beside the button belongs to the run shown: {@link #setRunDirectory} clears it when
 * the pane moves to another run, and an export that ends after that does not show its outcome
 * there. A read-only run (a sample run) gets no export into its own folder.
 *
 * <p>The mouse wheel scrolls the enclosing page instead of zooming the chart. Dragging still
 * zooms; while the chart is zoomed the toolbar shows a "Reset zoom" button, and exports draw
 * the full range unless the zoomed view is requested in the export dialog.
 */
public class ChartPane extends BorderPane {
    private static final Logger LOG = LoggerFactory.getLogger(ChartPane.class);

    /** Executor shared by every pane: one daemon thread, so exports run one at a time off the FX thread. */
    private static final ExecutorService DEFAULT_EXECUTOR = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "figure-export");
        thread.setDaemon(true);
        return thread;
    });

    private final JFreeChart chart;
    private final Supplier<FigureData> data;
    private final ChartViewer viewer;
    private final Button exportButton;
    private final Button resetZoomButton = new Button("Zoomed: reset zoom");
    private final Label status = new Label();
    private final AxisRanges fullRanges;
    private Executor executor = DEFAULT_EXECUTOR;
    private String figureName;
    private Path runDirectory;
    private boolean runReadOnly;
    /** Grows whenever the pane moves to another run, so that late export outcomes are dropped. */
    private long runGeneration;

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
        // NOTE: a fixed axis range that the owner sets after this point counts as a zoom, and
        // exports and "Reset zoom" put back the range captured here.
        this.fullRanges = AxisRanges.capture(chart);
        this.viewer = new ChartViewer(chart);
        this.exportButton = new Button("Export...");
        exportButton.setOnAction(event -> openExportDialog());
        resetZoomButton.setOnAction(event -> resetZoom());
        resetZoomButton.setTooltip(new javafx.scene.control.Tooltip(
                "The chart is zoomed in; exports still draw the full range unless you tick the zoomed view"));
        resetZoomButton.setStyle("-fx-text-fill: #b35806;");
        resetZoomButton.managedProperty().bind(resetZoomButton.visibleProperty());
        resetZoomButton.setVisible(false);
        chart.addChangeListener(event -> resetZoomButton.setVisible(isZoomed()));

        disableWheelZoom();
        setTop(new ToolBar(exportButton, resetZoomButton, status));
        setCenter(viewer);
        addContextMenuEntry();
    }

    /**
     * Removes the viewer's scroll handler, which jfreechart-fx 2.0 installs as an auxiliary
     * handler. Without it no handler consumes wheel events, so they reach an enclosing scroll
     * pane and scroll the page.
     */
    private void disableWheelZoom() {
        MouseHandlerFX scroll = viewer.getCanvas().getMouseHandler("scroll");
        if (scroll != null) {
            viewer.getCanvas().removeAuxiliaryMouseHandler(scroll);
        }
    }

    /** Returns whether an axis of the chart shows another range than the one captured at creation, after a zoom. */
    public boolean isZoomed() {
        return !fullRanges.matches(chart);
    }

    /** Undoes any zoom: puts back the axis ranges the chart had when the pane was created. */
    public void resetZoom() {
        fullRanges.restore(chart);
        resetZoomButton.setVisible(false);
    }

    /** Returns the toolbar button, visible only while the chart is zoomed, that resets the zoom. */
    public Button resetZoomButton() {
        return resetZoomButton;
    }

    /**
     * Sets the short name suggested as the export file name, such as "scree" or "projection";
     * without it the dialog derives one from the data or the title.
     */
    public void setFigureName(String name) {
        this.figureName = name;
    }

    /** Returns the short export file name set with {@link #setFigureName}, or null. */
    public String figureName() {
        return figureName;
    }

    /** Sets the run the chart shows, so exports default to its {@code figures} folder; null when unknown. */
    public void setRunDirectory(Path directory) {
        setRunDirectory(directory, false);
    }

    /**
     * Sets the run the chart shows and whether it is read-only. Exports of a writable run default
     * to its {@code figures} folder. A read-only run's exports default to the last folder used, and
     * a target inside the run is rejected. Moving to another run clears the status line.
     */
    public void setRunDirectory(Path directory, boolean readOnly) {
        if (!java.util.Objects.equals(directory, runDirectory)) {
            runGeneration++;
            status.setText("");
        }
        this.runDirectory = directory;
        this.runReadOnly = readOnly;
    }

    /** Returns whether the run shown is read-only, so that exports stay out of its folder. */
    public boolean isRunReadOnly() {
        return runReadOnly;
    }

    /** Returns the run the chart shows, or null when unknown. */
    public Path runDirectory() {
        return runDirectory;
    }

    /** Returns the chart shown (the on-screen object, not a print copy). */
    public JFreeChart chart() {
        return chart;
    }

    /** Returns the viewer that draws the chart. */
    public ChartViewer viewer() {
        return viewer;
    }

    /** Returns the toolbar button that opens the export dialog. */
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
     * Exports the chart as described by {@code request}. The chart is copied and its data taken now, on
     * the FX thread. When any file of the export already exists, a confirmation lists them, and
     * nothing is written unless the user chooses Overwrite. The confirmation does not block the
     * FX thread. Drawing and writing run on the export executor, and the outcome is shown beside
     * the export button (an error also in an alert).
     */
    public void export(ExportRequest request) {
        if (insideReadOnlyRun(request.figureFile())) {
            LOG.info("Export of {} rejected: it is inside the read-only run {}", request.figureFile(), runDirectory);
            status.setText("Not exported: " + runDirectory + " is a sample run, which stays unchanged; choose a folder"
                    + " outside it");
            return;
        }
        ExportJob job = prepareExport(request);
        List<Path> existing = job.existingTargets();
        if (existing.isEmpty()) {
            write(job, request);
            return;
        }
        Window owner = getScene() == null ? null : getScene().getWindow();
        Alert question = OverwriteQuestion.create(owner, request.folder(), existing);
        status.setText("Asking whether to overwrite " + existing.size() + " existing file"
                + (existing.size() == 1 ? "" : "s") + "...");
        long generation = runGeneration;
        question.setOnHidden(event -> {
            if (question.getResult() == OverwriteQuestion.OVERWRITE) {
                write(job, request);
            } else {
                LOG.info("Export of {} cancelled: {} existing files kept", request.figureFile(), existing.size());
                showStatus(generation, "Export cancelled; existing files kept");
            }
        });
        question.show();
    }

    /** Draws and writes {@code job} on the export executor; FX thread only. */
    private void write(ExportJob job, ExportRequest request) {
        long generation = runGeneration;
        status.setText("Exporting " + request.figureFile().getFileName() + "...");
        executor.execute(() -> {
            try {
                List<Path> written = job.call();
                Platform.runLater(() -> showStatus(generation, "Exported " + describe(written)));
            } catch (Exception | LinkageError e) {
                LOG.error("Export of figure {} failed", request.figureFile(), e);
                Platform.runLater(() -> showFailure(generation, request, e));
            }
        });
    }

    /** Shows {@code text} unless the pane moved to another run since the export started. */
    private void showStatus(long generation, String text) {
        if (generation == runGeneration) {
            status.setText(text);
        }
    }

    /** Returns whether {@code file} lies inside the run shown while that run is read-only. */
    private boolean insideReadOnlyRun(Path file) {
        if (!runReadOnly || runDirectory == null) {
            return false;
        }
        Path run = runDirectory.toAbsolutePath().normalize();
        return file.toAbsolutePath().normalize().startsWith(run);
    }

    /** Copies the chart and takes its data for {@code request}; FX thread only. */
    ExportJob prepareExport(ExportRequest request) {
        return new ExportJob(chart, data.get(), request, fullRanges);
    }

    private static String describe(List<Path> written) {
        Path figure = written.get(0);
        String text = figure.toString();
        if (written.size() > 1) {
            text += " and " + (written.size() - 1) + " data file" + (written.size() > 2 ? "s" : "");
        }
        return text;
    }

    private void showFailure(long generation, ExportRequest request, Throwable error) {
        showStatus(generation, "Export failed: " + error.getMessage());
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
        MenuItem reset = new MenuItem("Reset zoom");
        reset.setOnAction(event -> resetZoom());
        menu.getItems().add(0, export);
        menu.getItems().add(1, reset);
        if (menu.getItems().size() > 2) {
            menu.getItems().add(2, new SeparatorMenuItem());
        }
    }
}
