package org.rulescape.core.analysis;

/**
 * Pairwise Euclidean distances between the alphas of S seeds, summarized over the
 * S (S - 1) / 2 distinct pairs.
 *
 * @param matrix           S x S symmetric distance matrix with a zero diagonal; owned, not to be modified
 * @param mean             mean distance over distinct pairs, with its bootstrap interval
 * @param std              population standard deviation (divisor = number of pairs) over distinct
 *                         pairs, with its bootstrap interval
 * @param draws            bootstrap draws requested
 * @param skippedDraws     draws that held a single distinct seed, so no pair, and were left out
 */
public record DistanceSummary(double[][] matrix, Estimate mean, Estimate std, int draws,
        int skippedDraws) {

    /** Number of seeds S. */
    public int seeds() {
        return matrix.length;
    }
}
