package org.rulescape.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rulescape.core.analysis.perturbation.PerturbationStore;

/** {@code perturb RUN --bench} times trials on a real run and must leave every file of the run as it was. */
class PerturbBenchTest {
    private static final String[] SMALL = {"--sigmas", "0.5", "--trials", "1", "--recovery-steps", "3",
            "--threads", "1"};

    @TempDir
    Path folder;

    @Test
    void benchOnRunLeavesStoredResultsUnchanged() throws Exception {
        Path run = RunCopies.debugRun(folder.resolve("run"));
        ConsoleCapture.Result stored = ConsoleCapture.run(() -> RulescapeCommand.execute(args("perturb", run.toString())));
        assertThat(stored.code()).as(stored.err()).isZero();
        assertThat(PerturbationStore.load(run)).isPresent();
        Map<String, byte[]> before = RunCopies.contents(run);

        ConsoleCapture.Result bench = ConsoleCapture.run(
                () -> RulescapeCommand.execute(args("perturb", run.toString(), "--bench")));

        assertThat(bench.code()).as(bench.err()).isZero();
        assertThat(bench.out()).contains("Batch:").contains("nothing was saved").doesNotContain("Saved in");
        assertThat(bench.out()).containsOnlyOnce("Float kernel: ").doesNotContain("then vector");
        Map<String, byte[]> after = RunCopies.contents(run);
        assertThat(after.keySet()).containsExactlyElementsOf(before.keySet());
        for (String file : before.keySet()) {
            assertThat(after.get(file)).as(file).isEqualTo(before.get(file));
        }
    }

    @Test
    void benchOnRunWithoutStoredResultsCreatesNothing() throws Exception {
        Path run = RunCopies.debugRun(folder.resolve("fresh"));
        Map<String, byte[]> before = RunCopies.contents(run);

        int code = ConsoleCapture.run(() -> RulescapeCommand.execute(args("perturb", run.toString(), "--bench")))
                .code();

        assertThat(code).isZero();
        assertThat(Files.exists(run.resolve("analysis").resolve("perturbation"))).isFalse();
        assertThat(RunCopies.contents(run).keySet()).containsExactlyElementsOf(before.keySet());
    }

    @Test
    void floatKernelLineNamesOneKernel() {
        int lanes = jdk.incubator.vector.FloatVector.SPECIES_PREFERRED.length();

        assertThat(PerturbBench.floatKernel("auto", true, true))
                .isEqualTo("vector (" + lanes + " tasks per instruction), compiled");
        assertThat(PerturbBench.floatKernel("auto", true, false))
                .startsWith("scalar (vector kernel not compiled: its warm-up did not finish within 60 s");
        assertThat(PerturbBench.floatKernel("auto", false, false))
                .isEqualTo("scalar (vector kernel not available: start java with --add-modules jdk.incubator.vector)");
        assertThat(PerturbBench.floatKernel("scalar", true, true))
                .isEqualTo("scalar (forced with -Drulescape.kernel=scalar)");
        assertThat(PerturbBench.floatKernel("vector", true, false))
                .startsWith("vector (" + lanes + " tasks per instruction), forced with -Drulescape.kernel=vector");
    }

    @Test
    void benchPrintsOneKernelPhrase() {
        ConsoleCapture.Result bench = ConsoleCapture.run(() -> RulescapeCommand.execute("bench", "--regime", "debug",
                "--threads", "1", "--warmup", "0", "--steps", "1", "--repeats", "1", "--run-meta-steps", "0"));

        assertThat(bench.code()).as(bench.err()).isZero();
        assertThat(bench.out()).containsOnlyOnce("Float kernel: ").contains(PerturbBench.floatKernelLine());
        assertThat(bench.out()).doesNotContain("then vector").doesNotContain("once compiled");
    }

    private static String[] args(String... first) {
        String[] all = new String[first.length + SMALL.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(SMALL, 0, all, first.length, SMALL.length);
        return all;
    }
}
