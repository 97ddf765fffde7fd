package org.rulescape.core.analysis;

/** Random matrices of the same shape as the data for parallel analysis (Horn 1965). */
public enum NullModel {
    /**
     * Independent Gaussian entries, column j scaled by the data's standard deviation in column
     * j: no correlation between coordinates, the same per-coordinate spread.
     */
    GAUSSIAN,
    /**
     * The data with each column permuted independently across rows: the exact marginal
     * distribution of every coordinate, with the links between coordinates broken.
     */
    SHUFFLED
}
