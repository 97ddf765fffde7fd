package org.rulescape.core.experiment;

/**
 * Moments of Adam (Kingma and Ba 2015) for one alpha, with the number of updates taken so far
 * for the bias correction. Mutable and owned by one trainer.
 */
public final class AdamState {
    final double[] firstMoment;
    final double[] secondMoment;
    long updates;

    /** Fresh state: zero moments, no updates. */
    public AdamState(int size) {
        this(new double[size], new double[size], 0);
    }

    public AdamState(double[] firstMoment, double[] secondMoment, long updates) {
        if (firstMoment.length != secondMoment.length) {
            throw new IllegalArgumentException("Adam moments must have equal length, got "
                    + firstMoment.length + " and " + secondMoment.length);
        }
        if (updates < 0) {
            throw new IllegalArgumentException("Adam update count must be >= 0, got " + updates);
        }
        this.firstMoment = firstMoment;
        this.secondMoment = secondMoment;
        this.updates = updates;
    }

    public double[] firstMoment() {
        return firstMoment.clone();
    }

    public double[] secondMoment() {
        return secondMoment.clone();
    }

    public long updates() {
        return updates;
    }

    /** Returns an independent copy. */
    public AdamState copy() {
        return new AdamState(firstMoment.clone(), secondMoment.clone(), updates);
    }
}
