package org.rulescape.core.analysis;

/**
 * Result of PCA on an S x P matrix whose rows are alphas: either a {@link PcaResult} with
 * explained-variance ratios, or {@link ZeroVariance} when all rows coincide (or there is one
 * row), in which case there is no spread to explain. Neither case holds NaN.
 *
 * <p>With S rows, centering leaves at most S - 1 non-zero components, so {@link #ratios()}
 * has length {@code min(S - 1, P)} and D at any threshold is at most S - 1.
 */
public sealed interface PcaOutcome permits PcaResult, ZeroVariance {

    /** Number of rows S. */
    int rows();

    /** Number of columns P. */
    int columns();

    /** Column means that were subtracted, length P. */
    double[] mean();

    /** Sum of the squared centered entries divided by S - 1 (0 for one row). */
    double totalVariance();

    /** Explained-variance ratio per component, largest first; all zero for {@link ZeroVariance}. */
    double[] ratios();

    /** Returns the cumulative sums R_K of {@link #ratios()}. */
    default double[] cumulative() {
        return Pca.cumulative(ratios());
    }

    /**
     * Returns the smallest K with R_K >= threshold, for example D90 at 0.9; 0 for
     * {@link ZeroVariance}.
     */
    default int dimensionAt(double threshold) {
        return Pca.dimensionAt(ratios(), threshold);
    }

    /** Returns the ratio of component {@code k} (0-based), or 0 when there is no such component. */
    default double ratio(int k) {
        double[] ratios = ratios();
        return k < ratios.length ? ratios[k] : 0;
    }

    /** Largest number of non-zero components, {@code min(S - 1, P)}. */
    static int maxComponents(int rows, int columns) {
        return Math.max(0, Math.min(rows - 1, columns));
    }
}
