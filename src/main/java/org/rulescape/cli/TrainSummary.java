package org.rulescape.cli;

import java.io.PrintStream;
import java.util.List;
import org.rulescape.core.experiment.SeedHealth;
import org.rulescape.core.experiment.SeedResult;
import org.rulescape.core.experiment.SeedState;

/**
 * Prints the per-seed table at the end of {@code train}: every seed, diverged and failed ones
 * included, with its health assessment ({@link SeedHealth}) and the rule behind the flag.
 */
final class TrainSummary {
    private static final String ROW = "%8s  %-9s  %15s  %6s  %11s  %19s  %11s  %10s  %-10s  %8s%n";

    private TrainSummary() {
    }

    static void print(PrintStream out, List<SeedResult> results) {
        out.printf(ROW, "seed", "status", "final meta-loss", "steps", "diverged at", "min meta-loss @step",
                "final level", "max |grad|", "health", "wall s");
        int unstable = 0;
        for (SeedResult result : results) {
            SeedHealth health = SeedHealth.of(result);
            if (health.isUnstable()) {
                unstable++;
            }
            String divergedAt = result.divergedAt() >= 0 ? Integer.toString(result.divergedAt()) : "-";
            String minimum = health.minStep() < 0 ? "none"
                    : String.format("%.4g @%d", health.minMetaLoss(), health.minStep());
            out.printf(ROW, result.seed(), result.state(), number(result.lastFiniteMetaLoss()), result.stepsRecorded(),
                    divergedAt, minimum, number(health.finalLevel()), number(health.maxGradNorm()), health.flag(),
                    String.format("%.2f", result.wallSeconds()));
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
        out.printf("health: %s; final level = that median.%n", SeedHealth.RULE);
        if (unstable > 0) {
            out.printf("%d of %d seeds are UNSTABLE: their final alphas are not at a learned minimum. `analyze`"
                    + " lists them and leaves them out with --exclude-unstable.%n", unstable, results.size());
        }
    }

    private static String number(double value) {
        return Double.isNaN(value) ? "none" : String.format("%.4g", value);
    }
}
