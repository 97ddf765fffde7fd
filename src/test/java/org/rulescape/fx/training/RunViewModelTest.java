package org.rulescape.fx.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rulescape.core.experiment.SeedResult;
import org.rulescape.core.experiment.SeedState;
import org.rulescape.core.experiment.TrainingListener;
import org.rulescape.core.model.ExperimentConfig;
import org.rulescape.core.model.Regime;
import org.rulescape.figures.charts.MetaLossSeries;

class RunViewModelTest {
    private static final ExperimentConfig CONFIG = Regime.DEBUG.config().toBuilder().metaSteps(10).build();

    private static RunViewModel run() {
        return new RunViewModel("r", Path.of("r"), CONFIG, RunStatus.RUNNING);
    }

    private static SeedResult result(long seed, SeedState state, int steps, int divergedAt, String message) {
        return new SeedResult(seed, state, steps, divergedAt, message, new double[steps], new double[steps],
                new int[0], new double[0][], 1.0);
    }

    @Test
    void seedsStartQueued() {
        RunViewModel run = run();

        assertThat(run.seeds()).extracting(SeedProgress::seed).containsExactly(0L, 1L, 2L);
        assertThat(run.seeds()).allMatch(seed -> seed.state() == SeedState.QUEUED);
        assertThat(run.seeds().get(0).statusProperty().get()).isEqualTo("queued");
    }

    @Test
    void eventsApplyOnlyWhenDrained() {
        RunViewModel run = run();
        TrainingListener listener = run.listener();
        listener.seedStarted(1, 0);
        listener.metaStep(1, 0, 0.9, 1.0);
        listener.metaStep(1, 1, 0.8, 1.0);

        assertThat(run.seeds().get(1).state()).isEqualTo(SeedState.QUEUED);
        long before = run.revision();
        assertThat(run.drain()).isTrue();

        SeedProgress seed = run.seeds().get(1);
        assertThat(seed.state()).isEqualTo(SeedState.RUNNING);
        assertThat(seed.stepsDoneProperty().get()).isEqualTo(2);
        assertThat(seed.lastMetaLossProperty().get()).isEqualTo(0.8);
        assertThat(run.revision()).isGreaterThan(before);
        MetaLossSeries series = run.series().get(1);
        assertThat(series.length()).isEqualTo(2);
        assertThat(series.values()[1]).isEqualTo(0.8);
        assertThat(run.progressProperty().get()).isCloseTo(2.0 / 30, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(run.drain()).isFalse();
    }

    @Test
    void terminalStatesAreDescribed() {
        RunViewModel run = run();
        TrainingListener listener = run.listener();
        listener.seedFinished(result(0, SeedState.DONE, 10, -1, ""));
        listener.seedFinished(result(1, SeedState.DIVERGED, 4, 3, "diverged at meta-step 3"));
        listener.seedFinished(result(2, SeedState.FAILED, 0, -1, "IllegalStateException: boom"));

        run.drain();

        assertThat(run.seeds()).extracting(seed -> seed.statusProperty().get())
                .containsExactly("done", "diverged at step 3", "failed: IllegalStateException: boom");
        assertThat(run.series().get(1).divergedAt()).isEqualTo(3);
    }

    @Test
    void runEndsFinishedWhenEverySeedEndedOnItsOwn() {
        RunViewModel run = run();
        for (long seed = 0; seed < 3; seed++) {
            run.listener().seedFinished(result(seed, SeedState.DONE, 10, -1, ""));
        }
        run.ended();

        run.drain();

        assertThat(run.status()).isEqualTo(RunStatus.FINISHED);
        assertThat(run.progressProperty().get()).isEqualTo(1.0);
    }

    @Test
    void cancelledRunMarksUnstartedSeeds() {
        RunViewModel run = run();
        run.listener().seedFinished(result(0, SeedState.DONE, 10, -1, ""));
        run.cancel();
        run.ended();

        run.drain();

        assertThat(run.status()).isEqualTo(RunStatus.CANCELLED);
        assertThat(run.seeds().get(2).state()).isEqualTo(SeedState.CANCELLED);
        assertThat(run.seeds().get(0).state()).isEqualTo(SeedState.DONE);
    }

    @Test
    void runFailureReachesStatusAndMessage() {
        RunViewModel run = run();
        run.failed(new IllegalStateException("disk full"));
        run.ended();

        run.drain();

        assertThat(run.status()).isEqualTo(RunStatus.FAILED);
        assertThat(run.messageProperty().get()).isEqualTo("training failed: IllegalStateException: disk full");
        assertThat(run.seeds().get(0).statusProperty().get()).contains("disk full");
    }

    @Test
    void etaFollowsStepRate() {
        RunViewModel run = run();
        SeedProgress seed = run.seeds().get(0);

        seed.started(0, 0L);
        seed.stepped(0, 1.0, 1_000_000_000L);
        seed.stepped(1, 1.0, 2_000_000_000L);

        assertThat(seed.etaSecondsProperty().get()).isEqualTo(8.0);
    }

    @Test
    void interruptedRunSeedsSayInterrupted() {
        RunViewModel run = new RunViewModel("k2", Path.of("k2"), CONFIG, RunStatus.INTERRUPTED);

        run.loadSeed(0, SeedState.RUNNING, -1, "", losses(7));
        run.loadSeed(1, SeedState.DONE, -1, "", losses(10));

        assertThat(run.seeds().get(0).statusProperty().get()).isEqualTo("interrupted at step 7");
        assertThat(run.seeds().get(1).statusProperty().get()).isEqualTo("done");
        assertThat(run.seeds().get(2).statusProperty().get()).isEqualTo("not started");

        run.setStoredStatus(RunStatus.RUNNING, "resuming");

        assertThat(run.seeds().get(0).statusProperty().get()).isEqualTo("running");
        assertThat(run.seeds().get(2).statusProperty().get()).isEqualTo("queued");
    }

    @Test
    void resumedRunEtaFromReReads() {
        RunViewModel run = new RunViewModel("k2", Path.of("k2"), CONFIG, RunStatus.INTERRUPTED);
        run.loadSeed(0, SeedState.RUNNING, -1, "", losses(4), 0L);
        run.setStoredStatus(RunStatus.RUNNING, "resuming");
        SeedProgress seed = run.seeds().get(0);

        run.loadSeed(0, SeedState.RUNNING, -1, "", losses(4), 1_000_000_000L);
        run.loadSeed(0, SeedState.RUNNING, -1, "", losses(6), 2_000_000_000L);

        assertThat(seed.etaSecondsProperty().get()).as("2 steps timed, fewer than %d", SeedProgress.MIN_TIMED_STEPS)
                .isNaN();

        run.loadSeed(0, SeedState.RUNNING, -1, "", losses(8), 3_000_000_000L);

        // 4 steps in the 2 s since the last re-read without progress: 0.5 s per step, 2 steps left.
        assertThat(seed.etaSecondsProperty().get()).isEqualTo(1.0);
        // The run's 22 steps left (2 of seed 0, 10 of each queued seed) at seed 0's 2 steps per second.
        assertThat(run.etaSecondsProperty().get()).isEqualTo(11.0);
    }

    @Test
    void seedRestartingFromCheckpointRestartsClock() {
        RunViewModel run = new RunViewModel("r", Path.of("r"), CONFIG, RunStatus.RUNNING);
        run.loadSeed(0, SeedState.RUNNING, -1, "", losses(6), 0L);

        run.loadSeed(0, SeedState.RUNNING, -1, "", losses(3), 1_000_000_000L);
        run.loadSeed(0, SeedState.RUNNING, -1, "", losses(6), 4_000_000_000L);

        // Timed from the checkpoint at step 3: 3 steps in 3 s, 4 steps left.
        assertThat(run.seeds().get(0).etaSecondsProperty().get()).isEqualTo(4.0);
    }

    private static double[] losses(int steps) {
        double[] values = new double[steps];
        java.util.Arrays.fill(values, 0.5);
        return values;
    }

    @Test
    void loadedSeedKeepsFullCurve() {
        RunViewModel run = new RunViewModel("r", Path.of("r"), CONFIG, RunStatus.FINISHED);

        run.loadSeed(0, SeedState.DONE, -1, "", new double[] {1, 0.5, 0.25});

        assertThat(run.series().get(0).length()).isEqualTo(3);
        assertThat(run.seeds().get(0).lastMetaLossProperty().get()).isEqualTo(0.25);
        assertThat(List.copyOf(run.seeds())).hasSize(3);
    }

    @Test
    void statusLineSuggestsResumeOnce() {
        assertThat(RunViewModel.statusLine(RunStatus.CANCELLED, "cancelled; 3 of 10 seeds done"))
                .isEqualTo("cancelled \u2013 3 of 10 seeds done; resume the run to finish its seeds");
        assertThat(RunViewModel.statusLine(RunStatus.INTERRUPTED, ""))
                .isEqualTo("interrupted \u2013 resume the run to finish its seeds");
        assertThat(RunViewModel.statusLine(RunStatus.FINISHED, "")).isEqualTo("finished");
        assertThat(RunViewModel.statusLine(RunStatus.RUNNING, "resuming")).isEqualTo("running \u2013 resuming");
    }

    @Test
    void cancelledAndFailedRecordedRunsCanResume() {
        assertThat(new RunViewModel("r", Path.of("r"), CONFIG, RunStatus.CANCELLED).canResume()).isTrue();
        assertThat(new RunViewModel("r", Path.of("r"), CONFIG, RunStatus.FAILED).canResume()).isTrue();
        assertThat(new RunViewModel("r", Path.of("r"), CONFIG, RunStatus.FINISHED).canResume()).isFalse();
        assertThat(new RunViewModel("r", null, CONFIG, RunStatus.CANCELLED).canResume()).isFalse();
    }

    @Test
    void prepareResumeForgetsAnEarlierCancel() {
        RunViewModel run = new RunViewModel("r", Path.of("r"), CONFIG, RunStatus.CANCELLED);
        run.cancel();
        assertThat(run.isCancelRequested()).isTrue();

        run.prepareResume();

        assertThat(run.isCancelRequested()).isFalse();
    }
}
