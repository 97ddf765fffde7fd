package org.rulescape.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rulescape.core.analysis.rule.RuleResultStore;
import org.rulescape.core.analysis.rule.SeedRuleSummary;
import picocli.CommandLine;

/**
 * The analysis commands on a run whose training process was killed: run.json still has state
 * RUNNING and no heartbeat is left. Every command must call the unfinished seeds interrupted, never
 * RUNNING, and name {@code rulescape train --resume RUN}.
 */
class InterruptedRunCommandsTest {
    private static final String[] SMALL_RULE = {"--count", "5", "--survey-meta-steps", "1", "--bootstrap", "10"};

    @TempDir
    Path folder;

    /** Exit code and what the command wrote to its picocli streams and to System.out and System.err. */
    private record Output(int code, String out, String err) {
    }

    private static Output run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        ConsoleCapture.Result console = ConsoleCapture.run(() -> {
            CommandLine line = RulescapeCommand.commandLine();
            line.setOut(new PrintWriter(out, true));
            line.setErr(new PrintWriter(err, true));
            return line.execute(args);
        });
        return new Output(console.code(), out + console.out(), err + console.err());
    }

    /** Copies the sample DEBUG run (3 seeds x 100 meta-steps) as if killed while seed {@code runningSeed} trained. */
    private Path debugRunKilledAt(long runningSeed) throws Exception {
        return RunCopies.interrupt(RunCopies.debugRun(folder.resolve("debug")), runningSeed, 40);
    }

    @Test
    void resumeWarnsAboutEarlierAnalyses() throws Exception {
        Path run = debugRunKilledAt(1);
        Files.createDirectories(run.resolve("analysis").resolve("rule"));

        Output result = run("train", "--resume", run.toString(), "--threads", "2");

        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.out()).contains("Note: the analyses in " + run.resolve("analysis")
                + " were computed before this resume");
    }

    @Test
    void resumeWithoutAnalysesHasNoNote() throws Exception {
        Path run = debugRunKilledAt(1);

        Output result = run("train", "--resume", run.toString(), "--threads", "2");

        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.out()).doesNotContain("computed before this resume");
    }

    @Test
    void analyzeNamesInterruptedSeedsAndResume() throws Exception {
        Path run = debugRunKilledAt(1);

        Output result = run("analyze", run.toString());

        assertThat(result.code()).isEqualTo(AnalyzeCommand.EXIT_FAILED);
        assertThat(result.err()).contains("Cannot analyze run " + run + ": it was interrupted");
        assertThat(result.err()).contains("with 1 of its 3 seeds finished");
        assertThat(result.err()).contains("seed 1 (interrupted after 40 of 100 meta-steps)");
        assertThat(result.err()).contains("seed 2 (interrupted before the first meta-step)");
        assertThat(result.err()).contains("Continue the run with `rulescape train --resume " + run + "`");
        assertThat(result.err()).contains("or analyze the part-trained seeds as they are with --include-diverged");
        assertThat(result.err()).doesNotContain("RUNNING").doesNotContain("Train more seeds");
    }

    @Test
    void analyzeWarnsAndListsInterruptedSeeds() throws Exception {
        Path run = RunCopies.interrupt(RunCopies.fullRun(folder.resolve("full")), 6, 40);

        Output result = run("analyze", run.toString(), "--bootstrap", "20", "--null-draws", "10",
                "--time-null-draws", "5");

        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.err()).contains("Warning: run " + run + " was interrupted")
                .contains("its unfinished seeds are left out")
                .contains("`rulescape train --resume " + run + "`");
        assertThat(result.out()).contains("Geometry of 6 seeds (4 left out)");
        assertThat(result.out()).contains("left out: seed 6 (INTERRUPTED): interrupted after 40 of 1000 meta-steps");
        assertThat(result.out()).contains("left out: seed 9 (INTERRUPTED): interrupted before the first meta-step");
        assertThat(result.out()).doesNotContain("RUNNING").doesNotContain("QUEUED");
    }

    @Test
    void perturbWithoutFinishedSeedNamesResume() throws Exception {
        Path run = debugRunKilledAt(0);

        Output result = run("perturb", run.toString());

        assertThat(result.code()).isEqualTo(PerturbCommand.EXIT_FAILED);
        assertThat(result.err()).contains("Cannot perturb run " + run + ": the run was interrupted")
                .contains("so there is no reference seed")
                .contains("Continue the run with `rulescape train --resume " + run + "`");
        assertThat(result.err()).doesNotContain("Invalid options").doesNotContain("train the run to the end");
    }

    @Test
    void perturbRejectsInterruptedReferenceSeed() throws Exception {
        Path run = debugRunKilledAt(1);

        Output result = run("perturb", run.toString(), "--reference-seed", "1");

        assertThat(result.code()).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(result.err()).contains("reference seed 1 was interrupted after 40 of 100 meta-steps")
                .contains("`rulescape train --resume " + run + "`");
        assertThat(result.err()).doesNotContain("RUNNING");
    }

    @Test
    void ruleLeavesOutInterruptedSeeds() throws Exception {
        Path run = debugRunKilledAt(1);

        Output result = run(args("rule", run.toString()));

        assertThat(result.code()).as(result.err()).isZero();
        assertThat(RuleResultStore.read(run).result().seeds()).extracting(SeedRuleSummary::seed)
                .containsExactly(0L);
        assertThat(result.err()).contains("Warning: run " + run + " was interrupted")
                .contains("`rulescape train --resume " + run + "`");
        assertThat(result.out()).contains("Left out seed 1: interrupted after 40 of 100 meta-steps");
        assertThat(result.out()).contains("Left out seed 2: interrupted before the first meta-step");
        assertThat(result.out()).contains("--include-diverged");
        assertThat(result.out()).doesNotContain("RUNNING").doesNotContain("QUEUED");
    }

    @Test
    void ruleIncludeDivergedAdmitsPartTrainedSeed() throws Exception {
        Path run = debugRunKilledAt(1);

        Output result = run(args("rule", run.toString(), "--include-diverged"));

        assertThat(result.code()).as(result.err()).isZero();
        assertThat(RuleResultStore.read(run).result().seeds()).extracting(SeedRuleSummary::seed)
                .containsExactly(0L, 1L);
        assertThat(result.err()).contains("its part-trained rules are analyzed as they are");
        assertThat(result.out()).contains("Left out seed 2: interrupted before the first meta-step");
    }

    @Test
    void ruleWithoutFinishedSeedFails() throws Exception {
        Path run = debugRunKilledAt(0);

        Output result = run(args("rule", run.toString()));

        assertThat(result.code()).isEqualTo(RuleCommand.EXIT_IO);
        assertThat(result.err()).contains("Cannot analyze the rules of run " + run + ": it was interrupted")
                .contains("seed 0: interrupted after 40 of 100 meta-steps")
                .contains("`rulescape train --resume " + run + "`")
                .contains("--include-diverged");
        assertThat(result.out()).doesNotContain("Probe set");
    }

    @Test
    void figuresExplainSkipsWithoutPerturbUsage() throws Exception {
        Path run = debugRunKilledAt(0);
        Path out = folder.resolve("figures");

        Output result = run("figures", run.toString(), "--out", out.toString(), "--format", "png", "--data", "csv");

        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.err()).doesNotContain("Usage:").doesNotContain("--reference-seed=SEED");
        assertThat(result.err()).contains("Warning: run " + run + " was interrupted");
        assertThat(result.out()).contains("skipped perturbation_recovery: Not drawn: no perturbation study is stored,"
                + " and none can be computed. The run was interrupted");
        assertThat(result.out()).contains("skipped scree: Not drawn: run " + run + " was interrupted")
                .contains("seed 0 (interrupted after 40 of 100 meta-steps); seeds 1, 2 (interrupted before the first"
                        + " meta-step)");
        assertThat(result.out()).contains("`rulescape train --resume " + run + "`");
        assertThat(result.out()).doesNotContain("RUNNING");
    }

    private static String[] args(String... first) {
        String[] all = new String[first.length + SMALL_RULE.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(SMALL_RULE, 0, all, first.length, SMALL_RULE.length);
        return all;
    }
}
