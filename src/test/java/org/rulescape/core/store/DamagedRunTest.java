package org.rulescape.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rulescape.core.experiment.TrainingJob;

class DamagedRunTest {

    @TempDir
    Path temp;

    private Path run;

    @BeforeEach
    void writeRun() throws Exception {
        run = temp.resolve("run");
        TrainingJob.start(StoreFixtures.tiny(3, 12), run, StoreFixtures.fakeSettings(2, 0), null).await();
    }

    private Path seedFile(long seed, String name) {
        return RunLayout.seedDir(run, seed).resolve(name);
    }

    private StoredSeed readSeed(long seed) throws Exception {
        StoredRun stored = RunReader.read(run);
        assertThat(stored.seeds()).filteredOn(s -> s.seed() != seed).allMatch(s -> s.result() != null);
        return stored.seeds().get((int) seed);
    }

    @Test
    void truncatedCsvNamesFileAndCut() throws Exception {
        Path csv = seedFile(1, RunLayout.METRICS_CSV);
        byte[] bytes = Files.readAllBytes(csv);
        Files.write(csv, Arrays.copyOf(bytes, bytes.length - 7));

        StoredSeed seed = readSeed(1);

        assertThat(seed.result()).isNull();
        assertThat(seed.problem()).contains(csv.toString()).contains("cut short");
    }

    @Test
    void csvMissingRowsNamesExpectedCount() throws Exception {
        Path csv = seedFile(0, RunLayout.METRICS_CSV);
        String text = Files.readString(csv);
        Files.writeString(csv, text.substring(0, text.indexOf("\n5,") + 1));

        StoredSeed seed = readSeed(0);

        assertThat(seed.problem()).contains(csv.toString()).contains("expected 12 rows").contains("found 5");
    }

    @Test
    void unparsableNumberNamesLineAndColumn() throws Exception {
        Path csv = seedFile(2, RunLayout.METRICS_CSV);
        String text = Files.readString(csv);
        Files.writeString(csv, text.replaceFirst("\n3,[^,]*,", "\n3,abc,"));

        StoredSeed seed = readSeed(2);

        assertThat(seed.problem()).contains(csv.toString()).contains("line 5").contains("meta_loss").contains("'abc'");
    }

    @Test
    void corruptedNpyHeaderNamesFile() throws Exception {
        Path npy = seedFile(1, RunLayout.SNAPSHOTS_NPY);
        byte[] bytes = Files.readAllBytes(npy);
        bytes[1] = 'X';
        Files.write(npy, bytes);

        StoredSeed seed = readSeed(1);

        assertThat(seed.problem()).contains(npy.toString()).contains("NUMPY");
    }

    @Test
    void truncatedNpyNamesShapeAndSize() throws Exception {
        Path npy = seedFile(0, RunLayout.SNAPSHOTS_NPY);
        byte[] bytes = Files.readAllBytes(npy);
        Files.write(npy, Arrays.copyOf(bytes, bytes.length - 100));

        StoredSeed seed = readSeed(0);

        assertThat(seed.problem()).contains(npy.toString()).contains("shape [4, 81]").contains("cut short");
    }

    @Test
    void wrongNpyDtypeNamesBothTypes() throws Exception {
        Path steps = seedFile(0, RunLayout.SNAPSHOT_STEPS_NPY);
        Files.copy(seedFile(0, RunLayout.SNAPSHOTS_NPY), steps, java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        StoredSeed seed = readSeed(0);

        assertThat(seed.problem()).contains(steps.toString()).contains("expected dtype <i8, found <f8");
    }

    @Test
    void missingSeedFileNamesIt() throws Exception {
        Path npy = seedFile(2, RunLayout.SNAPSHOT_STEPS_NPY);
        Files.delete(npy);

        StoredSeed seed = readSeed(2);

        assertThat(seed.problem()).contains(npy.toString()).contains("missing");
    }

    @Test
    void badJsonFailsNamingRunJson() throws Exception {
        Path json = RunLayout.runJson(run);
        String text = Files.readString(json);
        Files.writeString(json, text.substring(0, text.length() / 2));

        assertThatThrownBy(() -> RunReader.read(run)).isInstanceOf(RunFormatException.class)
                .hasMessageContaining(json.toString()).hasMessageContaining("unparsable");
    }

    @Test
    void missingFieldIsNamed() throws Exception {
        Path json = RunLayout.runJson(run);
        Files.writeString(json, Files.readString(json).replace("\"inner_steps\"", "\"inner_stepz\""));

        assertThatThrownBy(() -> RunReader.read(run)).isInstanceOf(RunFormatException.class)
                .hasMessageContaining(json.toString()).hasMessageContaining("missing field 'config.inner_steps'");
    }

    @Test
    void wrongFieldTypeIsNamed() throws Exception {
        Path json = RunLayout.runJson(run);
        Files.writeString(json, Files.readString(json).replace("\"meta_steps\" : 12", "\"meta_steps\" : \"twelve\""));

        assertThatThrownBy(() -> RunReader.read(run)).isInstanceOf(RunFormatException.class)
                .hasMessageContaining("field 'config.meta_steps' must be an integer");
    }

    @Test
    void newerFormatVersionIsRejectedNamingBoth() throws Exception {
        Path json = RunLayout.runJson(run);
        Files.writeString(json, Files.readString(json).replace("\"format_version\" : 1", "\"format_version\" : 7"));

        assertThatThrownBy(() -> RunReader.read(run)).isInstanceOf(RunFormatException.class)
                .hasMessageContaining(json.toString()).hasMessageContaining("format_version 7")
                .hasMessageContaining("format_version 1 at most");
    }

    @Test
    void missingRunJsonIsNamed() throws Exception {
        Files.delete(RunLayout.runJson(run));

        assertThatThrownBy(() -> RunReader.read(run)).isInstanceOf(RunFormatException.class)
                .hasMessageContaining("run.json").hasMessageContaining("missing");
    }
}
