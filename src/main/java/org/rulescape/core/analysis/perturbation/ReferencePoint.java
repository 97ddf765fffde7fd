package org.rulescape.core.analysis.perturbation;

import java.util.Objects;
import org.rulescape.core.experiment.AdamState;

/**
 * The point trials are perturbed from: a seed's final alpha, the meta-step its training ended
 * at (trials continue that seed's task stream from there) and, when known, its Adam state.
 *
 * @param seed           the reference seed
 * @param firstStep      meta-steps the seed completed; recovery step t uses its task batch
 *                       firstStep + t
 * @param alpha          alpha_ref; copied
 * @param finalMetaLoss  mean meta-loss of the seed's last {@link ReferencePoints#FINAL_WINDOW}
 *                       steps, the scale the trials' end losses are compared with
 * @param adam           Adam state after the seed's last step, or null when not recovered
 */
public record ReferencePoint(long seed, int firstStep, double[] alpha, double finalMetaLoss,
        AdamState adam) {

    public ReferencePoint {
        Objects.requireNonNull(alpha, "alpha");
        if (firstStep < 0) {
            throw new IllegalArgumentException("first step must be >= 0, got " + firstStep);
        }
        alpha = alpha.clone();
        adam = adam == null ? null : adam.copy();
    }

    /** Returns a copy carrying an Adam state. */
    public ReferencePoint withAdam(AdamState state) {
        return new ReferencePoint(seed, firstStep, alpha, finalMetaLoss, state);
    }
}
