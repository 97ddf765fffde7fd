package org.rulescape.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rulescape.core.analysis.GeometryFiles;
import picocli.CommandLine;

/**
 * {@code figures} recomputes the geometry with the options that {@code analyze} stored, so its
 * figures show the stored numbers, and never replaces the stored analysis.
 */
class FiguresStoredOptionsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path folder;
    /** The sample DEBUG run analyzed with a threshold of 0.55, where D is 1 and D90 would be 2. */
    static Path analyzed;

    @BeforeAll
    static void analyzeWithOtherOptions() throws IOException {
        analyzed = RunCopies.debugRun(folder.resolve("analyzed"));
        Result result = run("analyze", analyzed.toString(), "--threshold", "0.55", "--seed", "11",
                "--bootstrap", "300", "--null-draws", "120", "--time-null-draws", "40", "--pca-bootstrap", "RESAMPLE");
        assertThat(result.code()).as(result.err()).isZero();
    }

    private record Result(int code, String out, String err) {
    }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine line = new CommandLine(new RulescapeCommand());
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        int code = line.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void figuresShowStoredAnalysis() throws IOException {
        Path out = folder.resolve("stored-figures");
        Map<String, byte[]> before = RunCopies.contents(GeometryFiles.folder(analyzed));

        Result result = run("figures", analyzed.toString(), "--out", out.toString(), "--format", "png",
                "--no-compute");

        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.err()).contains("with the options of the stored analysis in "
                + GeometryFiles.summaryFile(analyzed));
        JsonNode summary = JSON.readTree(GeometryFiles.summaryFile(analyzed).toFile());
        JsonNode pca = summary.at("/sets/final/pca");
        JsonNode scree = JSON.readTree(out.resolve("scree.json").toFile()).get("metadata");
        assertThat(Double.parseDouble(scree.get("threshold").asText())).isEqualTo(0.55);
        assertThat(Integer.parseInt(scree.get("dimension").asText())).isEqualTo(pca.at("/dimension/value").asInt());
        assertThat(scree.get("dimension_bootstrap_range").asText()).isEqualTo(
                pca.at("/dimension/interval/lower").asDouble() + "-" + pca.at("/dimension/interval/upper").asDouble());
        assertThat(Double.parseDouble(scree.get("null_dimension").asText()))
                .isEqualTo(summary.at("/sets/final/null/gaussian/dimension_median").asDouble());
        assertThat(scree.get("analysis").asText()).contains("300 draws, resample PCA bootstrap")
                .contains("reaching 0.55 cumulative").contains("120 Gaussian draws (40 per snapshot time)")
                .contains("analysis seed 11");
        assertSameDimensionOverTime(summary.get("dimension_over_time"), out.resolve("d90_over_time.csv"));
        Map<String, byte[]> after = RunCopies.contents(GeometryFiles.folder(analyzed));
        assertThat(after.keySet()).containsExactlyElementsOf(before.keySet());
        for (String file : before.keySet()) {
            assertThat(after.get(file)).as("stored %s unchanged", file).isEqualTo(before.get(file));
        }
    }

    @Test
    void damagedOptionsFallBackToDefaultsWithWarning() throws IOException {
        Path damaged = RunCopies.debugRun(folder.resolve("damaged"));
        Path summary = GeometryFiles.summaryFile(damaged);
        Files.createDirectories(summary.getParent());
        String stored = Files.readString(GeometryFiles.summaryFile(analyzed));
        assertThat(stored).contains("\"threshold\" : 0.55");
        Files.writeString(summary, stored.replace("\"threshold\" : 0.55", "\"threshold\" : 1.5"));
        byte[] before = Files.readAllBytes(summary);
        Path out = folder.resolve("default-figures");

        Result result = run("figures", damaged.toString(), "--out", out.toString(), "--format", "png",
                "--no-compute");

        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.err()).contains("Warning: computing the geometry analysis with the default options,"
                + " because the stored options cannot be read: " + summary
                + ": field 'options.threshold' must lie in (0, 1], found 1.5");
        JsonNode scree = JSON.readTree(out.resolve("scree.json").toFile()).get("metadata");
        assertThat(Double.parseDouble(scree.get("threshold").asText())).isEqualTo(0.9);
        assertThat(scree.get("analysis").asText()).contains("1000 draws, bayesian PCA bootstrap");
        assertThat(Files.readAllBytes(summary)).as("damaged summary left for the user to fix").isEqualTo(before);
    }

    @Test
    void figuresKeepStoredSeedSelection() throws IOException {
        Path full = RunCopies.fullRun(folder.resolve("full"));
        Result analyze = run("analyze", full.toString(), "--exclude-unstable", "--bootstrap", "50",
                "--null-draws", "20", "--time-null-draws", "5");
        assertThat(analyze.code()).as(analyze.err()).isZero();
        JsonNode summary = JSON.readTree(GeometryFiles.summaryFile(full).toFile());
        assertThat(summary.get("excluded_unstable").asBoolean()).isTrue();
        List<String> used = new java.util.ArrayList<>();
        summary.get("seeds").forEach(seed -> used.add(seed.get("seed").asText()));
        assertThat(used).as("the sample FULL run has UNSTABLE seeds to leave out").hasSizeBetween(2, 9);

        Path stored = folder.resolve("selection-stored");
        Result withStored = run("figures", full.toString(), "--out", stored.toString(), "--format", "png",
                "--no-compute");
        Path overridden = folder.resolve("selection-overridden");
        Result withAll = run("figures", full.toString(), "--out", overridden.toString(), "--format", "png",
                "--no-compute", "--no-exclude-unstable");

        assertThat(withStored.code()).as(withStored.err()).isZero();
        assertThat(withAll.code()).as(withAll.err()).isZero();
        assertThat(seedsUsed(stored)).isEqualTo(String.join(", ", used));
        assertThat(seedsUsed(overridden)).isEqualTo("0, 1, 2, 3, 4, 5, 6, 7, 8, 9");
    }

    private static String seedsUsed(Path figures) throws IOException {
        return JSON.readTree(figures.resolve("scree.json").toFile()).at("/metadata/seeds_used").asText();
    }

    /** Compares the figure's D(t) data with the stored analysis's {@code dimension_over_time} block. */
    private static void assertSameDimensionOverTime(JsonNode stored, Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).isEqualTo("step,dimension,pc1,null_lower,null_upper");
        assertThat(lines).hasSize(1 + stored.get("steps").size());
        for (int i = 0; i < stored.get("steps").size(); i++) {
            String[] row = lines.get(i + 1).split(",");
            assertThat(Double.parseDouble(row[0])).as("step, row %d", i).isEqualTo(stored.get("steps").get(i).asDouble());
            assertThat(Double.parseDouble(row[1])).as("dimension, row %d", i)
                    .isEqualTo(stored.get("dimension").get(i).asDouble());
            assertThat(Double.parseDouble(row[2])).as("pc1, row %d", i).isEqualTo(stored.get("pc1").get(i).asDouble());
            assertThat(Double.parseDouble(row[3])).as("null lower, row %d", i)
                    .isEqualTo(stored.get("null_lower").get(i).asDouble());
            assertThat(Double.parseDouble(row[4])).as("null upper, row %d", i)
                    .isEqualTo(stored.get("null_upper").get(i).asDouble());
        }
    }
}
