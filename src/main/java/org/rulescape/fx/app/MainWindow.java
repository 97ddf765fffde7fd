package org.rulescape.fx.app;

import java.time.LocalDateTime;
import javafx.animation.AnimationTimer;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.rulescape.core.engine.MetaGradients;
import org.rulescape.fx.perturbation.PerturbationView;
import org.rulescape.fx.perturbation.PerturbationViewModel;
import org.rulescape.fx.training.Formats;
import org.rulescape.fx.training.NewRunView;
import org.rulescape.fx.training.NewRunViewModel;
import org.rulescape.fx.training.RunStatus;
import org.rulescape.fx.training.RunViewModel;
import org.rulescape.fx.training.TrainingView;

/**
 * Main window content. The run list is at the side and a status bar at the bottom. The centre
 * shows the start page, the new-run form or the tabs of the selected run. An {@link AnimationTimer} drains
 * every run's training events once per frame and redraws the training chart; a one-second
 * timeline re-reads runs that another process is writing.
 */
public final class MainWindow extends BorderPane {
    private final WorkbenchModel model;
    private final StackPane center = new StackPane();
    private final StartPage startPage;
    private final TabPane tabs = new TabPane();
    private final TrainingView trainingView = new TrainingView();
    private final PerturbationView perturbationView;
    private final FrameStats frameStats = new FrameStats(600);
    private final AnimationTimer frameTimer;
    private final Timeline followTimer;
    private final StatusBar statusBar;

    public MainWindow(WorkbenchModel model, FxBackgroundTasks tasks) {
        this.model = model;
        getStyleClass().add("main-window");
        startPage = new StartPage(model.locations(), this::showNewRunForm, model::openRun);

        // Sample runs ship with Rulescape and stay as committed: the tabs show new results for them
        // but write nothing into them.
        perturbationView = new PerturbationView(new PerturbationViewModel(tasks, MetaGradients::create,
                Runtime.getRuntime().availableProcessors(), model.locations()::isSampleRun));
        trainingView.setOnResume(model::resumeRun);
        trainingView.setReadOnlyRuns(model.locations()::isSampleRun);
        buildTabs();
        statusBar = new StatusBar(tasks);
        setLeft(sidePanel());
        setCenter(new VBox(noticeBar(), center));
        VBox.setVgrow(center, Priority.ALWAYS);
        setBottom(statusBar);
        showSelected(null);
        model.selectedProperty().addListener((obs, old, now) -> showSelected(now));

        frameTimer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                onFrame();
            }
        };
        frameTimer.start();
        followTimer = new Timeline(new KeyFrame(Duration.seconds(1), event -> model.pollFollowedRuns()));
        followTimer.setCycleCount(Timeline.INDEFINITE);
        followTimer.play();
    }

    /** The Training tab's view. */
    public TrainingView trainingView() {
        return trainingView;
    }

    /** Frame work durations (drain and redraw), for benchmarks. */
    public FrameStats frameStats() {
        return frameStats;
    }

    /** Stops the frame and follow timers; call when the window closes. */
    public void stop() {
        frameTimer.stop();
        perturbationView.stop();
        followTimer.stop();
    }

    /** One frame: apply queued events of every run, then redraw the visible chart if it changed. */
    void onFrame() {
        long start = System.nanoTime();
        boolean changed = model.drainAll();
        boolean redrawn = trainingView.refresh();
        if (changed || redrawn) {
            frameStats.record(System.nanoTime() - start);
            updateRunSummary();
        }
    }

    private void buildTabs() {
        tabs.setId("run-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().add(new Tab("Training", trainingView));
        // TAB: geometry — the geometry view follows model.selectedProperty().
        tabs.getTabs().add(new Tab("Geometry", new org.rulescape.fx.geometry.GeometryView(
                new org.rulescape.fx.geometry.GeometryViewModel(model.tasks(), model.locations()::isSampleRun),
                model.selectedProperty())));
        // TAB: perturbation
        Tab perturbationTab = new Tab("Perturbation", perturbationView);
        // The perturbation view reads a run only while its tab is selected, and only once the
        // run's run.json exists.
        java.util.concurrent.atomic.AtomicReference<java.nio.file.Path> recorded =
                new java.util.concurrent.atomic.AtomicReference<>();
        perturbationTab.setOnSelectionChanged(event -> {
            if (perturbationTab.isSelected() && recorded.get() != null) {
                perturbationView.showRun(recorded.get());
            }
        });
        org.rulescape.fx.runs.RecordedRunSelection.follow(model.selectedProperty(), directory -> {
            recorded.set(directory);
            if (perturbationTab.isSelected() && directory != null) {
                perturbationView.showRun(directory);
            }
        });
        tabs.getTabs().add(perturbationTab);
        // TAB: learned-rule — the learned-rule view follows model.selectedProperty().
        tabs.getTabs().add(new Tab("Learned rule", new org.rulescape.fx.rule.RuleView(
                new org.rulescape.fx.rule.RuleViewModel(model.tasks()), model.selectedProperty())));
    }

    private static Node placeholder(String title, String text) {
        Label heading = new Label(title);
        heading.getStyleClass().add("section-title");
        Label body = new Label(text + "\nThis view is not available yet.");
        body.getStyleClass().add("muted");
        body.setWrapText(true);
        body.setMaxWidth(560);
        VBox box = new VBox(10, heading, body);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("placeholder");
        return box;
    }

    private VBox sidePanel() {
        Label heading = new Label("Runs");
        heading.getStyleClass().add("section-title");
        Button newRun = new Button("New");
        newRun.setId("side-new-run");
        newRun.getStyleClass().add("small");
        newRun.setOnAction(event -> showNewRunForm());
        Button home = new Button("Start page");
        home.getStyleClass().add("small");
        home.setOnAction(event -> model.selectedProperty().set(null));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(6, heading, spacer, newRun, home);
        header.setAlignment(Pos.CENTER_LEFT);
        RunListView list = new RunListView(model);
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox side = new VBox(10, header, list);
        side.setPadding(new Insets(14, 12, 14, 14));
        side.setPrefWidth(250);
        side.getStyleClass().add("side-panel");
        return side;
    }

    private HBox noticeBar() {
        Label text = new Label();
        text.setId("notice");
        text.setWrapText(true);
        text.textProperty().bind(model.noticeProperty());
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        Button dismiss = new Button("Dismiss");
        dismiss.getStyleClass().add("small");
        dismiss.setOnAction(event -> model.clearNotice());
        HBox bar = new HBox(12, text, dismiss);
        bar.getStyleClass().add("notice-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.visibleProperty().bind(model.noticeProperty().isNotEmpty());
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }

    private void showSelected(RunViewModel run) {
        trainingView.setRun(run);
        if (run == null) {
            startPage.refresh();
            center.getChildren().setAll(startPage);
        } else {
            center.getChildren().setAll(tabs);
            tabs.getSelectionModel().select(0);
        }
        updateRunSummary();
    }

    void showNewRunForm() {
        NewRunViewModel form = new NewRunViewModel(model.locations(), LocalDateTime::now);
        NewRunView view = new NewRunView(form, (config, directory) -> {
            model.startRun(config, directory);
            showSelected(model.selectedProperty().get());
        }, () -> showSelected(model.selectedProperty().get()));
        center.getChildren().setAll(view);
    }

    private void updateRunSummary() {
        RunViewModel run = model.selectedProperty().get();
        Label right = statusBar.rightLabel();
        if (run == null) {
            right.setText("");
        } else if (run.status() == RunStatus.RUNNING) {
            right.setText(String.format(java.util.Locale.ROOT, "%s · %.0f %% · ETA %s", run.name(), 100 * run.progressProperty().get(),
                    Formats.duration(run.etaSecondsProperty().get())));
        } else {
            right.setText(run.name() + " · " + run.status().label());
        }
    }
}
