package org.rulescape.core.analysis;

/**
 * PCA of rows that do spread. Arrays are owned by the result and must not be modified.
 *
 * @param rows          number of rows S
 * @param columns       number of columns P
 * @param mean          column means, length P
 * @param totalVariance sum of squared centered entries / (S - 1)
 * @param variances     variance along each component (squared singular value / (S - 1)),
 *                      length {@code min(S - 1, P)}, largest first
 * @param ratios        {@code variances / totalVariance}
 * @param components    unit principal directions, one row of length P per component with a
 *                      resolved variance (eigenvalue above 1e-12 of the largest); the
 *                      sign makes the largest-magnitude entry positive
 * @param scores        coordinates of each row on {@code components}, S x components.length
 */
public record PcaResult(
        int rows,
        int columns,
        double[] mean,
        double totalVariance,
        double[] variances,
        double[] ratios,
        double[][] components,
        double[][] scores) implements PcaOutcome {

    public PcaResult {
        int m = PcaOutcome.maxComponents(rows, columns);
        if (variances.length != m || ratios.length != m) {
            throw new IllegalArgumentException("PCA of " + rows + " x " + columns + " needs " + m
                    + " variances and ratios, got " + variances.length + " and " + ratios.length);
        }
        if (components.length > m || scores.length != rows) {
            throw new IllegalArgumentException("PCA components (" + components.length
                    + ") must be at most " + m + " and scores must have " + rows + " rows, got "
                    + scores.length);
        }
    }

    /** Number of components with a resolved direction. */
    public int resolvedComponents() {
        return components.length;
    }

    /** Returns the coordinates of {@code alpha} on the components: (alpha - mean) . v_k. */
    public double[] project(double[] alpha) {
        if (alpha.length != columns) {
            throw new IllegalArgumentException("cannot project a vector of length " + alpha.length
                    + " onto components of length " + columns);
        }
        double[] out = new double[components.length];
        for (int k = 0; k < components.length; k++) {
            double sum = 0;
            for (int j = 0; j < columns; j++) {
                sum += (alpha[j] - mean[j]) * components[k][j];
            }
            out[k] = sum;
        }
        return out;
    }
}
