package org.rulescape.core.analysis.perturbation;

import java.util.Objects;
import org.rulescape.core.analysis.Matrices;
import org.rulescape.core.analysis.OptimizerSymmetry;

/**
 * Output of one perturbation trial: its path through alpha-space and the meta-loss at every
 * step. Curves such as the distance to the reference are derived from the path on request.
 * Arrays are owned by the result and must not be modified.
 *
 * @param spec     which trial
 * @param status   how it ended
 * @param message  failure, divergence or cancellation explanation, empty when COMPLETE
 * @param metaLoss J(alpha_t) on the batch of recovery step t, t = 0 .. steps-1; a diverged
 *                 trial's last value is the non-finite one
 * @param alphas   alpha_t for t = 0 .. stepsCompleted, row 0 the perturbed start
 *                 (alpha_ref + sigma u); empty for a trial cancelled or failed before starting
 */
public record TrialResult(TrialSpec spec, TrialStatus status, String message, double[] metaLoss,
        double[][] alphas) {

    public TrialResult {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(metaLoss, "metaLoss");
        Objects.requireNonNull(alphas, "alphas");
        if (status == TrialStatus.COMPLETE && (alphas.length != metaLoss.length + 1)) {
            throw new IllegalArgumentException("a complete trial (" + spec.label() + ") needs one alpha"
                    + " more than meta-losses, got " + alphas.length + " alphas and " + metaLoss.length
                    + " meta-losses");
        }
    }

    /** A trial that never started because the batch was cancelled first. */
    public static TrialResult notStarted(TrialSpec spec, TrialStatus status, String message) {
        return new TrialResult(spec, status, message, new double[0], new double[0][]);
    }

    /** Number of recovery steps whose update was applied. */
    public int stepsCompleted() {
        return Math.max(0, alphas.length - 1);
    }

    /** True when the trial ran all its steps with finite values. */
    public boolean isComplete() {
        return status == TrialStatus.COMPLETE;
    }

    /** The last alpha of the path (the start when no step ran). */
    public double[] finalAlpha() {
        return alphas[alphas.length - 1];
    }

    /** Returns d_t = ||alpha_t - reference|| for every row of the path. */
    public double[] distanceTo(double[] reference) {
        double[] distance = new double[alphas.length];
        for (int t = 0; t < alphas.length; t++) {
            distance[t] = Matrices.distance(alphas[t], reference);
        }
        return distance;
    }

    /**
     * Returns the symmetry-aware distance min over hidden-unit permutations and sign flips of
     * ||P alpha_t - reference|| for every row of the path (weight matching, see
     * {@link OptimizerSymmetry#align}). It is never larger than the plain distance.
     *
     * @param hidden hidden width K of the learned optimizer
     */
    public double[] alignedDistanceTo(double[] reference, int hidden) {
        double[] distance = new double[alphas.length];
        for (int t = 0; t < alphas.length; t++) {
            distance[t] = OptimizerSymmetry.align(reference, alphas[t], hidden).distance();
        }
        return distance;
    }

    /**
     * Returns s_t = ||alpha_t - control_t||, the separation from the control's path at the same
     * step, for the steps both paths reached.
     */
    public double[] separationFrom(TrialResult control) {
        int length = Math.min(alphas.length, control.alphas.length);
        double[] separation = new double[length];
        for (int t = 0; t < length; t++) {
            separation[t] = Matrices.distance(alphas[t], control.alphas[t]);
        }
        return separation;
    }

    /**
     * Returns the mean meta-loss of the last {@code window} recorded steps, or NaN when the trial
     * is not complete (a diverged trial's end loss is not finite).
     */
    public double endMetaLoss(int window) {
        if (!isComplete() || metaLoss.length == 0) {
            return Double.NaN;
        }
        int from = Math.max(0, metaLoss.length - window);
        double sum = 0;
        for (int t = from; t < metaLoss.length; t++) {
            sum += metaLoss[t];
        }
        return sum / (metaLoss.length - from);
    }
}
