package org.rulescape.fx.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.junit.jupiter.api.io.TempDir;
import org.rulescape.core.experiment.SeedState;
import org.rulescape.core.model.ExperimentConfig;
import org.rulescape.core.model.Regime;
import org.rulescape.figures.export.FigureFormat;
import org.rulescape.figures.export.FigureSize;
import org.rulescape.fx.export.ChartPane;
import org.rulescape.fx.export.ExportRequest;

/** The Training tab's view with two runs, on the FX thread of a headless toolkit. */
class TrainingViewTest {
    private static final ExperimentConfig CONFIG = Regime.DEBUG.config().toBuilder().metaSteps(3).build();

    @TempDir
    Path folder;

    @BeforeAll
    static void startToolkit() throws Exception {
        // Started through TestFX, as the UI tests start it, so that they still work when they run later.
        FxToolkit.registerPrimaryStage();
    }

    private RunViewModel finishedRun(String name) {
        RunViewModel run = new RunViewModel(name, folder.resolve(name), CONFIG, RunStatus.FINISHED);
        for (int i = 0; i < CONFIG.seedCount(); i++) {
            run.loadSeed(CONFIG.seed(i), SeedState.DONE, -1, "", new double[] {1.0, 0.5, 0.25});
        }
        return run;
    }

    @Test
    void exportStatusStaysWithItsRun() throws Exception {
        RunViewModel first = finishedRun("first");
        RunViewModel second = finishedRun("second");
        TrainingView view = onFx(TrainingView::new);
        ChartPane pane = view.chartPane();
        pane.setExportExecutor(Runnable::run);
        Path figure = folder.resolve("meta_loss.png");

        onFx(() -> {
            view.setRun(first);
            pane.export(new ExportRequest(figure, FigureFormat.PNG, FigureSize.singleColumn(), Set.of()));
            return null;
        });
        waitFor(() -> pane.statusText().startsWith("Exported " + figure));

        String shownForSecond = onFx(() -> {
            view.setRun(second);
            return pane.statusText();
        });

        assertThat(shownForSecond).isEmpty();
        assertThat(pane.runDirectory()).isEqualTo(second.directory());
    }

    @Test
    void sampleRunExportsDefaultOutsideIt() throws Exception {
        RunViewModel sample = finishedRun("full");
        TrainingView view = onFx(TrainingView::new);

        boolean readOnly = onFx(() -> {
            view.setReadOnlyRuns(sample.directory()::equals);
            view.setRun(sample);
            return view.chartPane().isRunReadOnly();
        });

        assertThat(readOnly).isTrue();
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
