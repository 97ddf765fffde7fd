package org.rulescape.reproduce;

import java.util.List;

/**
 * Values reported for the FULL reference experiment (10 seeds, 1000 meta-steps, T = 30,
 * meta-batch 16), which a reproduction sets beside Rulescape's own. Ratios are fractions, not
 * percentages. The reference gives single numbers without intervals.
 */
public final class ReferenceValues {
    /** Mean pairwise distance between the seeds' final alphas. */
    public static final double MEAN_PAIRWISE_DISTANCE = 1.71;
    /**
     * The reference calls the spread of the pairwise distances "a few tenths"; a reproduction
     * reads that as a standard deviation of at least two tenths and below 1, in [0.2, 1).
     */
    public static final double DISTANCE_SPREAD_LOW = 0.2;
    public static final double DISTANCE_SPREAD_HIGH = 1.0;
    /**
     * The reference calls the final norms "of order 1"; a reproduction reads that as every norm
     * within a factor of about 3 of 1, in [0.3, 3].
     */
    public static final double NORM_LOW = 0.3;
    public static final double NORM_HIGH = 3.0;
    /** Explained-variance ratio of the first principal component of the final alphas. */
    public static final double PC1 = 0.275;
    /** Explained-variance ratio of the second principal component. */
    public static final double PC2 = 0.219;
    /** Cumulative ratio of the first two components. */
    public static final double PC1_PLUS_PC2 = 0.494;
    /** Smallest number of components explaining 90 % of the variance. */
    public static final int D90 = 6;

    /**
     * One row of the reference perturbation table: mean distance to the reference alpha after
     * the recovery steps (300 in the reference), starting at distance sigma.
     *
     * @param sigma       start distance d_0
     * @param endDistance reported d_T
     */
    public record Recovery(double sigma, double endDistance) {
    }

    /** The reference perturbation table, in sigma order. */
    public static final List<Recovery> RECOVERY = List.of(
            new Recovery(0.1, 0.19),
            new Recovery(0.5, 0.54),
            new Recovery(1.0, 1.02),
            new Recovery(2.0, 1.96));

    private ReferenceValues() {
    }
}
