package org.rulescape.core.analysis.rule;

import java.util.Optional;

/**
 * Mean and spread of the distances between distinct pairs of a symmetric distance matrix
 * (the entries above the diagonal).
 *
 * @param pairs number of pairs, S (S - 1) / 2
 * @param mean  mean distance
 * @param std   population standard deviation over the pairs (divisor = pairs), as in the
 *              geometry analysis; 0 for a single pair
 * @param min   smallest distance
 * @param max   largest distance
 */
public record DistanceSummary(int pairs, double mean, double std, double min, double max) {

    public DistanceSummary {
        if (pairs < 1) {
            throw new IllegalArgumentException("a distance summary needs at least one pair, got " + pairs);
        }
    }

    /**
     * Summarizes the pairs of {@code matrix}, or returns empty when it has fewer than two rows
     * (no pair). Non-finite distances are kept, so they show up as a non-finite mean.
     *
     * @throws IllegalArgumentException when the matrix is not square
     */
    public static Optional<DistanceSummary> of(double[][] matrix) {
        int n = matrix.length;
        for (double[] row : matrix) {
            if (row.length != n) {
                throw new IllegalArgumentException("distance matrix must be square, got " + n
                        + " rows and a row of " + row.length);
            }
        }
        if (n < 2) {
            return Optional.empty();
        }
        int pairs = n * (n - 1) / 2;
        double sum = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                sum += matrix[i][j];
                min = Math.min(min, matrix[i][j]);
                max = Math.max(max, matrix[i][j]);
            }
        }
        double mean = sum / pairs;
        double squares = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double d = matrix[i][j] - mean;
                squares += d * d;
            }
        }
        double std = Math.sqrt(squares / pairs);
        return Optional.of(new DistanceSummary(pairs, mean, std, min, max));
    }
}
