package org.rulescape.core.analysis.perturbation;

/**
 * Summary of one sigma's trials (or of the control). Distances are in alpha units; ratios are
 * dimensionless. Means and intervals are over the COMPLETE trials; diverged trials are counted
 * but have no end values. Intervals are Student-t 95 % intervals over trials; the two loss
 * ratios use {@link MeanInterval#geometric}, so their mean is a geometric mean and their
 * interval stays positive.
 *
 * @param sigmaIndex          position in the settings' sigma list, -1 for the control
 * @param sigma               perturbation size
 * @param planned             trials the settings ask for (1 for the control)
 * @param complete            trials that ran all their steps
 * @param diverged            trials that diverged
 * @param startDistance       d_0 = ||alpha_0 - alpha_ref||, equal to sigma up to rounding
 * @param endDistance         d_T over trials, with its 95 % interval
 * @param distanceRatio       d_T / d_0 over trials (NaN for the control)
 * @param separationRatio     s_T / sigma with s_t = ||alpha_t - control_t|| (NaN for the control
 *                            or when the control is missing)
 * @param alignedStartDistance symmetry-aware d_0: the distance after matching hidden units
 *                            (permutations and sign flips) to alpha_ref, at most sigma
 * @param alignedEndDistance  symmetry-aware d_T over trials
 * @param controlDrift        D = the control's d_T, the drift from task sampling alone (NaN when
 *                            the control is missing)
 * @param neutralDistance     sqrt(sigma^2 + D^2), the d_T expected when a trial keeps its offset
 *                            and drifts like the control in a roughly orthogonal direction
 * @param endLossVsReference  end meta-loss / the reference's final meta-loss: geometric mean over
 *                            trials with its log-scale interval
 * @param endLossVsControl    end meta-loss / the control's end meta-loss on the same tasks: geometric
 *                            mean over trials with its log-scale interval
 * @param verdict             what {@link VerdictRule} concludes
 */
public record SigmaSummary(
        int sigmaIndex,
        double sigma,
        int planned,
        int complete,
        int diverged,
        MeanInterval startDistance,
        MeanInterval endDistance,
        MeanInterval distanceRatio,
        MeanInterval separationRatio,
        MeanInterval alignedStartDistance,
        MeanInterval alignedEndDistance,
        double controlDrift,
        double neutralDistance,
        MeanInterval endLossVsReference,
        MeanInterval endLossVsControl,
        Verdict verdict) {

    /**
     * Returns a warning for the verdict column when the end meta-loss is more than
     * {@link VerdictRule#LOSS_ABOVE_REFERENCE} times the reference's, for example
     * {@code "loss 3.4x ref"}; empty otherwise.
     */
    public String lossWarning() {
        double ratio = endLossVsReference.mean();
        if (!(ratio > VerdictRule.LOSS_ABOVE_REFERENCE)) {
            return "";
        }
        return String.format(java.util.Locale.ROOT, "loss %.3gx ref", ratio);
    }

    /**
     * Returns the loss warning as screens and printed tables show it, for example
     * {@code "end loss 8.6e4 x reference"} or {@code "end loss 3.2 x reference"}; empty when
     * {@link #lossWarning()} is empty. The stored {@code loss_warning} keeps its older form.
     */
    public String lossNote() {
        double ratio = endLossVsReference.mean();
        if (!(ratio > VerdictRule.LOSS_ABOVE_REFERENCE)) {
            return "";
        }
        return "end loss " + compact(ratio) + " x reference";
    }

    /** Two significant digits; powers of ten as {@code 8.6e4} from 10 000 on. */
    static String compact(double value) {
        if (Double.isInfinite(value)) {
            return "infinite";
        }
        if (value < 1e4) {
            return value < 10 ? String.format(java.util.Locale.ROOT, "%.2g", value)
                    : String.valueOf(Math.round(value));
        }
        int exponent = (int) Math.floor(Math.log10(value));
        double mantissa = value / Math.pow(10, exponent);
        if (Math.round(mantissa * 10) >= 100) {
            mantissa /= 10;
            exponent++;
        }
        return String.format(java.util.Locale.ROOT, "%.1fe%d", mantissa, exponent);
    }

    /** True for the sigma = 0 control's row. */
    public boolean isControl() {
        return sigmaIndex == TrialSpec.CONTROL_INDEX;
    }
}
