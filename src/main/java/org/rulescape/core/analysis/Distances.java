package org.rulescape.core.analysis;

import java.util.Arrays;

/**
 * Pairwise distances between alphas and their bootstrap over seeds.
 *
 * <p>Bootstrap and duplicate pairs: a draw takes S seeds with replacement. Two copies of the
 * same seed are not a pair of learned optimizers, so their zero distance is left out: the
 * draw's statistics weight each pair of distinct original seeds (a, b) by c_a c_b, the number
 * of resampled pairs that map to it. A draw with a single distinct seed has no pair and is
 * skipped (counted in {@link DistanceSummary#skippedDraws()}).
 */
public final class Distances {
    private Distances() {
    }

    /** Returns the S x S matrix of ||alpha_i - alpha_j||. */
    public static double[][] pairwise(double[][] alphas) {
        Matrices.checkRows(alphas, "alphas");
        int s = alphas.length;
        double[][] d = new double[s][s];
        for (int i = 0; i < s; i++) {
            for (int j = i + 1; j < s; j++) {
                d[i][j] = Matrices.distance(alphas[i], alphas[j]);
                d[j][i] = d[i][j];
            }
        }
        return d;
    }

    /** Returns ||a_i|| per row. */
    public static double[] norms(double[][] alphas) {
        double[] out = new double[alphas.length];
        for (int i = 0; i < alphas.length; i++) {
            out[i] = Matrices.norm(alphas[i]);
        }
        return out;
    }

    /** Returns ||a_i - b_i|| per row. */
    public static double[] rowDistances(double[][] a, double[][] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("row distances need matching row counts, got "
                    + a.length + " and " + b.length);
        }
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = Matrices.distance(a[i], b[i]);
        }
        return out;
    }

    /**
     * Summarizes a distance matrix with bootstrap intervals at {@code level}; the resamples are
     * those of {@link AnalysisStreams#resampleCounts}, so draw d uses the same seeds in every
     * statistic of one analysis.
     *
     * @throws IllegalArgumentException when the matrix has fewer than 2 seeds or is not square
     */
    public static DistanceSummary summarize(double[][] matrix, int draws, double level,
            long analysisSeed) {
        int s = matrix.length;
        if (s < 2) {
            throw new IllegalArgumentException(
                    "pairwise distances need at least 2 seeds, got " + s);
        }
        for (double[] row : matrix) {
            if (row.length != s) {
                throw new IllegalArgumentException("distance matrix must be square "
                        + s + " x " + s + ", found a row of length " + row.length);
            }
        }
        int[] ones = new int[s];
        Arrays.fill(ones, 1);
        double[] observed = weightedMeanStd(matrix, ones);

        double[] means = new double[draws];
        double[] stds = new double[draws];
        int kept = 0;
        for (int d = 0; d < draws; d++) {
            double[] stats = weightedMeanStd(matrix, AnalysisStreams.resampleCounts(analysisSeed, d, s));
            if (stats != null) {
                means[kept] = stats[0];
                stds[kept] = stats[1];
                kept++;
            }
        }
        return new DistanceSummary(Matrices.copy(matrix),
                estimate(observed[0], Arrays.copyOf(means, kept), level),
                estimate(observed[1], Arrays.copyOf(stds, kept), level),
                draws, draws - kept);
    }

    /** Returns {mean, population std} over distinct pairs weighted by c_a c_b, or null without pairs. */
    private static double[] weightedMeanStd(double[][] matrix, int[] counts) {
        double weight = 0;
        double sum = 0;
        int s = matrix.length;
        for (int a = 0; a < s; a++) {
            for (int b = a + 1; b < s; b++) {
                double w = (double) counts[a] * counts[b];
                weight += w;
                sum += w * matrix[a][b];
            }
        }
        if (weight == 0) {
            return null;
        }
        double mean = sum / weight;
        double squares = 0;
        for (int a = 0; a < s; a++) {
            for (int b = a + 1; b < s; b++) {
                double dev = matrix[a][b] - mean;
                squares += (double) counts[a] * counts[b] * dev * dev;
            }
        }
        return new double[] {mean, Math.sqrt(squares / weight)};
    }

    /**
     * Returns the mean of per-seed values with its bootstrap interval over the shared seed
     * resamples.
     */
    public static Estimate meanOverSeeds(double[] values, int draws, double level, long analysisSeed) {
        int s = values.length;
        if (s == 0) {
            throw new IllegalArgumentException("mean over seeds needs at least one seed, got none");
        }
        double[] means = new double[draws];
        for (int d = 0; d < draws; d++) {
            int[] counts = AnalysisStreams.resampleCounts(analysisSeed, d, s);
            double sum = 0;
            for (int i = 0; i < s; i++) {
                sum += counts[i] * values[i];
            }
            means[d] = sum / s;
        }
        return estimate(Arrays.stream(values).average().orElseThrow(), means, level);
    }

    private static Estimate estimate(double observed, double[] draws, double level) {
        if (draws.length == 0) {
            return new Estimate(observed, new Interval(observed, observed, level));
        }
        return new Estimate(observed, Quantiles.central(draws, level, false));
    }
}
