package org.rulescape.fx.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rulescape.core.experiment.SeedResult;
import org.rulescape.core.experiment.SeedState;
import org.rulescape.core.experiment.TrainingJob;
import org.rulescape.core.experiment.TrainingListener;
import org.rulescape.core.model.ExperimentConfig;
import org.rulescape.core.model.Regime;
import org.rulescape.core.store.RunReader;
import org.rulescape.core.store.RunState;
import org.rulescape.fx.app.SameThreadBackgroundTasks;

class RunLauncherTest {
    private static final ExperimentConfig CONFIG = Regime.DEBUG.config().toBuilder().metaSteps(20).build();

    @TempDir
    Path tmp;

    private static JobTrainingService service(TrainingJob.Settings base, long millisPerStep) {
        return new JobTrainingService(base.withKernels(config -> FakeKernels.bowl(millisPerStep)));
    }

    @Test
    void launchedRunRecordsAndShowsEverySeed() throws Exception {
        SameThreadBackgroundTasks tasks = new SameThreadBackgroundTasks();
        RunLauncher launcher = new RunLauncher(service(TrainingJob.Settings.of(2), 0), tasks);
        Path dir = tmp.resolve("run");

        RunViewModel run = launcher.launch(CONFIG, dir);
        run.drain();

        assertThat(tasks.titles()).containsExactly("Training run");
        assertThat(run.status()).isEqualTo(RunStatus.FINISHED);
        assertThat(run.seeds()).allMatch(seed -> seed.state() == SeedState.DONE);
        assertThat(run.series()).allMatch(series -> series.length() == 20);
        assertThat(RunReader.read(dir).state()).isEqualTo(RunState.FINISHED);
    }

    @Test
    void divergedSeedIsShownAtItsStep() {
        SameThreadBackgroundTasks tasks = new SameThreadBackgroundTasks();
        TrainingService diverging = new JobTrainingService(
                TrainingJob.Settings.of(1).withKernels(config -> FakeKernels.divergingAtStep2()));

        RunViewModel run = new RunLauncher(diverging, tasks).launch(CONFIG, tmp.resolve("nan"));
        run.drain();

        assertThat(run.seeds()).allMatch(seed -> seed.state() == SeedState.DIVERGED);
        assertThat(run.seeds().get(0).statusProperty().get()).isEqualTo("diverged at step 2");
        assertThat(run.series().get(0).divergedAt()).isEqualTo(2);
    }

    @Test
    void failureToCreateTheRunReachesTheViewModel() throws Exception {
        Path file = Files.writeString(tmp.resolve("taken"), "not a folder");
        SameThreadBackgroundTasks tasks = new SameThreadBackgroundTasks();

        RunViewModel run = new RunLauncher(service(TrainingJob.Settings.of(1), 0), tasks)
                .launch(CONFIG, file.resolve("run"));
        run.drain();

        assertThat(run.status()).isEqualTo(RunStatus.FAILED);
        assertThat(run.messageProperty().get()).startsWith("training failed:");
    }

    /**
     * Training stops within 200 ms of the cancel: no meta-step starts later. Writing the final
     * files takes as long as the disk needs and is not part of the bound.
     */
    @Test
    void cancelStopsEverySeedWithin200Milliseconds() throws Exception {
        ExperimentConfig longer = Regime.DEBUG.config().toBuilder().metaSteps(1000).seedCount(4).build();
        RunViewModel run = new RunViewModel("slow", tmp.resolve("slow"), longer, RunStatus.RUNNING);
        AtomicLong lastStep = new AtomicLong();
        AtomicInteger stopped = new AtomicInteger();
        TrainingListener timing = new TrainingListener() {
            @Override
            public void metaStep(long seed, int step, double metaLoss, double gradNorm) {
                lastStep.set(System.nanoTime());
                run.listener().metaStep(seed, step, metaLoss, gradNorm);
            }

            @Override
            public void seedFinished(SeedResult result) {
                stopped.incrementAndGet();
                run.listener().seedFinished(result);
            }
        };
        TrainingSession session = service(TrainingJob.Settings.of(2), 5).start(longer, tmp.resolve("slow"), timing);
        run.attach(session);
        while (run.stepsSeen() < 20) {
            Thread.sleep(5);
        }

        long start = System.nanoTime();
        run.cancel();
        List<SeedResult> results = session.await();
        double stepMillis = (lastStep.get() - start) / 1e6;
        double awaitMillis = (System.nanoTime() - start) / 1e6;

        assertThat(stopped.get()).isEqualTo(4);
        assertThat(stepMillis).as("time from cancel to the last meta-step; await took %.0f ms", awaitMillis)
                .isLessThan(200);
        assertThat(results).allMatch(result -> result.state() == SeedState.CANCELLED);
        assertThat(results).anyMatch(result -> result.stepsRecorded() > 0);
        assertThat(RunReader.read(tmp.resolve("slow")).state()).isEqualTo(RunState.CANCELLED);
    }
}
