package org.rulescape.core.analysis.perturbation;

/** Terminal state of a perturbation trial. */
public enum TrialStatus {
    /** All recovery steps ran with finite values. */
    COMPLETE,
    /** A meta-loss or meta-gradient became non-finite; the path up to there is kept. */
    DIVERGED,
    /** Stopped on request; never counted in a summary and never stored as complete. */
    CANCELLED,
    /** An exception ended the trial; its message is kept. */
    FAILED;

    /** True when the trial ran to its end or diverged, so it counts as evidence. */
    public boolean isFinished() {
        return this == COMPLETE || this == DIVERGED;
    }
}
