package org.rulescape.core.analysis.perturbation;

/**
 * The rule that turns the trials of one sigma into a {@link Verdict}.
 *
 * <p>The rule reads the separation ratio s_T / sigma, where s_t = ||alpha_t - control_t|| is a
 * trial's distance to the control's path at the same step (s_0 = sigma). Because all trials and
 * the control see the same task batches, the drift that task sampling alone causes (the
 * control's own d_T) is common to both paths and cancels in s_t, while it inflates the plain
 * d_T = ||alpha_T - alpha_ref||: with a control drift D, a trial that neither returns nor
 * escapes ends near sqrt(sigma^2 + D^2), so d_T / sigma exceeds 1 for small sigma on a flat
 * landscape. The plain ratio is still reported beside the verdict.
 *
 * <p>Thresholds: contracting when the upper bound of the 95 % interval of s_T / sigma is below
 * {@link #CONTRACTING_BELOW}, expanding when its lower bound is above
 * {@link #EXPANDING_ABOVE}, neutral otherwise. The band of +-20 % keeps offsets that change
 * by a few percent (a flat landscape) neutral and calls a pull back or push away of a fifth of
 * the offset. The interval bound, not the mean, must cross the threshold, so one lucky
 * direction among five noisy trials cannot produce a verdict.
 */
public final class VerdictRule {
    /** Upper interval bound of s_T / sigma below which the verdict is contracting. */
    public static final double CONTRACTING_BELOW = 0.8;
    /** Lower interval bound of s_T / sigma above which the verdict is expanding. */
    public static final double EXPANDING_ABOVE = 1.2;

    /**
     * End meta-loss over the reference's final meta-loss (geometric mean over trials) above which
     * a row is marked beside its verdict. Both losses are averages over many batches, so their
     * ratio scatters by tens of percent; twice the reference's loss means the trials ended in a
     * worse region, and the verdict then describes that region rather than a valley of rules as
     * good as the reference. On the control row it means the reference itself was not settled
     * (for example an UNSTABLE reference seed).
     */
    public static final double LOSS_ABOVE_REFERENCE = 2.0;

    /** One-line statement of the loss warning for screens and printed tables. */
    public static final String LOSS_TEXT = "\"end loss N x reference\" after a verdict: the verdict is about distance"
            + " only, and the end meta-loss (geometric mean over trials) exceeds " + LOSS_ABOVE_REFERENCE + "x the reference's final meta-loss, so the trials"
            + " ended in a worse region than the reference";

    /** One-line statement of the rule for screens and printed tables. */
    public static final String TEXT = "verdict from s_T/sigma, s_t = ||alpha_t - control_t|| (same tasks, so"
            + " task-sampling drift cancels): contracting if the 95 % interval's upper bound < "
            + CONTRACTING_BELOW + ", expanding if its lower bound > " + EXPANDING_ABOVE
            + ", otherwise neutral; at least 2 complete trials";

    private VerdictRule() {
    }

    /** Applies the rule to the interval of s_T / sigma over a sigma's complete trials. */
    public static Verdict apply(MeanInterval separationRatio) {
        if (!separationRatio.hasInterval()) {
            return Verdict.TOO_FEW_TRIALS;
        }
        if (separationRatio.high() < CONTRACTING_BELOW) {
            return Verdict.CONTRACTING;
        }
        if (separationRatio.low() > EXPANDING_ABOVE) {
            return Verdict.EXPANDING;
        }
        return Verdict.NEUTRAL;
    }
}
