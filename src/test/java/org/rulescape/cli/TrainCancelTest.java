package org.rulescape.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rulescape.core.experiment.SeedResult;
import org.rulescape.core.experiment.SeedState;
import org.rulescape.core.experiment.TrainingJob;
import org.rulescape.core.model.ExperimentConfig;
import org.rulescape.core.model.Regime;
import org.rulescape.core.store.RunReader;
import org.rulescape.core.store.RunState;

/**
 * Ctrl-C during {@code train}: the JVM runs the command's shutdown hook and halts when it returns.
 * The test runs the same hook on a thread of its own instead of sending a signal.
 */
class TrainCancelTest {
    @TempDir
    Path folder;

    @Test
    void ctrlCPrintsCancellationAndResumeCommand() throws Exception {
        ExperimentConfig config = Regime.DEBUG.config().toBuilder().seedCount(2).metaSteps(100_000).build();
        Path run = folder.resolve("run");
        TrainingJob job = TrainingJob.start(config, run, 1, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
        TrainCommand.ExitHook hook = new TrainCommand.ExitHook(job);
        AtomicReference<String> printedWhenHookReturned = new AtomicReference<>();
        Thread signal = new Thread(() -> {
            hook.run();
            printedWhenHookReturned.set(out.toString(StandardCharsets.UTF_8));
        }, "test-sigint");

        signal.start();
        int code = TrainCommand.follow(job, new ProgressReporter(config, errStream, false), hook, 25, outStream,
                errStream);
        signal.join();

        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(code).isEqualTo(TrainCommand.EXIT_CANCELLED);
        assertThat(RunReader.read(run).state()).isEqualTo(RunState.CANCELLED);
        assertThat(printed).contains("Run CANCELLED: " + run);
        assertThat(printed).contains("Cancelled with 0 of 2 seeds finished.");
        assertThat(printed).contains("Continue the run with `rulescape train --resume " + run + "`.");
        assertThat(printed).contains("the others continue from their latest checkpoint (taken every 25 meta-steps)");
        assertThat(printedWhenHookReturned.get()).as("output when the JVM would halt")
                .contains("rulescape train --resume " + run);
    }

    @Test
    void cancelledMessageCountsFinishedSeeds() {
        List<SeedResult> results = List.of(result(0, SeedState.DONE), result(1, SeedState.DIVERGED),
                result(2, SeedState.CANCELLED));

        String message = TrainCommand.cancelled(Path.of("runs", "a"), results, 3, 0);

        assertThat(message).startsWith("Cancelled with 2 of 3 seeds finished.");
        assertThat(message).contains("`rulescape train --resume " + Path.of("runs", "a") + "`");
        assertThat(message).contains("the others start over, because checkpoints were off");
    }

    @Test
    void progressCountsCancelledSeedsAsUnfinished() {
        ExperimentConfig config = Regime.DEBUG.config().toBuilder().seedCount(2).metaSteps(100).build();
        ProgressReporter progress = new ProgressReporter(config, new PrintStream(new ByteArrayOutputStream()), false);

        progress.seedFinished(result(0, SeedState.DONE));
        progress.seedFinished(new SeedResult(1, SeedState.CANCELLED, 30, -1, "", new double[30], new double[30],
                new int[0], new double[0][], 0.0));

        assertThat(progress.line()).contains(" 65% 130/200 meta-steps, seeds 1/2 done, 1 cancelled")
                .doesNotContain("ETA");
    }

    private static SeedResult result(long seed, SeedState state) {
        return new SeedResult(seed, state, 0, state == SeedState.DIVERGED ? 0 : -1, "", new double[0],
                new double[0], new int[0], new double[0][], 0.0);
    }
}
