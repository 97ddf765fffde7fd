package org.rulescape.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rulescape.core.experiment.CancellationToken;
import org.rulescape.core.experiment.ExperimentRunner;
import org.rulescape.core.experiment.SeedResult;
import org.rulescape.core.experiment.TrainingJob;
import org.rulescape.core.experiment.TrainingListener;
import org.rulescape.core.model.ExperimentConfig;
import org.rulescape.core.model.Regime;

/** The real kernel gives the same bits whatever the thread count or the order of the seeds. */
class DeterminismTest {

    @TempDir
    Path temp;

    private static ExperimentConfig small() {
        return Regime.DEBUG.config().toBuilder().regime(Regime.CUSTOM).metaSteps(15).innerSteps(4).metaBatch(2)
                .seedCount(3).snapshotEvery(4).build();
    }

    @Test
    void threadsAndOrderDoNotChangeBits() {
        ExperimentConfig config = small();

        List<SeedResult> oneThread = new ExperimentRunner(1)
                .run(config, List.of(0L, 1L, 2L), Map.of(), TrainingListener.NONE, CancellationToken.none());
        List<SeedResult> twoThreadsReversed = new ExperimentRunner(2)
                .run(config, List.of(2L, 0L, 1L), Map.of(), TrainingListener.NONE, CancellationToken.none());

        for (int i = 0; i < 3; i++) {
            SeedResult a = oneThread.get(i);
            SeedResult b = twoThreadsReversed.get((i + 1) % 3);
            assertThat(b.seed()).isEqualTo(a.seed());
            assertThat(java.util.Arrays.equals(a.metaLoss(), b.metaLoss())).as("meta-loss of seed %d", i).isTrue();
            assertThat(java.util.Arrays.equals(a.gradNorm(), b.gradNorm())).as("grad norm of seed %d", i).isTrue();
            assertThat(a.snapshots().length).isEqualTo(b.snapshots().length);
            for (int k = 0; k < a.snapshots().length; k++) {
                assertThat(java.util.Arrays.equals(a.snapshots()[k], b.snapshots()[k]))
                        .as("snapshot %d of seed %d", k, i).isTrue();
            }
        }
    }

    @Test
    void storedFilesAreByteIdenticalAcrossThreadCounts() throws Exception {
        ExperimentConfig config = small();
        Path one = temp.resolve("one");
        Path two = temp.resolve("two");

        TrainingJob.start(config, one, 1, null).await();
        TrainingJob.start(config, two, 2, null).await();

        for (int seed = 0; seed < 3; seed++) {
            for (String name : new String[] {RunLayout.METRICS_CSV, RunLayout.SNAPSHOTS_NPY,
                    RunLayout.SNAPSHOT_STEPS_NPY}) {
                byte[] a = Files.readAllBytes(RunLayout.seedDir(one, seed).resolve(name));
                byte[] b = Files.readAllBytes(RunLayout.seedDir(two, seed).resolve(name));
                assertThat(b).as("%s of seed %d", name, seed).isEqualTo(a);
            }
        }
    }
}
