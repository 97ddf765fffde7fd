package org.rulescape.reproduce;

import java.util.List;
import java.util.Objects;
import org.rulescape.core.analysis.GeometryOptions;
import org.rulescape.core.analysis.perturbation.PerturbationSettings;

/**
 * Settings of the analyses a reproduction runs on each sample run.
 *
 * @param sigmas        perturbation sizes, each finite and > 0; the sigma = 0 control always runs
 *                      in addition; default 0.1, 0.5, 1.0, 2.0
 * @param trials        random directions per sigma, positive; default 5
 * @param recoverySteps meta-steps of resumed training per perturbation trial, positive; default 300
 * @param threads       worker threads for training and perturbation trials, positive
 * @param geometry      geometry analysis settings; default {@link GeometryOptions#defaults()}
 * @param figures       true to write the standard figure set of each run to RUN/figures/
 */
public record ReproductionSettings(List<Double> sigmas, int trials, int recoverySteps, int threads,
        GeometryOptions geometry, boolean figures) {

    public ReproductionSettings {
        Objects.requireNonNull(sigmas, "sigmas");
        Objects.requireNonNull(geometry, "geometry");
        List<String> problems = PerturbationSettings.problems(sigmas, trials, recoverySteps);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        if (threads <= 0) {
            throw new IllegalArgumentException("threads must be positive, got " + threads);
        }
        sigmas = List.copyOf(sigmas);
    }

    /** The defaults of every analysis, with {@code threads} workers and figures on. */
    public static ReproductionSettings defaults(int threads) {
        return new ReproductionSettings(PerturbationSettings.DEFAULT_SIGMAS, PerturbationSettings.DEFAULT_TRIALS,
                PerturbationSettings.DEFAULT_RECOVERY_STEPS, threads, GeometryOptions.defaults(), true);
    }
}
