package org.rulescape.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rulescape.core.experiment.SeedState;
import org.rulescape.core.experiment.TrainingJob;

class RunStateTest {

    @TempDir
    Path temp;

    @Test
    void liveRunReadsAsRunningWithPartialRecords() throws Exception {
        Path run = temp.resolve("run");
        TrainingJob job = TrainingJob.start(StoreFixtures.tiny(2, 400), run, StoreFixtures.fakeSettings(2, 10), null);
        try {
            Thread.sleep(2500);
            StoredRun live = RunReader.read(run);

            assertThat(live.state()).isEqualTo(RunState.RUNNING);
            assertThat(live.provenance().finished()).isNull();
            assertThat(live.seeds()).extracting(StoredSeed::state).containsOnly(SeedState.RUNNING);
            SeedResultView first = new SeedResultView(live.seeds().get(0));
            assertThat(first.steps()).isBetween(1, 399);
            assertThat(first.snapshots()).isPositive();
        } finally {
            job.cancel();
            job.await();
        }
        assertThat(RunReader.read(run).state()).isEqualTo(RunState.CANCELLED);
    }

    @Test
    void staleHeartbeatReadsAsInterrupted() throws Exception {
        Path run = temp.resolve("run");
        TrainingJob job = TrainingJob.start(StoreFixtures.tiny(1, 400), run, StoreFixtures.fakeSettings(1, 10), null);
        try {
            Thread.sleep(300);
            Instant now = Instant.now();

            assertThat(RunReader.read(run, now).state()).isEqualTo(RunState.RUNNING);
            assertThat(RunReader.read(run, now.plus(Duration.ofSeconds(6))).state()).isEqualTo(RunState.INTERRUPTED);
        } finally {
            job.cancel();
            job.await();
        }
    }

    @Test
    void runningStateWithOldHeartbeatFileIsInterrupted() throws Exception {
        Path run = temp.resolve("run");
        TrainingJob.start(StoreFixtures.tiny(1, 5), run, StoreFixtures.fakeSettings(1, 0), null).await();
        String finished = Files.readString(RunLayout.runJson(run));
        Files.writeString(RunLayout.runJson(run), finished.replace("\"FINISHED\"", "\"RUNNING\""));
        Path heartbeat = RunLayout.heartbeat(run);

        Files.setLastModifiedTime(heartbeat, FileTime.from(Instant.now().minusSeconds(10)));
        StoredRun stale = RunReader.read(run);
        Files.setLastModifiedTime(heartbeat, FileTime.from(Instant.now()));
        StoredRun fresh = RunReader.read(run);
        Files.delete(heartbeat);
        StoredRun missing = RunReader.read(run);

        assertThat(stale.state()).isEqualTo(RunState.INTERRUPTED);
        assertThat(stale.message()).contains("heartbeat").contains("--resume");
        assertThat(fresh.state()).isEqualTo(RunState.RUNNING);
        assertThat(missing.state()).isEqualTo(RunState.INTERRUPTED);
    }

    @Test
    void unfinishedSeedsOfDeadWriterAreInterrupted() throws Exception {
        Path run = temp.resolve("run");
        TrainingJob.start(StoreFixtures.tiny(2, 5), run, StoreFixtures.fakeSettings(1, 0), null).await();
        // What SIGKILL leaves while seed 1 trains: run state RUNNING and seed 1 RUNNING.
        String killed = Files.readString(RunLayout.runJson(run)).replace("\"FINISHED\"", "\"RUNNING\"");
        int seedOne = killed.indexOf("\"DONE\"", killed.indexOf("\"DONE\"") + 1);
        killed = killed.substring(0, seedOne) + "\"RUNNING\"" + killed.substring(seedOne + "\"DONE\"".length());
        Files.writeString(RunLayout.runJson(run), killed);
        Path heartbeat = RunLayout.heartbeat(run);

        Files.delete(heartbeat);
        StoredRun interrupted = RunReader.read(run);
        Files.writeString(heartbeat, "pid=" + ProcessHandle.current().pid());
        StoredRun live = RunReader.read(run);

        assertThat(interrupted.state()).isEqualTo(RunState.INTERRUPTED);
        assertThat(interrupted.interruptedSeeds()).extracting(StoredSeed::seed).containsExactly(1L);
        assertThat(interrupted.isInterrupted(interrupted.seeds().get(0))).isFalse();
        assertThat(interrupted.interruptedProgress(interrupted.seeds().get(1)))
                .isEqualTo("interrupted after 5 of 5 meta-steps");
        assertThat(live.state()).isEqualTo(RunState.RUNNING);
        assertThat(live.interruptedSeeds()).isEmpty();
    }

    @Test
    void finishedRunReadsAsFinished() throws Exception {
        Path run = temp.resolve("run");

        TrainingJob.start(StoreFixtures.tiny(1, 5), run, StoreFixtures.fakeSettings(1, 0), null).await();
        Files.setLastModifiedTime(RunLayout.heartbeat(run), FileTime.from(Instant.now().minusSeconds(60)));

        assertThat(RunReader.read(run).state()).isEqualTo(RunState.FINISHED);
    }

    /** Counts of a possibly partial seed. */
    private record SeedResultView(int steps, int snapshots) {
        SeedResultView(StoredSeed seed) {
            this(seed.result().stepsRecorded(), seed.result().snapshots().length);
        }
    }
}
