package org.rulescape.fx.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rulescape.core.experiment.SeedState;
import org.rulescape.core.experiment.TrainingJob;
import org.rulescape.core.experiment.TrainingListener;
import org.rulescape.core.model.ExperimentConfig;
import org.rulescape.core.model.Regime;
import org.rulescape.core.store.RunReader;
import org.rulescape.core.store.RunState;
import org.rulescape.fx.app.SameThreadBackgroundTasks;
import org.rulescape.fx.app.WorkbenchModel;
import org.rulescape.fx.runs.RunLocations;

/**
 * The workbench session with run folders on disk: a run another writer is still producing, a
 * run whose writer was killed, and a run with a damaged seed file. Background work, re-reads
 * and FX-thread hand-offs all run on the test thread.
 */
class WorkbenchRunFilesTest {
    private static final int STEPS = 60;
    private static final ExperimentConfig CONFIG = Regime.DEBUG.config().toBuilder().metaSteps(STEPS).build();

    @TempDir
    Path tmp;

    private static TrainingJob.Settings fakeSettings(long millisPerStep) {
        return TrainingJob.Settings.of(2).withKernels(config -> FakeKernels.bowl(millisPerStep));
    }

    private WorkbenchModel session() {
        SameThreadBackgroundTasks tasks = new SameThreadBackgroundTasks();
        RunLauncher launcher = new RunLauncher(new JobTrainingService(fakeSettings(0)), tasks);
        return new WorkbenchModel(tasks, launcher, new RunLocations(Optional.empty(), tmp.resolve("runs")),
                Runnable::run, Runnable::run);
    }

    private static void awaitFile(Path file) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!Files.exists(file) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(file).as("file written by the training job").exists();
    }

    private static int pointsShown(RunViewModel run) {
        return run.series().stream().mapToInt(series -> series.length()).sum();
    }

    @Test
    void followsRunAnotherWriterIsWriting() throws Exception {
        Path dir = tmp.resolve("live");
        TrainingJob writer = TrainingJob.start(CONFIG, dir, fakeSettings(40), TrainingListener.NONE);
        awaitFile(dir.resolve("run.json"));
        WorkbenchModel model = session();

        model.openRun(dir);
        RunViewModel run = model.selectedProperty().get();
        RunStatus whileWriting = run.status();
        int pointsAtOpen = pointsShown(run);
        // The writer flushes its records about once a second.
        Thread.sleep(1500);
        model.pollFollowedRuns();
        int pointsLater = pointsShown(run);
        writer.await();
        model.pollFollowedRuns();

        assertThat(model.noticeProperty().get()).isEmpty();
        assertThat(whileWriting).isEqualTo(RunStatus.RUNNING);
        assertThat(pointsLater).as("meta-loss points after a re-read").isGreaterThan(pointsAtOpen);
        assertThat(run.status()).isEqualTo(RunStatus.FINISHED);
        assertThat(run.seeds()).allMatch(seed -> seed.state() == SeedState.DONE);
        assertThat(run.series()).allMatch(series -> series.length() == STEPS);
    }

    @Test
    void killedRunShowsInterruptedAndResumes() throws Exception {
        Path dir = tmp.resolve("killed");
        TrainingJob writer = TrainingJob.start(CONFIG, dir, fakeSettings(10).withCheckpointEvery(5),
                TrainingListener.NONE);
        awaitFile(dir.resolve("run.json"));
        Thread.sleep(250);
        writer.cancel();
        writer.await();
        // What a killed writer leaves behind: state RUNNING and a heartbeat that no process renews.
        Path runJson = dir.resolve("run.json");
        Files.writeString(runJson, Files.readString(runJson).replace("\"CANCELLED\"", "\"RUNNING\""));
        Files.setLastModifiedTime(dir.resolve("heartbeat"), FileTime.from(Instant.now().minusSeconds(60)));
        WorkbenchModel model = session();

        model.openRun(dir);
        RunViewModel run = model.selectedProperty().get();
        RunStatus opened = run.status();
        model.resumeRun(run);

        assertThat(opened).isEqualTo(RunStatus.INTERRUPTED);
        assertThat(model.noticeProperty().get()).isEmpty();
        assertThat(run.status()).isEqualTo(RunStatus.FINISHED);
        assertThat(run.seeds()).allMatch(seed -> seed.state() == SeedState.DONE);
        assertThat(run.series()).allMatch(series -> series.length() == STEPS);
        assertThat(RunReader.read(dir).state()).isEqualTo(RunState.FINISHED);
    }

    @Test
    void resumeRejectsSampleRun() throws Exception {
        Path dir = tmp.resolve("sample-runs").resolve("killed");
        TrainingJob writer = TrainingJob.start(CONFIG, dir, fakeSettings(10).withCheckpointEvery(5),
                TrainingListener.NONE);
        awaitFile(dir.resolve("run.json"));
        Thread.sleep(250);
        writer.cancel();
        writer.await();
        Path runJson = dir.resolve("run.json");
        Files.writeString(runJson, Files.readString(runJson).replace("\"CANCELLED\"", "\"RUNNING\""));
        Files.setLastModifiedTime(dir.resolve("heartbeat"), FileTime.from(Instant.now().minusSeconds(60)));
        byte[] recorded = Files.readAllBytes(runJson);
        WorkbenchModel model = session();
        model.openRun(dir);
        RunViewModel run = model.selectedProperty().get();

        model.resumeRun(run);

        assertThat(model.noticeProperty().get()).startsWith("Cannot resume run killed: it is a sample run");
        assertThat(run.status()).isEqualTo(RunStatus.INTERRUPTED);
        assertThat(runJson).hasBinaryContent(recorded);
    }

    @Test
    void closeKeepsRunningRuns() throws Exception {
        Path first = tmp.resolve("first");
        Path second = tmp.resolve("second");
        TrainingJob.start(CONFIG, first, fakeSettings(0), TrainingListener.NONE).await();
        TrainingJob.start(CONFIG, second, fakeSettings(0), TrainingListener.NONE).await();
        WorkbenchModel model = session();
        model.openRun(first);
        model.openRun(second);
        RunViewModel shown = model.selectedProperty().get();
        assertThat(model.runs()).hasSize(2);

        assertThat(model.closeRun(shown)).isTrue();

        assertThat(model.runs()).hasSize(1).doesNotContain(shown);
        assertThat(model.selectedProperty().get()).isSameAs(model.runs().get(0));
        assertThat(Files.exists(second.resolve("run.json"))).as("closing keeps the files").isTrue();

        RunViewModel running = new RunViewModel("busy", tmp.resolve("busy"), CONFIG, RunStatus.RUNNING);
        assertThat(model.closeRun(running)).isFalse();
        assertThat(model.noticeProperty().get()).contains("still running").contains("cancel it first");

        assertThat(model.closeRun(model.runs().get(0))).isTrue();
        assertThat(model.runs()).isEmpty();
        assertThat(model.selectedProperty().get()).isNull();
    }

    @Test
    void resumeRejectsFinishedRun() throws Exception {
        Path dir = tmp.resolve("done");
        TrainingJob.start(CONFIG, dir, fakeSettings(0), TrainingListener.NONE).await();
        WorkbenchModel model = session();
        model.openRun(dir);
        RunViewModel run = model.selectedProperty().get();

        model.resumeRun(run);

        assertThat(model.noticeProperty().get()).contains("finished").contains("interrupted, cancelled or failed");
        assertThat(run.status()).isEqualTo(RunStatus.FINISHED);
    }

    @Test
    void damagedSeedFileIsNamedAndOtherSeedsShown() throws Exception {
        Path dir = tmp.resolve("damaged");
        TrainingJob.start(CONFIG, dir, fakeSettings(0), TrainingListener.NONE).await();
        Files.writeString(dir.resolve("seeds/seed-1/metrics.csv"), "step,meta_loss,grad_norm\n0,not-a-number,x\n");
        WorkbenchModel model = session();

        model.openRun(dir);
        RunViewModel run = model.selectedProperty().get();

        assertThat(model.noticeProperty().get()).isEmpty();
        assertThat(run).isNotNull();
        SeedProgress damaged = run.seeds().get(1);
        assertThat(damaged.state()).isEqualTo(SeedState.FAILED);
        assertThat(damaged.message()).contains("metrics.csv");
        assertThat(run.seeds().get(0).state()).isEqualTo(SeedState.DONE);
        assertThat(run.seeds().get(2).state()).isEqualTo(SeedState.DONE);
        assertThat(run.series().get(0).length()).isEqualTo(STEPS);
        assertThat(run.series().get(2).length()).isEqualTo(STEPS);
    }
}
