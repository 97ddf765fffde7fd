package org.rulescape.fx.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.rulescape.core.engine.MetaGradient;
import org.rulescape.core.engine.MetaGradients;
import org.rulescape.core.experiment.SeedState;
import org.rulescape.core.experiment.TrainingJob;
import org.rulescape.core.store.RunReader;
import org.rulescape.core.store.RunState;
import org.rulescape.fx.runs.RunLocations;
import org.rulescape.fx.training.JobTrainingService;
import org.rulescape.fx.training.RunStatus;
import org.rulescape.fx.training.RunViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real main window headless (Monocle): form validation, live training, cancel, open. */
@ExtendWith(ApplicationExtension.class)
class WorkbenchWindowTest {
    /** Milliseconds each fake meta-step sleeps; 0 selects the real kernel. */
    private static final AtomicLong FAKE_STEP_MILLIS = new AtomicLong();

    @TempDir
    Path runs;

    /** Copy of the repository's sample runs: the feature tabs may store analyses into a run they open. */
    @TempDir
    static Path samples;

    private WorkbenchModel model;
    private MainWindow window;
    private FxBackgroundTasks tasks;

    @BeforeAll
    static void copySampleRuns() throws IOException {
        Path from = Path.of("sample-runs");
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = samples.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }

    @Start
    void start(Stage stage) {
        tasks = new FxBackgroundTasks();
        TrainingJob.Settings settings = TrainingJob.Settings.of(2).withKernels(WorkbenchWindowTest::kernel);
        RunLocations locations = new RunLocations(Optional.of(samples), runs);
        model = WorkbenchApp.createModel(new JobTrainingService(settings), tasks, locations);
        window = new MainWindow(model, tasks);
        stage.setScene(WorkbenchApp.createScene(window));
        stage.show();
    }

    @AfterEach
    void stop() throws Exception {
        model.cancelAll();
        window.stop();
        FAKE_STEP_MILLIS.set(0);
        // Analyses that the feature tabs started write into the run folders until they end.
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> tasks.tasks().isEmpty()).get());
    }

    private static MetaGradient kernel(org.rulescape.core.model.ExperimentConfig config) {
        long millis = FAKE_STEP_MILLIS.get();
        if (millis == 0) {
            return MetaGradients.create(config);
        }
        return (alpha, batch, gradient) -> {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            java.util.Arrays.fill(gradient, 0.01);
            return 1.0;
        };
    }

    private static void replaceText(FxRobot robot, String query, String text) {
        robot.clickOn(query);
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.push(KeyCode.BACK_SPACE);
        robot.write(text);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static void waitFor(int seconds, java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
    }

    @Test
    void formShowsRulesAndEnablesStartOnlyWhenValid(FxRobot robot) {
        robot.clickOn("#new-run");
        Button start = robot.lookup("#start-run").queryButton();
        assertThat(start.isDisabled()).isFalse();

        replaceText(robot, "#field-meta-steps", "-5");
        assertThat(text(robot, "#error-meta-steps")).isEqualTo("Meta-steps must be positive, got -5");
        assertThat(start.isDisabled()).isTrue();

        replaceText(robot, "#field-meta-steps", "abc");
        assertThat(text(robot, "#error-meta-steps")).isEqualTo("Meta-steps must be a whole number, got 'abc'");

        replaceText(robot, "#field-meta-steps", "40");
        assertThat(text(robot, "#error-meta-steps")).isEmpty();
        assertThat(start.isDisabled()).isFalse();
        assertThat(robot.lookup("#field-output").queryAs(TextField.class).getText()).contains("-custom");
    }

    @Test
    void debugRunShowsLiveCurves(FxRobot robot) throws Exception {
        robot.clickOn("#new-run");
        robot.clickOn("#regime-debug");
        replaceText(robot, "#field-output", runs.resolve("live").toString());
        robot.clickOn("#start-run");

        waitFor(10, () -> window.trainingView().chart().drawnPoints(0) > 5);
        RunViewModel run = model.selectedProperty().get();
        assertThat(run.name()).isEqualTo("live");
        assertThat(robot.lookup("#seed-table").tryQuery()).isPresent();

        waitFor(120, () -> run.status() != RunStatus.RUNNING);
        // The status changes while a frame drains events; that frame redraws the chart after it.
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(run.status()).isEqualTo(RunStatus.FINISHED);
        for (int i = 0; i < 3; i++) {
            assertThat(window.trainingView().chart().drawnPoints(i)).isEqualTo(100);
        }
        assertThat(run.seeds()).allMatch(seed -> seed.state() == SeedState.DONE);
        assertThat(RunReader.read(runs.resolve("live")).state()).isEqualTo(RunState.FINISHED);
    }

    @Test
    void cancelButtonStopsTheRun(FxRobot robot) throws Exception {
        FAKE_STEP_MILLIS.set(20);
        robot.clickOn("#new-run");
        replaceText(robot, "#field-output", runs.resolve("cancelled").toString());
        robot.clickOn("#start-run");
        waitFor(10, () -> window.trainingView().chart().drawnPoints(0) > 3);

        robot.clickOn("#cancel-run");

        RunViewModel run = model.selectedProperty().get();
        waitFor(5, () -> run.status() == RunStatus.CANCELLED);
        assertThat(run.seeds()).allMatch(seed -> seed.state() == SeedState.CANCELLED);
        assertThat(text(robot, "#training-status")).startsWith("cancelled");
        waitFor(5, () -> RunReader.read(runs.resolve("cancelled")).state() == RunState.CANCELLED);
    }

    @Test
    void sampleRunOpensFromStartPage(FxRobot robot) throws Exception {
        robot.clickOn("#sample-debug");

        waitFor(10, () -> model.selectedProperty().get() != null);
        RunViewModel run = model.selectedProperty().get();
        assertThat(run.status()).isEqualTo(RunStatus.FINISHED);
        assertThat(run.seeds()).hasSize(3).allMatch(seed -> seed.state() == SeedState.DONE);
        waitFor(5, () -> window.trainingView().chart().drawnPoints(0) == 100);
    }

    @Test
    void folderThatIsNotARunGivesNotice(FxRobot robot) throws Exception {
        Path empty = Files.createDirectories(runs.resolve("empty"));

        robot.interact(() -> model.openRun(empty));

        waitFor(10, () -> !model.noticeProperty().get().isEmpty());
        assertThat(text(robot, "#notice")).contains("run.json").contains(empty.toString());
        assertThat(model.runs()).isEmpty();
    }
}
