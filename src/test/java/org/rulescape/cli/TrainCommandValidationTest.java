package org.rulescape.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

class TrainCommandValidationTest {

    @TempDir
    Path temp;

    /** Runs the command line, returning the exit code and stderr. */
    private Outcome run(String... args) {
        StringWriter err = new StringWriter();
        StringWriter out = new StringWriter();
        CommandLine line = new CommandLine(new RulescapeCommand());
        line.setErr(new PrintWriter(err, true));
        line.setOut(new PrintWriter(out, true));
        int code = line.execute(args);
        return new Outcome(code, err.toString(), out.toString());
    }

    private record Outcome(int code, String err, String out) {
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
            "--meta-steps|0|meta-steps must be positive, got 0",
            "--meta-steps|-5|meta-steps must be positive, got -5",
            "--inner-steps|0|inner-steps must be positive",
            "--meta-batch|-1|meta-batch must be positive",
            "--seeds|0|seeds must be positive",
            "--train-points|1|train-points must be at least 2",
            "--grid-points|0|grid-points must be at least 2",
            "--noise|-0.1|noise must be a finite number >= 0, got -0.1",
            "--noise|NaN|noise must be a finite number >= 0, got NaN",
            "--base-hidden|0|base-hidden must be positive",
            "--opt-hidden|-3|opt-hidden must be positive",
            "--base-init-gain|0|base-init-gain must be a positive finite number",
            "--opt-init-std|-1|opt-init-std must be a positive finite number",
            "--momentum|1|momentum must be in [0, 1), got 1.0",
            "--meta-lr|-0.001|meta-lr must be a positive finite number, got -0.001",
            "--meta-lr|NaN|meta-lr must be a positive finite number, got NaN",
            "--adam-beta1|1.5|adam-beta1 must be in [0, 1)",
            "--adam-beta2|-0.1|adam-beta2 must be in [0, 1)",
            "--adam-epsilon|0|adam-epsilon must be a positive finite number",
            "--clip-norm|0|clip-norm must be positive",
            "--snapshot-every|0|snapshot-every must be positive",
            "--regime|huge|regime must be one of debug, full, custom, got 'huge'",
            "--gradient-mode|second|--gradient-mode must be one of exact, first-order, got 'second'",
            "--precision|half|--precision must be one of float, double, got 'half'",
            "--threads|0|--threads must be positive, got 0",
            "--checkpoint-every|-1|--checkpoint-every must be >= 0, got -1",
            "--meta-steps|ten|'--meta-steps'",
    })
    void badValueIsRejectedNamingOption(String option, String value, String message) {
        Path out = temp.resolve("run");

        Outcome outcome = run("train", "--out", out.toString(), option, value);

        assertThat(outcome.code()).isEqualTo(2);
        assertThat(outcome.err()).contains(message);
        assertThat(outcome.err()).contains(option);
        assertThat(Files.exists(out)).as("no work started").isFalse();
    }

    @Test
    void everyProblemIsListedAtOnce() {
        Outcome outcome = run("train", "--out", temp.resolve("run").toString(), "--seeds", "0", "--noise", "-1");

        assertThat(outcome.code()).isEqualTo(2);
        assertThat(outcome.err()).contains("--seeds must be positive").contains("--noise must be a finite number");
    }

    @Test
    void missingOutIsRejected() {
        Outcome outcome = run("train", "--regime", "debug");

        assertThat(outcome.code()).isEqualTo(2);
        assertThat(outcome.err()).contains("--out DIR is required");
    }

    @Test
    void nonEmptyOutIsRejected() throws Exception {
        Path out = Files.createDirectories(temp.resolve("full"));
        Files.writeString(out.resolve("notes.txt"), "keep me");

        Outcome outcome = run("train", "--out", out.toString());

        assertThat(outcome.code()).isEqualTo(2);
        assertThat(outcome.err()).contains("--out " + out).contains("already contains 1 entry;");
        assertThat(Files.readString(out.resolve("notes.txt"))).isEqualTo("keep me");
    }

    @Test
    void unwritableOutIsRejected() throws Exception {
        Path file = Files.writeString(temp.resolve("plain-file"), "x");

        Outcome underFile = run("train", "--out", file.resolve("run").toString());
        Outcome isFile = run("train", "--out", file.toString());

        assertThat(underFile.code()).isEqualTo(2);
        assertThat(underFile.err()).contains("--out " + file.resolve("run")).contains("not a writable folder");
        assertThat(isFile.code()).isEqualTo(2);
        assertThat(isFile.err()).contains("--out " + file).contains("is a file");
    }

    @Test
    void resumeRejectsSettingsAndOut() throws Exception {
        Path run = Files.createDirectories(temp.resolve("run"));

        Outcome outcome = run("train", "--resume", run.toString(), "--meta-steps", "5", "--out", "x");

        assertThat(outcome.code()).isEqualTo(2);
        assertThat(outcome.err()).contains("--out cannot be combined with --resume")
                .contains("remove the training settings");
    }

    @Test
    void helpDocumentsEveryOptionWithDefault() {
        StringWriter help = new StringWriter();
        new CommandLine(new TrainCommand()).usage(new PrintWriter(help));
        List<String> missing = new ArrayList<>();
        for (String option : new String[] {"--regime", "--meta-steps", "--inner-steps", "--meta-batch", "--seeds",
                "--first-seed", "--train-points", "--grid-points", "--noise", "--base-hidden", "--opt-hidden",
                "--base-init-gain", "--opt-init-std", "--momentum", "--meta-lr", "--adam-beta1", "--adam-beta2",
                "--adam-epsilon", "--clip-norm", "--snapshot-every", "--gradient-mode", "--precision", "--threads",
                "--out", "--resume", "--checkpoint-every"}) {
            if (!help.toString().contains(option)) {
                missing.add(option);
            }
        }

        assertThat(missing).isEmpty();
        assertThat(help.toString()).contains("Default: 0.001").contains("Default: debug");
    }

    @Test
    void overriddenPresetIsLabelledCustom() {
        ConfigOptions options = new ConfigOptions();
        options.regime = "full";
        options.seeds = 4;

        ConfigOptions.Result result = options.toConfig();

        assertThat(result.problems()).isEmpty();
        assertThat(result.config().regime()).isEqualTo(org.rulescape.core.model.Regime.CUSTOM);
        assertThat(result.config().metaSteps()).isEqualTo(1000);
        assertThat(result.config().seedCount()).isEqualTo(4);
    }
}
