package org.rulescape.fx.training;

/** State of a whole run as the workbench shows it in the run list. */
public enum RunStatus {
    /** Seeds are training in this workbench, or another process is still writing the run. */
    RUNNING("running"),
    /** Every seed ended on its own (done or diverged). */
    FINISHED("finished"),
    /** The user cancelled; finished seeds and partial records are kept. */
    CANCELLED("cancelled"),
    /** The run failed outside a single seed. */
    FAILED("failed"),
    /** The run's record says running but no process is writing it any more. */
    INTERRUPTED("interrupted");

    private final String label;

    RunStatus(String label) {
        this.label = label;
    }

    /**
     * True for the states {@code train --resume} continues: the run stopped before every seed
     * ended on its own (interrupted, cancelled or failed).
     */
    public static boolean resumable(RunStatus status) {
        return status == INTERRUPTED || status == CANCELLED || status == FAILED;
    }

    /** Lower-case word shown beside the run's name. */
    public String label() {
        return label;
    }
}
