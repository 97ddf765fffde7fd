package org.rulescape.core.analysis.perturbation;

/**
 * Identity of one perturbation trial: which sigma of the settings' list and which random
 * direction. The control (sigma = 0, no direction) has {@link #CONTROL_INDEX} as sigma index.
 *
 * @param sigmaIndex position of the sigma in the settings' list, or -1 for the control
 * @param sigma      perturbation size, 0 for the control
 * @param trial      0-based trial number within its sigma
 */
public record TrialSpec(int sigmaIndex, double sigma, int trial) {

    /** Sigma index of the control. */
    public static final int CONTROL_INDEX = -1;

    public TrialSpec {
        if (sigmaIndex < CONTROL_INDEX) {
            throw new IllegalArgumentException("sigma index must be >= -1 (the control), got " + sigmaIndex);
        }
        if (trial < 0) {
            throw new IllegalArgumentException("trial must be >= 0, got " + trial);
        }
        if (sigmaIndex == CONTROL_INDEX && (sigma != 0 || trial != 0)) {
            throw new IllegalArgumentException("the control has sigma 0 and trial 0, got sigma " + sigma
                    + " and trial " + trial);
        }
        if (sigmaIndex != CONTROL_INDEX && !(sigma > 0 && Double.isFinite(sigma))) {
            throw new IllegalArgumentException("sigma must be finite and > 0 outside the control, got " + sigma);
        }
    }

    /** The sigma = 0 control. */
    public static TrialSpec control() {
        return new TrialSpec(CONTROL_INDEX, 0.0, 0);
    }

    /** True for the sigma = 0 control. */
    public boolean isControl() {
        return sigmaIndex == CONTROL_INDEX;
    }

    /** Short label for logs and tables, such as "sigma 0.5 trial 3" or "control". */
    public String label() {
        return isControl() ? "control" : "sigma " + sigma + " trial " + (trial + 1);
    }
}
