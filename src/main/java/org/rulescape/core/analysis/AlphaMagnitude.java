package org.rulescape.core.analysis;

import java.util.Locale;

/**
 * The size limit on alphas that enter a geometry analysis. The PCA squares entries of Gram
 * matrices, so it works with fourth powers of alpha entries summed over seeds and parameters.
 * With every alpha's Euclidean norm at most {@link #MAX_NORM} = 1e50, those stay below about
 * 1e200 times the counts, far inside the double range (about 1.8e308), and norms, distances and
 * squared distances never overflow. A trained alpha has a norm of order 1 to 100, so an alpha
 * beyond the limit means a damaged file or a blown-up seed.
 */
public final class AlphaMagnitude {
    /** Largest Euclidean norm of an alpha that the analyses accept. */
    public static final double MAX_NORM = 1e50;

    private AlphaMagnitude() {
    }

    /**
     * Returns why {@code alpha} cannot enter an analysis, as a predicate ("not finite (...)" or
     * "too large: ..."), or an empty string when it can.
     */
    public static String problem(double[] alpha) {
        for (int j = 0; j < alpha.length; j++) {
            if (!Double.isFinite(alpha[j])) {
                return "not finite (entry " + j + " is " + alpha[j] + ")";
            }
        }
        double norm = Matrices.norm(alpha);
        if (norm > MAX_NORM) {
            return String.format(Locale.ROOT, "too large: its norm is %.3g, above the limit %.0e, so its squared"
                    + " distances overflow", norm, MAX_NORM);
        }
        return "";
    }
}
