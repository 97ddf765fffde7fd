package org.rulescape.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rulescape.core.analysis.GeometryFiles;
import org.rulescape.core.experiment.TrainingJob;
import org.rulescape.core.model.Regime;
import picocli.CommandLine;

class AnalyzeCommandTest {
    @TempDir
    static Path folder;
    static Path run;

    @BeforeAll
    static void trainDebugRun() throws Exception {
        run = folder.resolve("debug");
        TrainingJob.start(Regime.DEBUG.config(), run, 2, null).await();
    }

    @Test
    void analyzePrintsNumbersBesideNullsAndStores() throws Exception {
        StringWriter out = new StringWriter();
        CommandLine line = new CommandLine(new RulescapeCommand());
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(new StringWriter(), true));

        int code = line.execute("analyze", run.toString(), "--bootstrap", "200", "--null-draws", "100");

        assertThat(code).isZero();
        assertThat(out.toString()).contains("Geometry of 3 seeds (0 left out)")
                .containsPattern("final +D90 = \\d \\[\\d, \\d\\]  null \\d \\[\\d, \\d\\]  shuffled \\d \\[\\d, \\d\\]  -> ")
                .contains("at most 2 components can be non-zero")
                .contains("aligned initial mean");
        Path dir = GeometryFiles.folder(run);
        assertThat(dir.resolve("summary.json")).exists();
        assertThat(dir.resolve("alphas_final.npy")).exists();
        assertThat(Files.readString(dir.resolve("summary.json"))).contains("\"bootstrap_draws\" : 200");
    }

    @Test
    void sameSeedPrintsSameReport() {
        String first = report("--seed", "5");
        String again = report("--seed", "5");

        assertThat(again.replaceAll("\\(\\d+\\.\\d+ s of analysis\\)", ""))
                .isEqualTo(first.replaceAll("\\(\\d+\\.\\d+ s of analysis\\)", ""));
    }

    @Test
    void invalidThresholdIsRejected() {
        StringWriter err = new StringWriter();
        CommandLine line = new CommandLine(new RulescapeCommand());
        line.setErr(new PrintWriter(err, true));

        int code = line.execute("analyze", run.toString(), "--threshold", "1.5");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--threshold must lie in (0, 1]").contains("1.5");
    }

    @Test
    void missingRunIsRejected() {
        StringWriter err = new StringWriter();
        CommandLine line = new CommandLine(new RulescapeCommand());
        line.setErr(new PrintWriter(err, true));

        int code = line.execute("analyze", folder.resolve("absent").toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("folder not found");
    }

    private static String report(String... extra) {
        StringWriter out = new StringWriter();
        CommandLine line = new CommandLine(new RulescapeCommand());
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(new StringWriter(), true));
        String[] args = new String[4 + extra.length];
        args[0] = "analyze";
        args[1] = run.toString();
        args[2] = "--bootstrap";
        args[3] = "100";
        System.arraycopy(extra, 0, args, 4, extra.length);
        assertThat(line.execute(args)).isZero();
        return out.toString();
    }
}
