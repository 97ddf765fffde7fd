package org.rulescape.fx.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.rulescape.core.experiment.TrainingJob;
import org.rulescape.core.experiment.TrainingListener;
import org.rulescape.core.model.ExperimentConfig;
import org.rulescape.core.model.Regime;
import org.rulescape.core.store.RunReader;
import org.rulescape.core.store.StoredRun;
import org.rulescape.fx.app.FrameStats;
import org.rulescape.fx.app.FxBackgroundTasks;
import org.rulescape.fx.app.MainWindow;
import org.rulescape.fx.app.WorkbenchApp;
import org.rulescape.fx.app.WorkbenchModel;
import org.rulescape.fx.runs.RunLocations;
import org.rulescape.fx.runs.StoredRuns;
import org.rulescape.fx.training.RunStatus;
import org.rulescape.fx.training.RunViewModel;
import org.rulescape.fx.training.RunnerTrainingService;
import org.rulescape.fx.training.TrainingView;

/**
 * Measures the workbench's frame work and the time to open a FULL-sized run. Not a test: run it
 * by hand, under Xvfb or with Monocle's headless properties, for example
 * {@code java -cp CLASSPATH org.rulescape.fx.bench.WorkbenchBenchmark}.
 *
 * <p>Frame work is the time the main window's animation timer spends per frame applying queued
 * events and redrawing the chart into its canvas. The stream sends one meta-step per seed every
 * 10 ms (100 Hz per seed, 10 seeds), first on empty curves, then on curves pre-filled to 10,000
 * points each.
 */
public final class WorkbenchBenchmark {
    private static final int SEEDS = 10;

    private WorkbenchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path tmp = Files.createTempDirectory("rulescape-bench");
        Path fullRun = writeFullSizedRun(tmp.resolve("full"));
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();

        AtomicReference<MainWindow> window = new AtomicReference<>();
        AtomicReference<WorkbenchModel> model = new AtomicReference<>();
        onFx(() -> {
            FxBackgroundTasks tasks = new FxBackgroundTasks();
            model.set(WorkbenchApp.createModel(new RunnerTrainingService(1), tasks,
                    new RunLocations(Optional.empty(), tmp)));
            window.set(new MainWindow(model.get(), tasks));
            Stage stage = new Stage();
            stage.setScene(WorkbenchApp.createScene(window.get()));
            stage.show();
        });

        measureOpen(fullRun, window.get());
        stream(window.get(), model.get(), 0, 1000);
        stream(window.get(), model.get(), 10_000, 500);
        Platform.exit();
    }

    /** Writes a run of FULL size (10 seeds x 1000 meta-steps, snapshots every 10) with a fast stand-in kernel. */
    private static Path writeFullSizedRun(Path dir) throws Exception {
        ExperimentConfig full = Regime.FULL.config();
        TrainingJob.Settings settings = TrainingJob.Settings.of(2).withKernels(config -> (alpha, batch, gradient) -> {
            double sum = 0;
            for (int i = 0; i < alpha.length; i++) {
                gradient[i] = alpha[i] - 0.3;
                sum += gradient[i] * gradient[i];
            }
            return 0.05 + sum / alpha.length;
        });
        TrainingJob.start(full, dir, settings, TrainingListener.NONE).await();
        return dir;
    }

    private static void measureOpen(Path run, MainWindow window) throws Exception {
        for (int repeat = 0; repeat < 5; repeat++) {
            long start = System.nanoTime();
            StoredRun stored = RunReader.read(run);
            long read = System.nanoTime();
            AtomicReference<Long> shown = new AtomicReference<>();
            onFx(() -> {
                RunViewModel model = StoredRuns.toViewModel(stored);
                TrainingView view = window.trainingView();
                view.setRun(model);
                shown.set(System.nanoTime());
            });
            System.out.printf(Locale.ROOT, "open FULL-sized run: read %.0f ms, view model and chart %.0f ms, total %.0f ms%n",
                    (read - start) / 1e6, (shown.get() - read) / 1e6, (shown.get() - start) / 1e6);
        }
    }

    /** Streams one meta-step per seed every 10 ms for {@code events} rounds and prints frame-work percentiles. */
    private static void stream(MainWindow window, WorkbenchModel model, int prefill, int rounds) throws Exception {
        ExperimentConfig config = Regime.FULL.config().toBuilder().metaSteps(prefill + rounds).build();
        AtomicReference<RunViewModel> run = new AtomicReference<>();
        onFx(() -> {
            RunViewModel created = new RunViewModel("stream-" + prefill, null, config, RunStatus.RUNNING);
            double[] history = new double[prefill];
            for (int seed = 0; seed < SEEDS; seed++) {
                for (int i = 0; i < prefill; i++) {
                    history[i] = 1.0 / (1 + i * 0.01) + 0.05 * Math.sin(i * 0.37 + seed);
                }
                created.loadSeed(seed, org.rulescape.core.experiment.SeedState.RUNNING, -1, "", history);
            }
            model.runs().add(created);
            model.selectedProperty().set(created);
            window.frameStats().clear();
            run.set(created);
        });
        TrainingListener listener = run.get().listener();
        long next = System.nanoTime();
        for (int round = 0; round < rounds; round++) {
            for (int seed = 0; seed < SEEDS; seed++) {
                listener.metaStep(seed, prefill + round, 1.0 / (1 + (prefill + round) * 0.01), 1.0);
            }
            next += TimeUnit.MILLISECONDS.toNanos(10);
            long sleep = next - System.nanoTime();
            if (sleep > 0) {
                Thread.sleep(sleep / 1_000_000, (int) (sleep % 1_000_000));
            }
        }
        Thread.sleep(200);
        onFx(() -> {
            FrameStats stats = window.frameStats();
            System.out.printf(Locale.ROOT,
                    "stream 10 seeds at 100 Hz, %d points pre-filled per seed: %d frames, frame work median %.2f ms, "
                            + "p95 %.2f ms, p99 %.2f ms, max %.2f ms, points drawn for seed 0: %d%n",
                    prefill, stats.count(), stats.percentileMillis(50), stats.percentileMillis(95),
                    stats.percentileMillis(99), stats.percentileMillis(100),
                    window.trainingView().chart().drawnPoints(0));
        });
    }

    private static void onFx(Runnable action) throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Platform.runLater(() -> {
            try {
                action.run();
            } catch (Throwable e) {
                failure.set(e);
            } finally {
                done.countDown();
            }
        });
        if (!done.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("FX action timed out after 60 s");
        }
        if (failure.get() != null) {
            throw new IllegalStateException("FX action failed", failure.get());
        }
    }
}
