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

    /**
     * Returns the probability that a resample of S seeds drawn with replacement from S contains
     * at most 2 distinct seeds: (S + C(S, 2) (2^S - 2)) / S^S. Such a draw has one distinct pair (or
     * none), so its standard deviation is 0.
     */
    public static double probabilityAtMostTwoDistinct(int seeds) {
        if (seeds < 1) {
            throw new IllegalArgumentException("seed count must be positive, got " + seeds);
        }
        double s = seeds;
        double one = Math.pow(s, 1 - s);
        double two = s * (s - 1) / 2 * (Math.pow(2 / s, s) - 2 * Math.pow(s, -s));
        return one + two;
    }

    /**
     * Returns the fewest seeds whose bootstrap range of the distance std at {@code level} is not
     * pinned to 0 by construction: the first S where at most 2 distinct seeds occur in fewer than
     * (1 - level) / 2 of the resamples. For level 0.95 this is 6 (S = 5 gives 0.098, S = 6 gives 0.020).
     */
    public static int minSeedsForStdRange(double level) {
        int s = 2;
        while (probabilityAtMostTwoDistinct(s) >= (1 - level) / 2) {
            s++;
        }
        return s;
    }

    /**
     * True when the std's bootstrap range is informative. With fewer than
     * {@link #minSeedsForStdRange} seeds its lower bound is 0 whatever the data, so the range
     * is [0, about the observed value] and carries no information.
     */
    public boolean stdRangeInformative() {
        return seeds() >= minSeedsForStdRange(std.interval().level());
    }
}
