package org.rulescape.core.analysis;

/**
 * Principal component analysis of an S x P matrix of row vectors (Pearson 1901; Jolliffe,
 * Principal Component Analysis, 2002): center the columns, then take the eigen decomposition
 * of the S x S Gram matrix X X^T of the centered rows. Its eigenvalues are the squared
 * singular values of X, so the explained-variance ratios equal those of an SVD of X (a test
 * checks this against ND4J's LAPACK gesvd and against numpy). For S much smaller than P this
 * costs O(S^2 P) and stays in plain Java, which matters for the thousands of PCAs behind
 * bootstrap intervals and null bands. The price is absolute accuracy: ratios of components
 * beyond the rank of the data come out near 1e-16 rather than 0.
 */
public final class Pca {
    /** Total variance at or below this fraction of the rows' mean square counts as none. */
    private static final double ZERO_VARIANCE_RELATIVE = 1e-24;
    /**
     * Components whose eigenvalue is at or below this fraction of the largest get no direction:
     * Gram eigenvalues carry an absolute error of about 1e-16 of the largest, so smaller ones
     * are rounding noise of a rank-deficient matrix.
     */
    private static final double RESOLVED_RELATIVE = 1e-12;
    /** Cumulative ratios within this of a threshold count as reaching it (rounding of sums). */
    private static final double THRESHOLD_SLACK = 1e-12;

    private Pca() {
    }

    /**
     * Fits PCA to the rows.
     *
     * @throws IllegalArgumentException when there are no rows, rows differ in length or an
     *                                  entry is not finite (the message names the entry)
     */
    public static PcaOutcome fit(double[][] rows) {
        int p = Matrices.checkRows(rows, "PCA input");
        int s = rows.length;
        double[] mean = Matrices.columnMeans(rows);
        double[][] centered = Matrices.centered(rows, mean);
        double squares = Matrices.sumOfSquares(centered);
        if (s == 1 || isZeroVariance(squares, Matrices.sumOfSquares(rows))) {
            return new ZeroVariance(s, p, mean);
        }

        SymmetricEigen.Decomposition eigen = SymmetricEigen.decompose(Matrices.gram(centered), true);
        int m = PcaOutcome.maxComponents(s, p);
        double[] variances = new double[m];
        double[] ratios = new double[m];
        int resolved = 0;
        double largest = Math.max(eigen.values()[0], 0);
        for (int k = 0; k < m; k++) {
            double lambda = Math.max(eigen.values()[k], 0);
            variances[k] = lambda / (s - 1);
            ratios[k] = lambda / squares;
            if (lambda > RESOLVED_RELATIVE * largest) {
                resolved = k + 1;
            }
        }

        double[][] components = new double[resolved][];
        double[][] scores = new double[s][resolved];
        for (int k = 0; k < resolved; k++) {
            components[k] = direction(centered, eigen.vectors()[k]);
            for (int i = 0; i < s; i++) {
                scores[i][k] = Matrices.dot(centered[i], components[k]);
            }
        }
        return new PcaResult(s, p, mean, squares / (s - 1), variances, ratios, components, scores);
    }

    /**
     * Returns only the explained-variance ratios of a weighted PCA, the fast path for bootstrap
     * draws and null models. Row i gets weight {@code weights[i] >= 0} (null means equal
     * weights): the mean is the weighted mean and row i's centered deviation is scaled by
     * sqrt(weight). Integer counts of a resample with replacement give exactly the PCA of the
     * resampled matrix. Returns zeros when the weighted rows do not spread.
     */
    public static double[] ratios(double[][] rows, double[] weights) {
        int s = rows.length;
        int p = rows[0].length;
        double[] w = weights == null ? uniform(s) : weights;
        double[] mean = new double[p];
        double totalWeight = 0;
        for (int i = 0; i < s; i++) {
            totalWeight += w[i];
            for (int j = 0; j < p; j++) {
                mean[j] += w[i] * rows[i][j];
            }
        }
        for (int j = 0; j < p; j++) {
            mean[j] /= totalWeight;
        }
        double[][] scaled = new double[s][p];
        double raw = 0;
        for (int i = 0; i < s; i++) {
            double root = Math.sqrt(w[i] / totalWeight);
            for (int j = 0; j < p; j++) {
                scaled[i][j] = root * (rows[i][j] - mean[j]);
                raw += w[i] / totalWeight * rows[i][j] * rows[i][j];
            }
        }
        double squares = Matrices.sumOfSquares(scaled);
        int m = PcaOutcome.maxComponents(s, p);
        double[] ratios = new double[m];
        if (isZeroVariance(squares, raw)) {
            return ratios;
        }
        double[] values = SymmetricEigen.values(Matrices.gram(scaled));
        for (int k = 0; k < m; k++) {
            ratios[k] = Math.max(values[k], 0) / squares;
        }
        return ratios;
    }

    /** Returns the running sums R_K of the ratios. */
    public static double[] cumulative(double[] ratios) {
        double[] out = new double[ratios.length];
        double sum = 0;
        for (int k = 0; k < ratios.length; k++) {
            sum += ratios[k];
            out[k] = sum;
        }
        return out;
    }

    /**
     * Returns the smallest K with R_K >= threshold (within 1e-12 for rounding), or 0 when all
     * ratios are zero (no variance to explain).
     *
     * @throws IllegalArgumentException when threshold is not in (0, 1]
     */
    public static int dimensionAt(double[] ratios, double threshold) {
        checkThreshold(threshold);
        double sum = 0;
        boolean any = false;
        for (int k = 0; k < ratios.length; k++) {
            any |= ratios[k] > 0;
            sum += ratios[k];
            if (any && sum >= threshold - THRESHOLD_SLACK) {
                return k + 1;
            }
        }
        return any ? ratios.length : 0;
    }

    /** Rejects thresholds outside (0, 1]. */
    public static void checkThreshold(double threshold) {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException(
                    "variance threshold must lie in (0, 1], for example 0.9 for D90, got " + threshold);
        }
    }

    private static boolean isZeroVariance(double centeredSquares, double rawSquares) {
        return centeredSquares <= ZERO_VARIANCE_RELATIVE * rawSquares;
    }

    /** v = X^T u / ||X^T u||, signed so that its largest-magnitude entry is positive. */
    private static double[] direction(double[][] centered, double[] u) {
        int p = centered[0].length;
        double[] v = new double[p];
        for (int i = 0; i < centered.length; i++) {
            for (int j = 0; j < p; j++) {
                v[j] += u[i] * centered[i][j];
            }
        }
        double norm = Math.sqrt(Matrices.dot(v, v));
        int largest = 0;
        for (int j = 0; j < p; j++) {
            if (Math.abs(v[j]) > Math.abs(v[largest])) {
                largest = j;
            }
        }
        double scale = (v[largest] < 0 ? -1 : 1) / norm;
        for (int j = 0; j < p; j++) {
            v[j] *= scale;
        }
        return v;
    }

    private static double[] uniform(int s) {
        double[] w = new double[s];
        java.util.Arrays.fill(w, 1.0);
        return w;
    }
}
