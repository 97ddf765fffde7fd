package org.rulescape.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rulescape.core.experiment.SeedResult;
import org.rulescape.core.experiment.SeedState;
import org.rulescape.core.experiment.TrainingJob;
import org.rulescape.core.experiment.TrainingListener;
import org.rulescape.core.model.ExperimentConfig;

class TrainingJobTest {

    @TempDir
    Path temp;

    @Test
    void cancelStopsEverySeedWithin200Milliseconds() throws Exception {
        ExperimentConfig config = StoreFixtures.tiny(4, 10_000);
        AtomicLong lastStep = new AtomicLong();
        TrainingListener stepTimes = new TrainingListener() {
            @Override
            public void metaStep(long seed, int step, double metaLoss, double gradNorm) {
                lastStep.accumulateAndGet(System.nanoTime(), Math::max);
            }
        };
        Path run = temp.resolve("run");
        TrainingJob job = TrainingJob.start(config, run, StoreFixtures.fakeSettings(2, 2), stepTimes);
        Thread.sleep(1500);

        long cancelAt = System.nanoTime();
        job.cancel();
        List<SeedResult> results = job.await();
        double stopMillis = (lastStep.get() - cancelAt) * 1e-6;
        double awaitMillis = (System.nanoTime() - cancelAt) * 1e-6;

        assertThat(stopMillis).as("time from cancel() to the last meta-step of any seed, ms").isLessThan(200);
        assertThat(awaitMillis).as("time from cancel() until the files are final, ms").isLessThan(3000);
        assertThat(results).extracting(SeedResult::state).containsOnly(SeedState.CANCELLED);
        assertThat(results.get(0).stepsRecorded()).isPositive();
        assertThat(results.get(3).stepsRecorded()).isZero();
        assertThat(job.state()).isEqualTo(RunState.CANCELLED);
        StoredRun stored = RunReader.read(run);
        assertThat(stored.state()).isEqualTo(RunState.CANCELLED);
        assertThat(StoreFixtures.sameRecords(stored.seeds().get(0).result(), results.get(0))).isTrue();
    }

    @Test
    void workerExceptionBecomesFailedSeed() throws Exception {
        ExperimentConfig config = StoreFixtures.tiny(3, 10);
        TrainingJob.Settings settings = TrainingJob.Settings.of(2)
                .withKernels(c -> new StoreFixtures.FailingKernel(c, 1));
        Path run = temp.resolve("run");

        List<SeedResult> results = TrainingJob.start(config, run, settings, null).await();
        StoredRun stored = RunReader.read(run);

        assertThat(results).extracting(SeedResult::state)
                .containsExactly(SeedState.DONE, SeedState.FAILED, SeedState.DONE);
        assertThat(results.get(1).message()).contains("injected kernel failure");
        assertThat(stored.state()).isEqualTo(RunState.FAILED);
        assertThat(stored.message()).contains("seed 1").contains("injected kernel failure");
        assertThat(stored.seeds().get(1).state()).isEqualTo(SeedState.FAILED);
        assertThat(stored.usableSeeds()).extracting(StoredSeed::seed).containsExactly(0L, 2L);
    }

    @Test
    void failedWriteMarksRunFailedAndKeepsFinishedSeeds() throws Exception {
        ExperimentConfig config = StoreFixtures.tiny(3, 20);
        StoreWriter diskFullForSeed1 = (target, content) -> {
            if (target.toString().contains("seed-1")) {
                throw new IOException("No space left on device");
            }
            AtomicFiles.write(target, content);
        };
        TrainingJob.Settings settings = StoreFixtures.fakeSettings(1, 0).withWriter(diskFullForSeed1);
        Path run = temp.resolve("run");

        TrainingJob job = TrainingJob.start(config, run, settings, null);
        List<SeedResult> results = job.await();
        StoredRun stored = RunReader.read(run);

        assertThat(job.state()).isEqualTo(RunState.FAILED);
        assertThat(job.storageProblem()).hasValueSatisfying(
                problem -> assertThat(problem).contains(RunLayout.seedDir(run, 1).toString()).contains("No space left"));
        assertThat(stored.state()).isEqualTo(RunState.FAILED);
        assertThat(stored.message()).contains(RunLayout.seedDir(run, 1).toString());
        assertThat(stored.seeds().get(0).state()).isEqualTo(SeedState.DONE);
        assertThat(StoreFixtures.sameRecords(stored.seeds().get(0).result(), results.get(0))).isTrue();
        assertThat(results.get(2).state()).isEqualTo(SeedState.CANCELLED);
        assertThat(Files.exists(RunLayout.seedDir(run, 1).resolve(RunLayout.METRICS_CSV))).isFalse();
    }

    /**
     * The heartbeat write in progress when the seeds end is slow here (1.5 s), so the job ends
     * during it. Stopping the recorder must let that write finish rather than interrupt it, and
     * nothing may be written once await() has returned.
     */
    @Test
    void heartbeatStopsBeforeAwaitReturns() throws Exception {
        Path run = temp.resolve("run");
        Path heartbeat = RunLayout.heartbeat(run);
        AtomicInteger heartbeats = new AtomicInteger();
        AtomicInteger interrupted = new AtomicInteger();
        AtomicBoolean awaitReturned = new AtomicBoolean();
        List<Path> writtenAfterAwait = new CopyOnWriteArrayList<>();
        StoreWriter slowHeartbeat = (target, content) -> {
            if (awaitReturned.get()) {
                writtenAfterAwait.add(target);
            }
            if (target.equals(heartbeat) && heartbeats.incrementAndGet() > 1) {
                try {
                    Thread.sleep(1500);
                } catch (InterruptedException e) {
                    interrupted.incrementAndGet();
                    Thread.currentThread().interrupt();
                }
            }
            StoreWriter.ATOMIC.write(target, content);
        };
        TrainingJob.Settings settings = StoreFixtures.fakeSettings(1, 2).withWriter(slowHeartbeat);

        TrainingJob job = TrainingJob.start(StoreFixtures.tiny(1, 600), run, settings, null);
        job.await();
        awaitReturned.set(true);
        try (var paths = Files.walk(run)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
        Thread.sleep(1200);

        assertThat(heartbeats.get()).as("heartbeat writes, the first one at the start").isGreaterThan(1);
        assertThat(interrupted.get()).as("heartbeat writes interrupted by the end of the job").isZero();
        assertThat(writtenAfterAwait).as("files written after await() returned").isEmpty();
        assertThat(run).as("run folder deleted after await()").doesNotExist();
        assertThat(job.state()).isEqualTo(RunState.FINISHED);
    }
}
