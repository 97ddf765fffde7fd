package org.rulescape.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rulescape.core.experiment.SeedResult;
import org.rulescape.core.experiment.SeedState;
import org.rulescape.core.experiment.TrainingJob;
import org.rulescape.core.model.ExperimentConfig;
import org.rulescape.core.model.Regime;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvWriteOptions;

class RunRoundTripTest {

    @TempDir
    Path temp;

    @Test
    void fakeKernelRunReadsBackBitwise() throws Exception {
        ExperimentConfig config = StoreFixtures.tiny(3, 23);
        Path run = temp.resolve("run");

        TrainingJob job = TrainingJob.start(config, run, StoreFixtures.fakeSettings(2, 0), null);
        List<SeedResult> results = job.await();
        StoredRun stored = RunReader.read(run);

        assertThat(job.state()).isEqualTo(RunState.FINISHED);
        assertThat(stored.state()).isEqualTo(RunState.FINISHED);
        assertThat(stored.formatVersion()).isEqualTo(RunLayout.FORMAT_VERSION);
        assertThat(stored.config()).isEqualTo(config);
        assertThat(stored.provenance().finished()).isNotNull();
        assertThat(stored.provenance().cores()).isPositive();
        assertThat(stored.seeds()).hasSize(3);
        assertThat(stored.usableSeeds()).hasSize(3);
        for (int i = 0; i < 3; i++) {
            StoredSeed seed = stored.seeds().get(i);
            assertThat(seed.problem()).isEmpty();
            assertThat(seed.state()).isEqualTo(SeedState.DONE);
            assertThat(StoreFixtures.sameRecords(seed.result(), results.get(i)))
                    .as("records of seed %d read back bitwise", i).isTrue();
        }
        assertThat(stored.seeds().get(0).result().snapshotSteps()).containsExactly(0, 5, 10, 15, 20, 23);
    }

    @Test
    void realDebugRunReadsBack() throws Exception {
        ExperimentConfig config = Regime.DEBUG.config();
        Path run = temp.resolve("debug");

        List<SeedResult> results = TrainingJob.start(config, run, 2, null).await();
        StoredRun stored = RunReader.read(run);

        assertThat(stored.state()).isEqualTo(RunState.FINISHED);
        assertThat(results).extracting(SeedResult::state).containsOnly(SeedState.DONE);
        for (int i = 0; i < results.size(); i++) {
            assertThat(StoreFixtures.sameRecords(stored.seeds().get(i).result(), results.get(i))).isTrue();
            assertThat(results.get(i).metaLoss()).hasSize(100);
            assertThat(results.get(i).snapshots()[0]).hasSize(81);
        }
    }

    @Test
    void nonFiniteMetricsSurviveAsWritten() throws Exception {
        Path seedDir = temp.resolve("seed");
        double[] loss = {1.5, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 4.9e-324};
        double[] norm = {0.1, 0.2, Double.NaN, 1e300, -0.0};
        double[][] snapshots = {{1.0, 2.0}};
        SeedFiles.write(StoreWriter.ATOMIC, seedDir,
                new SeedFiles.Records(5, loss, norm, 1, new int[] {0}, snapshots));

        double[][] metrics = SeedFiles.readMetrics(seedDir.resolve(RunLayout.METRICS_CSV));
        String csv = Files.readString(seedDir.resolve(RunLayout.METRICS_CSV));

        assertThat(metrics[0]).isEqualTo(loss);
        assertThat(metrics[1]).isEqualTo(norm);
        assertThat(csv).contains("1,NaN,0.2").contains("2,Infinity,NaN").contains("3,-Infinity,1.0E300");
    }

    @Test
    void noTemporaryFilesRemain() throws Exception {
        Path run = temp.resolve("run");

        TrainingJob.start(StoreFixtures.tiny(2, 10), run, StoreFixtures.fakeSettings(1, 0), null).await();

        assertThat(StoreFixtures.files(run)).noneMatch(path -> path.getFileName().toString().endsWith(".tmp"));
        assertThat(StoreFixtures.files(run)).contains(Path.of("run.json"),
                Path.of("seeds", "seed-0", "metrics.csv"), Path.of("seeds", "seed-1", "snapshots.npy"),
                Path.of("seeds", "seed-1", "snapshot_steps.npy"));
    }

    @Test
    void metricsCsvBytesMatchTablesaw() throws Exception {
        double[] loss = {1.5, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 4.9e-324, 0.0123};
        double[] norm = {0.1, 0.2, Double.NaN, 1e300, -0.0, 123456789.0};
        for (int steps : new int[] {0, 1, loss.length}) {
            SeedFiles.Records records = new SeedFiles.Records(steps, loss, norm, 0, new int[0], new double[0][]);
            IntColumn step = IntColumn.create("step", steps);
            StringColumn lossColumn = StringColumn.create("meta_loss");
            StringColumn normColumn = StringColumn.create("grad_norm");
            for (int i = 0; i < steps; i++) {
                step.set(i, i);
                lossColumn.append(Double.toString(loss[i]));
                normColumn.append(Double.toString(norm[i]));
            }
            ByteArrayOutputStream tablesaw = new ByteArrayOutputStream();
            Table.create("metrics", step, lossColumn, normColumn).write()
                    .csv(CsvWriteOptions.builder(tablesaw).lineEnd("\n").build());

            assertThat(SeedFiles.metricsCsv(records)).as("%d rows", steps).isEqualTo(tablesaw.toByteArray());
        }
    }
}
