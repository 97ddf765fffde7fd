package org.rulescape.core.analysis.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleResultStoreTest {

    @TempDir
    Path run;

    private static RuleAnalysisResult sampleResult() {
        List<RuleSeed> seeds = List.of(new RuleSeed(4, RuleFixtures.randomAlpha(16, 0.3, 1)),
                new RuleSeed(5, RuleFixtures.randomAlpha(16, 0.3, 2)),
                new RuleSeed(7, RuleFixtures.randomAlpha(16, 0.3, 3)));
        return RuleAnalysis.analyze(seeds, ProbeSet.defaults(10), List.of("seed 6: no alpha snapshot was recorded"));
    }

    @Test
    void resultRoundTrips() throws IOException {
        RuleAnalysisResult written = sampleResult();
        GradientSurvey survey = new GradientSurvey(3, 100, 2, 0.01, 0.2, 0.9, 0.005, 0.1, 0.5, 0.99);

        RuleResultStore.write(run, written, survey);
        RuleResultStore.Stored stored = RuleResultStore.read(run);
        RuleAnalysisResult read = stored.result();

        assertThat(read.seeds()).isEqualTo(written.seeds());
        assertThat(read.seedNumbers()).containsExactly(4, 5, 7);
        assertThat(read.alphas()).isDeepEqualTo(written.alphas());
        assertThat(read.updates()).isDeepEqualTo(written.updates());
        assertThat(read.functionDistances()).isDeepEqualTo(written.functionDistances());
        assertThat(read.rawDistances()).isDeepEqualTo(written.rawDistances());
        assertThat(read.probe().g()).containsExactly(written.probe().g());
        assertThat(read.probe().steps()).containsExactly(0, 5, 9);
        assertThat(read.skipped()).containsExactly("seed 6: no alpha snapshot was recorded");
        assertThat(stored.survey()).contains(survey);
    }

    @Test
    void filesAreInAnalysisFolder() throws IOException {
        RuleResultStore.write(run, sampleResult(), null);

        Path folder = run.resolve("analysis/rule");
        assertThat(folder.resolve("rule.json")).exists();
        assertThat(folder.resolve("function_distances.npy")).exists();
        assertThat(folder.resolve("raw_distances.npy")).exists();
        long header = 10 + headerLength(folder);
        assertThat(header % 64).as("header padded to 64 bytes").isZero();
        assertThat(folder.resolve("updates.npy")).hasSize(header + 3L * 3 * 41 * 41 * 8);
        assertThat(RuleResultStore.read(run).survey()).isEmpty();
    }

    @Test
    void truncatedMatrixNamesFile() throws IOException {
        RuleResultStore.write(run, sampleResult(), null);
        Path file = run.resolve("analysis/rule/raw_distances.npy");
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 8));

        assertThatThrownBy(() -> RuleResultStore.read(run))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("raw_distances.npy")
                .hasMessageContaining("cut short");
    }

    @Test
    void missingAnalysisNamesCommand() {
        assertThatThrownBy(() -> RuleResultStore.read(run))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("rule.json not found")
                .hasMessageContaining("rulescape rule");
    }

    private static long headerLength(Path folder) throws IOException {
        byte[] bytes = Files.readAllBytes(folder.resolve("updates.npy"));
        return ((bytes[9] & 0xFF) << 8) | (bytes[8] & 0xFF);
    }
}
