package org.rulescape.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rulescape.core.experiment.SeedResult;
import org.rulescape.core.experiment.SeedState;
import org.rulescape.core.experiment.TrainingJob;
import org.rulescape.core.model.ExperimentConfig;
import org.rulescape.core.model.Regime;

/** An interrupted run, once resumed, ends with the same bytes as a run that was never interrupted. */
class ResumeTest {
    private static final String[] SEED_FILES = {RunLayout.METRICS_CSV, RunLayout.SNAPSHOTS_NPY,
            RunLayout.SNAPSHOT_STEPS_NPY};

    @TempDir
    Path temp;

    private static void assertSameSeedFiles(Path expected, Path actual, int seeds, String context) throws Exception {
        for (int seed = 0; seed < seeds; seed++) {
            for (String name : SEED_FILES) {
                byte[] a = Files.readAllBytes(RunLayout.seedDir(expected, seed).resolve(name));
                byte[] b = Files.readAllBytes(RunLayout.seedDir(actual, seed).resolve(name));
                assertThat(b).as("%s of seed %d (%s)", name, seed, context).isEqualTo(a);
            }
        }
    }

    @Test
    void cancelledRunResumesFromCheckpointsBitwise() throws Exception {
        ExperimentConfig config = StoreFixtures.tiny(3, 1000);
        Path reference = temp.resolve("reference");
        Path run = temp.resolve("run");
        TrainingJob.start(config, reference, StoreFixtures.fakeSettings(2, 0), null).await();

        TrainingJob first = TrainingJob.start(config, run, StoreFixtures.fakeSettings(2, 3).withCheckpointEvery(10),
                null);
        Thread.sleep(2500);
        first.cancel();
        first.await();
        ResumePlan plan = ResumePlan.load(run);
        List<SeedResult> resumed = TrainingJob.resume(run, StoreFixtures.fakeSettings(1, 0), null).await();

        assertThat(plan.checkpoints()).as("checkpoints written before the cancel").isNotEmpty();
        assertThat(resumed).extracting(SeedResult::state).containsOnly(SeedState.DONE);
        assertThat(RunReader.read(run).state()).isEqualTo(RunState.FINISHED);
        assertSameSeedFiles(reference, run, 3, "cancelled then resumed");
        assertThat(StoreFixtures.files(run)).noneMatch(p -> p.endsWith(RunLayout.CHECKPOINT));
    }

    @Test
    void checkpointRoundTripsBitwise() throws Exception {
        ExperimentConfig config = StoreFixtures.tiny(1, 40);
        List<org.rulescape.core.experiment.SeedCheckpoint> taken = new ArrayList<>();
        new org.rulescape.core.experiment.SeedTrainer(config, new StoreFixtures.QuadraticKernel(0))
                .checkpointEvery(15)
                .train(0, new org.rulescape.core.experiment.TrainingListener() {
                    @Override
                    public void checkpoint(org.rulescape.core.experiment.SeedCheckpoint checkpoint) {
                        taken.add(checkpoint);
                    }
                }, org.rulescape.core.experiment.CancellationToken.none());
        org.rulescape.core.experiment.SeedCheckpoint original = taken.get(1);

        CheckpointFiles.write(StoreWriter.ATOMIC, temp, original);
        org.rulescape.core.experiment.SeedCheckpoint read = CheckpointFiles.read(temp.resolve(RunLayout.CHECKPOINT), 81);

        assertThat(read.nextStep()).isEqualTo(30);
        assertThat(read.alpha()).isEqualTo(original.alpha());
        assertThat(read.adam().firstMoment()).isEqualTo(original.adam().firstMoment());
        assertThat(read.adam().secondMoment()).isEqualTo(original.adam().secondMoment());
        assertThat(read.adam().updates()).isEqualTo(30);
        assertThat(read.metaLoss()).isEqualTo(original.metaLoss());
        assertThat(read.snapshotSteps()).isEqualTo(original.snapshotSteps());
        assertThat(read.snapshots()).isEqualTo(original.snapshots());
    }

    @Test
    void damagedCheckpointIsRejectedByName() throws Exception {
        Path file = temp.resolve(RunLayout.CHECKPOINT);
        Files.write(file, "RSCKPT1\n-garbage-bytes-".getBytes());

        assertThatThrownBy(() -> CheckpointFiles.read(file, 81)).isInstanceOf(RunFormatException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("checksum");
    }

    @Test
    void finishedRunIsNotResumed() throws Exception {
        Path run = temp.resolve("run");
        TrainingJob.start(StoreFixtures.tiny(1, 5), run, StoreFixtures.fakeSettings(1, 0), null).await();

        assertThatThrownBy(() -> ResumePlan.load(run)).isInstanceOf(RunFormatException.class)
                .hasMessageContaining("FINISHED");
    }

    /**
     * A writer killed between the files of one periodic write leaves an incomplete set. Every
     * such moment, on the first write of a seed and on a later one, must read as interrupted
     * rather than damaged, and the resume must use the checkpoint when there is one.
     */
    @Test
    void killBetweenSeedFilesResumesToSameBytes() throws Exception {
        ExperimentConfig config = StoreFixtures.tiny(1, 40);
        Path reference = temp.resolve("reference");
        TrainingJob.start(config, reference, StoreFixtures.fakeSettings(1, 0), null).await();
        LiveCapture live = LiveCapture.train(config);

        for (boolean earlierWrite : new boolean[] {false, true}) {
            for (boolean withCheckpoint : new boolean[] {false, true}) {
                for (int filesWritten = 0; filesWritten < 3; filesWritten++) {
                    String context = "earlier write " + earlierWrite + ", checkpoint " + withCheckpoint + ", "
                            + filesWritten + " of 3 files of the step-20 write";
                    Path run = temp.resolve("run-" + earlierWrite + "-" + withCheckpoint + "-" + filesWritten);
                    Path seedDir = RunLayout.seedDir(run, 0);
                    writeInterruptedRunJson(run, config, 20);
                    if (withCheckpoint) {
                        CheckpointFiles.write(StoreWriter.ATOMIC, seedDir, live.checkpointAt20);
                    }
                    if (earlierWrite) {
                        SeedFiles.write(StoreWriter.ATOMIC, seedDir, live.recordsAt10);
                    }
                    SeedFiles.write(cutAfter(filesWritten), seedDir, live.recordsAt20);

                    StoredRun stored = RunReader.read(run);
                    StoredSeed seed = stored.seeds().get(0);
                    assertThat(stored.state()).as(context).isEqualTo(RunState.INTERRUPTED);
                    assertThat(seed.problem()).as(context).isEmpty();
                    int rows = seed.result().metaLoss().length;
                    assertThat(java.util.Arrays.stream(seed.result().snapshotSteps()).max().orElse(0))
                            .as("last snapshot step within %d metric rows, %s", rows, context)
                            .isLessThanOrEqualTo(rows);
                    assertThat(ResumePlan.load(run).checkpoints().keySet()).as(context)
                            .isEqualTo(withCheckpoint ? java.util.Set.of(0L) : java.util.Set.of());

                    TrainingJob.resume(run, StoreFixtures.fakeSettings(1, 0), null).await();
                    assertThat(RunReader.read(run).state()).as(context).isEqualTo(RunState.FINISHED);
                    assertSameSeedFiles(reference, run, 1, context);
                }
            }
        }
    }

    /** The file sets seen after killed FULL runs: metrics.csv without one or both snapshot files. */
    @Test
    void runningSeedWithMissingSnapshotFileIsNotDamaged() throws Exception {
        ExperimentConfig config = StoreFixtures.tiny(1, 40);
        LiveCapture live = LiveCapture.train(config);
        for (String missing : List.of(RunLayout.SNAPSHOT_STEPS_NPY, RunLayout.SNAPSHOTS_NPY)) {
            Path run = temp.resolve("missing-" + missing);
            Path seedDir = RunLayout.seedDir(run, 0);
            writeInterruptedRunJson(run, config, 20);
            CheckpointFiles.write(StoreWriter.ATOMIC, seedDir, live.checkpointAt20);
            SeedFiles.write(StoreWriter.ATOMIC, seedDir, live.recordsAt20);
            Files.delete(seedDir.resolve(missing));

            StoredSeed seed = RunReader.read(run).seeds().get(0);

            assertThat(seed.problem()).as("problem with %s missing", missing).isEmpty();
            assertThat(seed.result().metaLoss()).as("metrics with %s missing", missing).hasSize(20);
            assertThat(seed.result().snapshotSteps()).as("snapshots with %s missing", missing).isEmpty();
            assertThat(ResumePlan.load(run).checkpoints()).as("checkpoints with %s missing", missing)
                    .containsOnlyKeys(0L);
        }
    }

    /** Records and checkpoint of a seed as the recorder keeps them after meta-steps 10 and 20. */
    private record LiveCapture(SeedFiles.Records recordsAt10, SeedFiles.Records recordsAt20,
            org.rulescape.core.experiment.SeedCheckpoint checkpointAt20) {

        static LiveCapture train(ExperimentConfig config) {
            LiveSeed live = new LiveSeed(SeedStatus.queued(0));
            List<SeedFiles.Records> records = new ArrayList<>();
            List<org.rulescape.core.experiment.SeedCheckpoint> checkpoints = new ArrayList<>();
            new org.rulescape.core.experiment.SeedTrainer(config, new StoreFixtures.QuadraticKernel(0))
                    .checkpointEvery(10)
                    .train(0, new org.rulescape.core.experiment.TrainingListener() {
                        @Override
                        public void metaStep(long seed, int step, double metaLoss, double gradNorm) {
                            live.step(step, metaLoss, gradNorm);
                        }

                        @Override
                        public void snapshot(long seed, int step, double[] alpha) {
                            live.snapshot(step, alpha);
                        }

                        @Override
                        public void checkpoint(org.rulescape.core.experiment.SeedCheckpoint checkpoint) {
                            records.add(live.takeDirtyRecords());
                            checkpoints.add(checkpoint);
                        }
                    }, org.rulescape.core.experiment.CancellationToken.none());
            assertThat(checkpoints.get(1).nextStep()).isEqualTo(20);
            assertThat(records.get(0).snapshotSteps()).as("live snapshots start with the initial alpha")
                    .startsWith(0, 5, 10);
            return new LiveCapture(records.get(0), records.get(1), checkpoints.get(1));
        }
    }

    /** Writes run.json of a run whose writer died with seed 0 RUNNING; no heartbeat, so INTERRUPTED. */
    private static void writeInterruptedRunJson(Path run, ExperimentConfig config, int steps) throws Exception {
        RunDocument document = new RunDocument(RunLayout.FORMAT_VERSION, RunState.RUNNING, "", config, 1, 10,
                List.of(SeedStatus.queued(0).running(steps)), Provenance.startingNow());
        AtomicFiles.writeString(RunLayout.runJson(run), RunJson.write(document));
    }

    /** Returns a writer that stops after {@code files} files, as if its process was killed then. */
    private static StoreWriter cutAfter(int files) {
        int[] written = {0};
        return (target, content) -> {
            if (written[0]++ < files) {
                StoreWriter.ATOMIC.write(target, content);
            }
        };
    }

    @Test
    void killedTrainProcessResumesToSameBytes() throws Exception {
        // Long enough seeds (about a second or more each) that a kill soon after the first checkpoint
        // almost always finds a running seed with a checkpoint on disk.
        ExperimentConfig config = Regime.DEBUG.config().toBuilder().regime(Regime.CUSTOM).metaSteps(1000)
                .metaBatch(8).innerSteps(20).build();
        Path reference = temp.resolve("reference");
        Path run = temp.resolve("run");
        TrainingJob.start(config, reference, 2, null).await();
        long randomSeed = System.nanoTime();
        Random random = new Random(randomSeed);
        String context = "random seed " + randomSeed;

        List<String> trainArgs = List.of("train", "--out", run.toString(), "--meta-steps", "1000",
                "--meta-batch", "8", "--inner-steps", "20",
                "--checkpoint-every", "10", "--threads", "2");
        List<String> resumeArgs = List.of("train", "--resume", run.toString(), "--checkpoint-every", "10",
                "--threads", "2");
        int kills = 0;
        int resumedFromCheckpoints = 0;
        int exit = -1;
        // Keep killing until at least two kills happened and one of them found a checkpoint to resume
        // from; a kill can land just after a seed finished and before the next one checkpointed.
        for (int attempt = 0; attempt < 8; attempt++) {
            Process process = startChild(attempt == 0 ? trainArgs : resumeArgs, attempt);
            boolean killThisOne = attempt < 7 && (kills < 2 || resumedFromCheckpoints == 0);
            if (killThisOne && waitForCheckpoint(run, process)) {
                Thread.sleep(random.nextInt(400));
                if (process.isAlive()) {
                    process.destroyForcibly();
                    process.waitFor(10, TimeUnit.SECONDS);
                    if (RunReader.read(run).state() == RunState.FINISHED) {
                        // The child finished its run before the kill landed (it was shutting down).
                        exit = 0;
                        break;
                    }
                    kills++;
                    for (StoredSeed seed : RunReader.read(run).seeds()) {
                        assertThat(seed.problem()).as("seed %d after kill %d, %s", seed.seed(), kills, context)
                                .isEmpty();
                    }
                    resumedFromCheckpoints += ResumePlan.load(run).checkpoints().size();
                    continue;
                }
            }
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("child finished, %s", context).isTrue();
            exit = process.exitValue();
            break;
        }

        assertThat(kills).as("children killed, %s", context).isPositive();
        assertThat(resumedFromCheckpoints).as("seeds resumed from a checkpoint, %s", context).isPositive();
        assertThat(exit).as("exit code of the last child, %s; log in %s", context, temp).isZero();
        StoredRun stored = RunReader.read(run);
        assertThat(stored.state()).isEqualTo(RunState.FINISHED);
        assertThat(stored.config().toBuilder().regime(Regime.CUSTOM).build()).isEqualTo(config);
        assertSameSeedFiles(reference, run, 3, context + ", " + kills + " kills");
    }

    private Process startChild(List<String> args, int attempt) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        command.add("-Dorg.bytedeco.javacpp.maxbytes=1G");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("org.rulescape.Main");
        command.addAll(args);
        File log = temp.resolve("child-" + attempt + ".log").toFile();
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
    }

    /** Waits until the child wrote a checkpoint of some seed; false when it exited first. */
    private static boolean waitForCheckpoint(Path run, Process process) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline && process.isAlive()) {
            for (int seed = 0; seed < 3; seed++) {
                if (Files.exists(RunLayout.seedDir(run, seed).resolve(RunLayout.CHECKPOINT))) {
                    return true;
                }
            }
            Thread.sleep(20);
        }
        return false;
    }
}
