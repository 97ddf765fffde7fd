package org.rulescape.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ReproduceCommandTest {
    /** A tiny custom regime, so the whole pipeline runs in seconds. */
    private static final List<String> TINY = List.of("--debug-meta-steps", "8", "--full-meta-steps", "12",
            "--full-inner-steps", "4", "--full-meta-batch", "2", "--full-seeds", "4", "--trials", "2",
            "--recovery-steps", "4", "--bootstrap", "40", "--null-draws", "20", "--threads", "2");

    private static final List<String> ROWS = List.of("Mean pairwise distance", "Spread of pairwise distances (std)",
            "Final norms", "| PC1 |", "| PC2 |", "PC1 + PC2", "| D90 |", "Perturbation d_T, sigma 0.10",
            "Perturbation d_T, sigma 0.50", "Perturbation d_T, sigma 1.00", "Perturbation d_T, sigma 2.00",
            "Control (sigma 0): drift D", "Diverged seeds");

    @TempDir
    static Path folder;
    static Path samples;
    static Path report;
    static Result first;

    private record Result(int code, String out, String err) {
    }

    private static Result reproduce(List<String> args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine line = new CommandLine(new RulescapeCommand());
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        List<String> all = new ArrayList<>(List.of("reproduce"));
        all.addAll(args);
        int code = line.execute(all.toArray(String[]::new));
        return new Result(code, out.toString(), err.toString());
    }

    @BeforeAll
    static void reproduceTinySamples() {
        samples = folder.resolve("samples");
        report = folder.resolve("docs").resolve("REPRODUCTION.md");
        List<String> args = new ArrayList<>(List.of("--samples", samples.toString(), "--report", report.toString()));
        args.addAll(TINY);
        first = reproduce(args);
    }

    @Test
    void reportHasEveryRow() throws Exception {
        assertThat(first.code()).as(first.err()).isZero();
        String text = Files.readString(report);

        for (String row : ROWS) {
            assertThat(text).as(row).contains(row);
        }
        assertThat(text).contains("## FULL sample against the reference", "### Null baselines",
                "### Function-space distances", "### Perturbation with the sigma = 0 control", "## Discussion",
                "## DEBUG sample", "## How this report was made", "git commit", "Total wall time");
        assertThat(text).contains("not comparable with the reference");
        assertThat(text).doesNotContain("not computed");
    }

    @Test
    void runsHaveAnalysisFolders() {
        for (String label : List.of("debug", "full")) {
            Path run = samples.resolve(label);
            assertThat(run.resolve("run.json")).as(label).isRegularFile();
            assertThat(run.resolve("analysis/geometry/summary.json")).as(label).isRegularFile();
            assertThat(run.resolve("analysis/perturbation/perturbation.json")).as(label).isRegularFile();
            assertThat(run.resolve("analysis/rule/rule.json")).as(label).isRegularFile();
            assertThat(run.resolve("figures/index.md")).as(label).isRegularFile();
        }
    }

    @Test
    void figureLinksResolveFromReport() throws Exception {
        String text = Files.readString(report);
        String link = "](../samples/full/figures/scree.png)";

        assertThat(text).contains(link);
        assertThat(report.getParent().resolve("../samples/full/figures/scree.png")).isRegularFile();
    }

    @Test
    void reuseRewritesReportWithoutTraining() throws Exception {
        Path again = folder.resolve("again.md");
        long modified = Files.getLastModifiedTime(samples.resolve("full/run.json")).toMillis();

        Result result = reproduce(List.of("--samples", samples.toString(), "--report", again.toString(), "--reuse",
                "--no-figures", "--trials", "2", "--recovery-steps", "4", "--bootstrap", "40", "--null-draws", "20"));

        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.out()).doesNotContain("Training the");
        assertThat(Files.getLastModifiedTime(samples.resolve("full/run.json")).toMillis()).isEqualTo(modified);
        assertThat(Files.readString(again)).contains("| reused |", "figures were turned off");
    }

    @Test
    void refusesToReplaceForeignFolder() throws Exception {
        Path foreign = folder.resolve("foreign");
        Files.createDirectories(foreign.resolve("debug"));
        Path precious = Files.writeString(foreign.resolve("debug").resolve("thesis.tex"), "keep me");
        List<String> args = new ArrayList<>(List.of("--samples", foreign.toString(), "--report",
                folder.resolve("foreign.md").toString()));
        args.addAll(TINY);

        Result result = reproduce(args);

        assertThat(result.code()).isEqualTo(ReproduceCommand.EXIT_FAILED);
        assertThat(result.err()).contains("Refusing to delete", "not a Rulescape run folder");
        assertThat(precious).hasContent("keep me");
    }

    @Test
    void rejectsInvalidOptions() {
        Result result = reproduce(List.of("--trials", "0", "--sigmas", "-1"));

        assertThat(result.code()).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(result.err()).contains("--trials must be positive, got 0", "got -1.0");
    }
}
