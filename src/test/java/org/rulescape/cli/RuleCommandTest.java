package org.rulescape.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rulescape.core.analysis.rule.RuleResultStore;
import org.rulescape.core.analysis.rule.TinyRuns;
import picocli.CommandLine;

class RuleCommandTest {
    @TempDir
    static Path folder;
    static Path run;

    @BeforeAll
    static void trainRun() throws IOException {
        run = folder.resolve("tiny");
        TinyRuns.train(run);
    }

    @Test
    void ruleStoresAndPrintsSummary() throws IOException {
        StringWriter out = new StringWriter();
        CommandLine line = new CommandLine(new RulescapeCommand());
        line.setOut(new PrintWriter(out));

        int code = line.execute("rule", run.toString());

        assertThat(code).isZero();
        assertThat(out.toString()).contains("raw parameter space").contains("function space")
                .contains("SGD lr").contains("momentum lr").contains("t in {0, 2, 3}");
        assertThat(RuleResultStore.read(run).result().seeds()).hasSize(2);
        assertThat(RuleResultStore.read(run).survey()).isPresent();
    }

    @Test
    void invalidRangeRejected() {
        StringWriter err = new StringWriter();
        CommandLine line = new CommandLine(new RulescapeCommand());
        line.setErr(new PrintWriter(err));

        int code = line.execute("rule", run.toString(), "--range", "-1");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--range must be a positive number or `auto`, got -1");
    }

    @Test
    void missingRunFails() {
        StringWriter err = new StringWriter();
        CommandLine line = new CommandLine(new RulescapeCommand());
        line.setErr(new PrintWriter(err));

        int code = line.execute("rule", folder.resolve("absent").toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString()).contains("Cannot read the run");
    }
}
