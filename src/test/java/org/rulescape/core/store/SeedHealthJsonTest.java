package org.rulescape.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rulescape.core.experiment.SeedHealth;
import org.rulescape.core.experiment.SeedResult;
import org.rulescape.core.experiment.TrainingJob;
import org.rulescape.core.model.ExperimentConfig;

class SeedHealthJsonTest {

    @TempDir
    Path temp;

    @Test
    void runJsonCarriesHealthOfEndedSeeds() throws Exception {
        ExperimentConfig config = StoreFixtures.tiny(2, 12);
        Path run = temp.resolve("run");
        List<SeedResult> results = TrainingJob.start(config, run, StoreFixtures.fakeSettings(1, 0), null).await();
        Path file = run.resolve("run.json");

        RunDocument document = RunJson.read(file, Files.readAllBytes(file));

        for (int i = 0; i < results.size(); i++) {
            assertThat(document.seeds().get(i).health()).as("seed %d", i)
                    .isEqualTo(SeedHealth.of(results.get(i)));
        }
        assertThat(Files.readString(file)).contains("\"health\"", "\"final_level\"", "\"unstable_factor\"");
    }

    @Test
    void runWithoutHealthStillReads() throws Exception {
        ExperimentConfig config = StoreFixtures.tiny(2, 12);
        Path run = temp.resolve("run");
        TrainingJob.start(config, run, StoreFixtures.fakeSettings(1, 0), null).await();
        Path file = run.resolve("run.json");
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = (ObjectNode) mapper.readTree(file.toFile());
        root.withArray("seeds").forEach(seed -> ((ObjectNode) seed).remove("health"));
        byte[] older = mapper.writeValueAsString(root).getBytes(StandardCharsets.UTF_8);

        RunDocument document = RunJson.read(file, older);

        assertThat(document.seeds()).hasSize(2);
        assertThat(document.seeds()).allSatisfy(seed -> assertThat(seed.health()).isNull());
        assertThat(RunReader.read(run).usableSeeds()).hasSize(2);
    }
}
