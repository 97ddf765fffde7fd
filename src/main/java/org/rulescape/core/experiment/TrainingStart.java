package org.rulescape.core.experiment;

import java.util.Objects;

/**
 * Where a stretch of meta-training starts: the seed whose task and base-init streams are used,
 * the first meta-step index, how many steps to take, alpha and Adam's state.
 *
 * <p>A fresh seed starts at step 0 from {@code AlphaLayout.initialAlpha} with fresh Adam. A
 * perturbation trial starts at another alpha, usually at the step after the reference seed's
 * last, so it sees the tasks that seed would have seen next.
 *
 * @param seed      key of the task and base-init streams (and the seed reported in events)
 * @param firstStep index of the first meta-step; task batches are keyed by absolute step
 * @param steps     number of meta-steps to take, positive
 * @param alpha     starting alpha; copied
 * @param adam      Adam state to continue, copied; null for fresh moments
 */
public record TrainingStart(long seed, int firstStep, int steps, double[] alpha, AdamState adam) {
    public TrainingStart {
        Objects.requireNonNull(alpha, "alpha");
        if (firstStep < 0) {
            throw new IllegalArgumentException("first step must be >= 0, got " + firstStep);
        }
        if (steps <= 0) {
            throw new IllegalArgumentException("steps must be positive, got " + steps);
        }
        alpha = alpha.clone();
        adam = adam == null ? null : adam.copy();
    }
}
