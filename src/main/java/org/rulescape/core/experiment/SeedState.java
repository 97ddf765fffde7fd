package org.rulescape.core.experiment;

/** Life cycle of one seed's training. */
public enum SeedState {
    QUEUED,
    RUNNING,
    /** All meta-steps completed with finite values. */
    DONE,
    /** A meta-loss or meta-gradient became non-finite; the last finite alpha is kept. */
    DIVERGED,
    /** Stopped on request before the last meta-step; records up to that point are kept. */
    CANCELLED,
    /** An exception ended the seed; its message is recorded. */
    FAILED;

    /** True for states after which the seed will not run again in this run. */
    public boolean isTerminal() {
        return this == DONE || this == DIVERGED || this == CANCELLED || this == FAILED;
    }
}
