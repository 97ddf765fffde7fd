package org.rulescape.cli;

import java.io.PrintStream;
import java.util.List;
import org.rulescape.core.experiment.SeedResult;
import org.rulescape.core.experiment.SeedState;

/** Prints the per-seed table at the end of {@code train}: every seed, diverged and failed ones included. */
final class TrainSummary {
    private TrainSummary() {
    }

    static void print(PrintStream out, List<SeedResult> results) {
        out.printf("%8s  %-9s  %15s  %6s  %11s  %8s%n", "seed", "status", "final meta-loss", "steps", "diverged at",
                "wall s");
        for (SeedResult result : results) {
            String divergedAt = result.divergedAt() >= 0 ? Integer.toString(result.divergedAt()) : "-";
            double loss = result.lastFiniteMetaLoss();
            String lossText = Double.isNaN(loss) ? "none" : String.format("%.6g", loss);
            out.printf("%8d  %-9s  %15s  %6d  %11s  %8.2f%n", result.seed(), result.state(), lossText,
                    result.stepsRecorded(), divergedAt, result.wallSeconds());
        }
        for (SeedResult result : results) {
            if (result.state() == SeedState.DIVERGED || result.state() == SeedState.FAILED) {
                out.printf("seed %d %s: %s%n", result.seed(), result.state(), result.message());
            }
        }
        long diverged = results.stream().filter(r -> r.state() == SeedState.DIVERGED).count();
        if (diverged > 0) {
            out.printf("%d of %d seeds diverged; their final meta-loss is the last finite one and their last alpha"
                    + " snapshot the last finite alpha.%n", diverged, results.size());
        }
    }
}
