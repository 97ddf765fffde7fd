package org.rulescape.core.store;

/** Life cycle of a stored run as a reader sees it. */
public enum RunState {
    /** A process is training the run now: run.json has state RUNNING and its heartbeat is fresh. */
    RUNNING,
    /** Every seed reached a terminal state (DONE or DIVERGED); diverged seeds are not failures. */
    FINISHED,
    /**
     * run.json has state RUNNING but no writer is alive: the heartbeat file is missing, older than
     * {@link RunReader#STALE_HEARTBEAT}, or names a process on this host that has exited. The
     * process was killed or crashed; {@code train --resume} continues the run from its checkpoints.
     */
    INTERRUPTED,
    /** The user cancelled the run; finished seeds and partial records are kept. */
    CANCELLED,
    /** A seed failed with an exception, or the run could not be written; run.json contains the message. */
    FAILED
}
