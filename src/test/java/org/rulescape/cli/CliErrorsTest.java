package org.rulescape.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Error output of the command line: one line per failure, short usage errors, readable help. */
class CliErrorsTest {
    @TempDir
    Path folder;

    /** A subcommand that fails the way an unexpected bug would. */
    @Command(name = "explode")
    static final class Explode implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "RUN")
        Path run;

        @Override
        public Integer call() {
            throw new IllegalStateException("interval bounds must be ordered numbers, got [NaN, NaN]",
                    new ArithmeticException("overflow in seed 4"));
        }
    }

    @Test
    void failureGivesOneLineNamingRunAndCause() {
        Output output = run(rootWithExplode(), "explode", "runs/a");

        assertThat(output.code()).isEqualTo(1);
        assertThat(output.err().lines()).hasSize(1);
        assertThat(output.err()).startsWith("rulescape explode runs/a failed: interval bounds must be ordered")
                .contains("IllegalStateException").contains("caused by overflow in seed 4")
                .contains("Run with --verbose for the stack trace.");
    }

    @Test
    void verboseAddsStackTrace() {
        Output output = run(rootWithExplode(), "explode", "runs/a", "--verbose");

        assertThat(output.code()).isEqualTo(1);
        assertThat(output.err()).contains("\tat ").doesNotContain("Run with --verbose");
    }

    @Test
    void rootVerboseAlsoCounts() {
        Output output = run(rootWithExplode(), "-v", "explode", "runs/a");

        assertThat(output.err()).contains("\tat ");
    }

    @Test
    void nonNumericValueStatesRuleNotUsage() {
        Output output = run(RulescapeCommand.commandLine(), "train", "--meta-lr", "abc", "--out",
                folder.resolve("x").toString());

        assertThat(output.code()).isEqualTo(2);
        assertThat(output.err()).contains("--meta-lr").contains("'abc' is not a number").contains("> 0")
                .contains("See 'rulescape train --help'.").doesNotContain("Usage:");
        assertThat(output.err().lines()).hasSizeLessThanOrEqualTo(3);
    }

    @Test
    void invalidRegimeNamesOptionOnce() {
        Output output = run(RulescapeCommand.commandLine(), "train", "--regime", "huge", "--out",
                folder.resolve("x").toString());

        assertThat(output.code()).isEqualTo(2);
        assertThat(output.err()).contains("--regime must be one of debug, full, custom, got 'huge'")
                .doesNotContain("--regime: regime");
    }

    @Test
    void unknownOptionPointsToHelp() {
        Output output = run(RulescapeCommand.commandLine(), "analyze", "--no-such-option", "run");

        assertThat(output.code()).isEqualTo(2);
        assertThat(output.err()).contains("--no-such-option").contains("See 'rulescape analyze --help'.")
                .doesNotContain("Usage:");
    }

    @Test
    void everySubcommandSummaryIsFullSentence() {
        CommandLine root = RulescapeCommand.commandLine();
        for (var entry : root.getSubcommands().entrySet()) {
            var usage = entry.getValue().getCommandSpec().usageMessage();
            String[] summary = usage.header().length > 0 ? usage.header() : usage.description();
            assertThat(summary).as(entry.getKey()).isNotEmpty();
            assertThat(summary[0]).as(entry.getKey()).matches("[A-Z].*\\.").doesNotContain("experiment C");
        }
    }

    @Test
    void pluralsMatchCount() {
        assertThat(Plurals.of(1, "thread")).isEqualTo("1 thread");
        assertThat(Plurals.of(2, "thread")).isEqualTo("2 threads");
        assertThat(Plurals.of(1, "entry", "entries")).isEqualTo("1 entry");
        assertThat(Plurals.of(0, "entry", "entries")).isEqualTo("0 entries");
    }

    @Test
    void outputFolderWithOneEntryIsSingular() throws Exception {
        java.nio.file.Files.createDirectories(folder.resolve("out").resolve("only"));
        java.util.List<String> problems = new java.util.ArrayList<>();

        TrainCommand.checkOutputFolder(folder.resolve("out"), problems);

        assertThat(problems).singleElement().asString().contains("already contains 1 entry;");
    }

    private static CommandLine rootWithExplode() {
        return RulescapeCommand.commandLine().addSubcommand("explode", new Explode());
    }

    private record Output(int code, String err) {
    }

    private static Output run(CommandLine line, String... args) {
        StringWriter err = new StringWriter();
        line.setErr(new PrintWriter(err, true));
        line.setOut(new PrintWriter(new StringWriter(), true));
        int code = line.execute(args);
        return new Output(code, err.toString());
    }
}
