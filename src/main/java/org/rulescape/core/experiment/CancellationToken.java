package org.rulescape.core.experiment;

import java.util.concurrent.atomic.AtomicBoolean;

/** A flag that long-running work polls between steps; once cancelled it stays cancelled. */
public final class CancellationToken {
    private final AtomicBoolean cancelled = new AtomicBoolean();

    /** Requests cancellation; work stops at its next poll. */
    public void cancel() {
        cancelled.set(true);
    }

    public boolean isCancelled() {
        return cancelled.get();
    }

    /** A token that is never cancelled. */
    public static CancellationToken none() {
        return new CancellationToken();
    }
}
