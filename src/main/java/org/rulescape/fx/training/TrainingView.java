package org.rulescape.fx.training;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.jfree.chart.entity.LegendItemEntity;
import org.jfree.chart.fx.interaction.ChartMouseEventFX;
import org.jfree.chart.fx.interaction.ChartMouseListenerFX;
import org.rulescape.figures.charts.MetaLossChart;
import org.rulescape.fx.export.ChartPane;

/**
 * Training tab: live meta-loss curves of the selected run above its seed table. The view only
 * reads its {@link RunViewModel}; {@link #refresh()} redraws the chart when the curves or the
 * display options changed and is called once per frame by the main window, after the runs
 * drained their event queues. Clicking a legend entry or a seed's check box hides or shows it.
 */
public final class TrainingView extends BorderPane {
    /** Weight of the newest value in the exponential moving average when smoothing is on. */
    static final double SMOOTHING_WEIGHT = 0.1;

    private final MetaLossChart chart = new MetaLossChart();
    private final ChartPane chartPane;
    private final SeedTable table = new SeedTable();
    private final Label title = new Label("No run selected");
    private final Label status = new Label();
    private final CheckBox logScale = new CheckBox("Log scale");
    private final CheckBox smoothing = new CheckBox("Smooth (EMA)");
    private final Button cancel = new Button("Cancel run");
    private final Button resume = new Button("Resume");
    private java.util.function.Consumer<RunViewModel> onResume = run -> { };
    private java.util.function.Predicate<java.nio.file.Path> readOnlyRuns = directory -> false;
    private final List<ChangeListener<Boolean>> shownListeners = new ArrayList<>();
    private RunViewModel run;
    private long drawnRevision = -1;
    private boolean dirty = true;

    public TrainingView() {
        getStyleClass().add("training-view");
        chartPane = new ChartPane(chart.chart(), () -> run == null ? null : MetaLossChart.data(run.series()));
        chartPane.setId("meta-loss-chart");
        chartPane.viewer().addChartMouseListener(new LegendToggle());
        installHoverTooltip();

        title.getStyleClass().add("view-title");
        status.getStyleClass().add("run-status");
        status.setId("training-status");
        // The explanation (an interrupted or cancelled run's, for example) gets its own line under
        // the toolbar and wraps, so it is never cut and never pushes the buttons into the overflow.
        status.setWrapText(true);
        status.setMaxWidth(Double.MAX_VALUE);
        status.setPadding(new Insets(2, 8, 4, 8));
        Tooltip statusTip = new Tooltip();
        statusTip.textProperty().bind(status.textProperty());
        statusTip.setWrapText(true);
        statusTip.setMaxWidth(600);
        status.setTooltip(statusTip);
        logScale.setSelected(true);
        logScale.setId("log-scale");
        smoothing.setId("smoothing");
        cancel.setId("cancel-run");
        cancel.getStyleClass().add("danger");
        cancel.setDisable(true);
        cancel.setOnAction(event -> {
            if (run != null) {
                run.cancel();
            }
        });
        resume.setId("resume-run");
        resume.getStyleClass().add("accent");
        resume.setTooltip(new Tooltip("The run stopped (interrupted, cancelled or failed). Resume continues the"
                + " unfinished seeds from their latest checkpoints, like 'rulescape train --resume'; finished seeds"
                + " are kept."));
        resume.setVisible(false);
        resume.managedProperty().bind(resume.visibleProperty());
        resume.setOnAction(event -> {
            if (run != null) {
                onResume.accept(run);
            }
        });
        logScale.selectedProperty().addListener((obs, old, now) -> markDirty());
        smoothing.selectedProperty().addListener((obs, old, now) -> markDirty());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        ToolBar toolBar = new ToolBar(title, spacer, logScale, smoothing, resume, cancel);
        toolBar.getStyleClass().add("view-toolbar");

        SplitPane split = new SplitPane(chartPane, table);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.66);
        status.managedProperty().bind(status.textProperty().isNotEmpty());
        setTop(new javafx.scene.layout.VBox(toolBar, status));
        setCenter(split);
        setPadding(new Insets(0));
        table.setId("seed-table");
    }

    /** Shows {@code newRun}, or nothing when null. */
    public void setRun(RunViewModel newRun) {
        if (run != null) {
            for (int i = 0; i < run.seeds().size(); i++) {
                run.seeds().get(i).shownProperty().removeListener(shownListeners.get(i));
            }
            shownListeners.clear();
        }
        run = newRun;
        drawnRevision = -1;
        // The export status line belongs to the run shown, so it is cleared for another run.
        java.nio.file.Path directory = run == null ? null : run.directory();
        chartPane.setRunDirectory(directory, directory != null && readOnlyRuns.test(directory));
        if (run == null) {
            title.setText("No run selected");
            status.textProperty().unbind();
            status.setText("");
            table.setItems(FXCollections.observableArrayList());
            chart.setSeries(List.of(), MetaLossChart.DEFAULT_BUCKETS, 1.0);
            cancel.disableProperty().unbind();
            cancel.setDisable(true);
            resume.visibleProperty().unbind();
            resume.setVisible(false);
            return;
        }
        title.setText(run.name());
        status.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> RunViewModel.statusLine(run.status(), run.messageProperty().get()),
                run.statusProperty(), run.messageProperty()));
        table.setItems(run.seeds());
        for (SeedProgress seed : run.seeds()) {
            ChangeListener<Boolean> listener = (obs, old, now) -> markDirty();
            seed.shownProperty().addListener(listener);
            shownListeners.add(listener);
        }
        cancel.disableProperty().bind(run.statusProperty().isNotEqualTo(RunStatus.RUNNING));
        RunViewModel shown = run;
        resume.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(shown::canResume,
                shown.statusProperty()));
        markDirty();
        refresh();
    }

    /** Sets what the Resume button, shown for an interrupted, cancelled or failed run, does with the shown run. */
    public void setOnResume(java.util.function.Consumer<RunViewModel> action) {
        onResume = action;
    }

    /** Sets which run directories are read-only (sample runs), so that chart exports stay out of them. */
    public void setReadOnlyRuns(java.util.function.Predicate<java.nio.file.Path> readOnly) {
        readOnlyRuns = readOnly;
    }

    /** Returns the pane of the meta-loss chart, with its export button and status. */
    public ChartPane chartPane() {
        return chartPane;
    }

    /** The run shown, or null. */
    public RunViewModel run() {
        return run;
    }

    /** The chart model, for tests and benchmarks. */
    public MetaLossChart chart() {
        return chart;
    }

    /**
     * Redraws the chart when the run's curves or the display options changed since the last
     * call. Returns true when it redrew.
     */
    public boolean refresh() {
        if (run == null || (!dirty && run.revision() == drawnRevision)) {
            return false;
        }
        chart.setLogScale(logScale.isSelected());
        double weight = smoothing.isSelected() ? SMOOTHING_WEIGHT : 1.0;
        // One bucket per two pixels: each bucket draws its minimum and maximum, so about one point
        // per pixel, which keeps a frame of 10 long curves within budget without visible loss.
        int buckets = Math.max(200, (int) chartPane.getWidth() / 2);
        for (SeedProgress seed : run.seeds()) {
            chart.setSeriesVisible(seed.index(), seed.shownProperty().get());
        }
        chart.setSeries(run.series(), buckets, weight);
        drawnRevision = run.revision();
        dirty = false;
        return true;
    }

    /** Shows seed, step and meta-loss of the point under the mouse, looked up on demand. */
    private void installHoverTooltip() {
        Tooltip tooltip = new Tooltip();
        tooltip.setShowDelay(javafx.util.Duration.millis(100));
        javafx.scene.Node canvas = chartPane.viewer().getCanvas();
        canvas.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_MOVED, event -> {
            var info = chartPane.viewer().getRenderingInfo();
            String text = info == null ? null : chart.hoverText(event.getX(), event.getY(),
                    info.getPlotInfo().getDataArea(), 8);
            if (text == null) {
                tooltip.hide();
                return;
            }
            tooltip.setText(text);
            tooltip.show(canvas, event.getScreenX() + 12, event.getScreenY() + 12);
        });
        canvas.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_EXITED, event -> tooltip.hide());
    }

    private void markDirty() {
        dirty = true;
    }

    /** Toggles a seed when its legend entry is clicked. */
    private final class LegendToggle implements ChartMouseListenerFX {
        @Override
        public void chartMouseClicked(ChartMouseEventFX event) {
            if (run == null || !(event.getEntity() instanceof LegendItemEntity item)) {
                return;
            }
            for (SeedProgress seed : run.seeds()) {
                if (("seed " + seed.seed()).equals(item.getSeriesKey())) {
                    seed.shownProperty().set(!seed.shownProperty().get());
                }
            }
        }

        @Override
        public void chartMouseMoved(ChartMouseEventFX event) {
        }
    }
}
