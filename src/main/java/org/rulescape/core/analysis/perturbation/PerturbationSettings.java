package org.rulescape.core.analysis.perturbation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.rulescape.core.model.ExperimentConfig;

/**
 * Settings of the perturbation experiment: start from a seed's final alpha moved by sigma along
 * random unit directions, resume meta-training and watch whether the distance to the reference
 * shrinks. The sigma = 0 control always runs in addition to {@code sigmas}. Field names in
 * error messages are the command-line option names.
 *
 * @param referenceSeed  seed whose final alpha is alpha_ref; default: the finished seed with the
 *                       lowest final level that is not UNSTABLE ({@link ReferenceChoice#of})
 * @param sigmas         perturbation sizes, each finite and > 0 (the 0 control is implicit);
 *                       default 0.1, 0.5, 1.0, 2.0
 * @param trials         trials (random directions) per sigma, positive; default 5
 * @param recoverySteps  meta-steps T_rec of resumed training per trial, positive; default 300
 * @param directionSeed  extra key of the direction stream, so several independent direction
 *                       sets can be drawn for one reference; default 0
 * @param adamMoments    Adam moments the trials start with; default {@link AdamMoments#FRESH}
 * @param training       meta-training settings of the resumed training; default: the run's own
 */
public record PerturbationSettings(
        long referenceSeed,
        List<Double> sigmas,
        int trials,
        int recoverySteps,
        long directionSeed,
        AdamMoments adamMoments,
        ExperimentConfig training) {

    /** Default perturbation sizes. */
    public static final List<Double> DEFAULT_SIGMAS = List.of(0.1, 0.5, 1.0, 2.0);
    /** Default number of trials per sigma. */
    public static final int DEFAULT_TRIALS = 5;
    /** Default number of recovery meta-steps. */
    public static final int DEFAULT_RECOVERY_STEPS = 300;

    public PerturbationSettings {
        Objects.requireNonNull(sigmas, "sigmas");
        Objects.requireNonNull(adamMoments, "adam");
        Objects.requireNonNull(training, "training settings");
        List<String> problems = problems(sigmas, trials, recoverySteps);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        sigmas = List.copyOf(sigmas);
    }

    /** Returns the default settings for a run's configuration and a chosen reference seed. */
    public static PerturbationSettings defaults(ExperimentConfig runConfig, long referenceSeed) {
        return new PerturbationSettings(referenceSeed, DEFAULT_SIGMAS, DEFAULT_TRIALS,
                DEFAULT_RECOVERY_STEPS, 0L, AdamMoments.FRESH, runConfig);
    }

    /**
     * Checks raw values without building settings, so forms can show every problem at once.
     * Each message names the field, the value found and the rule.
     */
    public static List<String> problems(List<Double> sigmas, int trials, int recoverySteps) {
        List<String> problems = new ArrayList<>();
        if (sigmas.isEmpty()) {
            problems.add("sigmas must list at least one value > 0, got an empty list");
        }
        for (int i = 0; i < sigmas.size(); i++) {
            Double sigma = sigmas.get(i);
            if (sigma == null || !(sigma > 0) || sigma.isInfinite()) {
                problems.add("sigmas must be finite and > 0 (the sigma = 0 control always runs), got "
                        + sigma + " at position " + (i + 1));
            }
        }
        if (trials <= 0) {
            problems.add("trials must be positive, got " + trials);
        }
        if (recoverySteps <= 0) {
            problems.add("recovery-steps must be positive, got " + recoverySteps);
        }
        return problems;
    }

    /** Returns the sigma at position {@code index} of {@link #sigmas()}. */
    public double sigma(int index) {
        return sigmas.get(index);
    }

    /** Returns a copy with other sigmas. */
    public PerturbationSettings withSigmas(List<Double> values) {
        return new PerturbationSettings(referenceSeed, values, trials, recoverySteps, directionSeed,
                adamMoments, training);
    }

    /** Returns a copy with another reference seed. */
    public PerturbationSettings withReferenceSeed(long seed) {
        return new PerturbationSettings(seed, sigmas, trials, recoverySteps, directionSeed,
                adamMoments, training);
    }

    /** Returns a copy with another number of trials and recovery steps. */
    public PerturbationSettings withTrials(int trialCount, int steps) {
        return new PerturbationSettings(referenceSeed, sigmas, trialCount, steps, directionSeed,
                adamMoments, training);
    }

    /** Returns a copy with other Adam moments. */
    public PerturbationSettings withAdamMoments(AdamMoments moments) {
        return new PerturbationSettings(referenceSeed, sigmas, trials, recoverySteps, directionSeed,
                moments, training);
    }

    /**
     * True when results made with {@code other} can be shown beside results made with these
     * settings: everything but the sigma list must match, because the control and every trial
     * then see the same tasks, steps and training settings.
     */
    public boolean sharesTrialsWith(PerturbationSettings other) {
        return referenceSeed == other.referenceSeed && trials == other.trials
                && recoverySteps == other.recoverySteps && directionSeed == other.directionSeed
                && adamMoments == other.adamMoments && training.equals(other.training);
    }
}
