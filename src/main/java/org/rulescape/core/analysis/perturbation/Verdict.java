package org.rulescape.core.analysis.perturbation;

/** Conclusion the trials of one sigma support about the neighbourhood of the reference. */
public enum Verdict {
    /** Perturbed runs move back towards the control's path: an attractor. */
    CONTRACTING,
    /** Perturbed runs keep their offset: a flat manifold in that direction. */
    NEUTRAL,
    /** Perturbed runs move away from the control's path. */
    EXPANDING,
    /** Fewer than two complete trials, so no interval: no verdict. */
    TOO_FEW_TRIALS,
    /** The sigma = 0 row: the drift from task sampling alone, no verdict of its own. */
    CONTROL;

    /** Lower-case label for tables. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
