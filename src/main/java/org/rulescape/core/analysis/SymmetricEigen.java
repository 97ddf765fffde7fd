package org.rulescape.core.analysis;

/**
 * Eigen decomposition of a small symmetric matrix, in plain Java because for the S x S Gram
 * matrices of PCA across seeds (S of order 10) a call into a native library costs more than
 * the work. Eigenvectors come from the cyclic Jacobi method (Golub and Van Loan, Matrix
 * Computations, 4th ed., section 8.5); eigenvalues alone, the hot path of bootstrap and null
 * draws, from Householder tridiagonalization followed by implicit symmetric QR steps with the
 * Wilkinson shift (same book, sections 8.3.1 and 8.3.3), several times faster. Both are
 * accurate to a few units of rounding relative to the matrix norm.
 */
final class SymmetricEigen {
    private static final int MAX_SWEEPS = 60;

    private SymmetricEigen() {
    }

    /**
     * Eigenvalues in descending order and, when requested, the matching unit eigenvectors.
     *
     * @param values  eigenvalues, largest first
     * @param vectors {@code vectors[k]} is the eigenvector of {@code values[k]}, or null when not requested
     */
    record Decomposition(double[] values, double[][] vectors) {
    }

    /**
     * Decomposes the symmetric matrix {@code a}; only its values are read, and the upper and
     * lower triangles must agree (they are not checked).
     */
    static Decomposition decompose(double[][] a, boolean wantVectors) {
        int n = a.length;
        double[][] m = new double[n][];
        for (int i = 0; i < n; i++) {
            m[i] = a[i].clone();
        }
        double[][] v = wantVectors ? identity(n) : null;

        for (int sweep = 0; sweep < MAX_SWEEPS && !converged(m); sweep++) {
            for (int p = 0; p < n - 1; p++) {
                for (int q = p + 1; q < n; q++) {
                    rotate(m, v, p, q);
                }
            }
        }
        return sorted(m, v);
    }

    /** Returns the eigenvalues of the symmetric matrix {@code a}, largest first. */
    static double[] values(double[][] a) {
        int n = a.length;
        double[][] t = new double[n][];
        double norm = 0;
        for (int i = 0; i < n; i++) {
            t[i] = a[i].clone();
            for (double x : t[i]) {
                norm += x * x;
            }
        }
        tridiagonalize(t);
        diagonalize(t, Math.sqrt(norm));
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = t[i][i];
        }
        java.util.Arrays.sort(values);
        for (int i = 0; i < n / 2; i++) {
            double swap = values[i];
            values[i] = values[n - 1 - i];
            values[n - 1 - i] = swap;
        }
        return values;
    }

    /** Reduces t in place to tridiagonal form Q^T t Q by Householder reflections. */
    private static void tridiagonalize(double[][] t) {
        int n = t.length;
        double[] v = new double[n];
        double[] w = new double[n];
        for (int k = 0; k < n - 2; k++) {
            double length = 0;
            for (int i = k + 1; i < n; i++) {
                length += t[i][k] * t[i][k];
            }
            length = Math.sqrt(length);
            if (length == 0) {
                continue;
            }
            double alpha = t[k + 1][k] > 0 ? -length : length;
            double vNorm = 0;
            for (int i = k + 1; i < n; i++) {
                v[i] = t[i][k];
            }
            v[k + 1] -= alpha;
            for (int i = k + 1; i < n; i++) {
                vNorm += v[i] * v[i];
            }
            vNorm = Math.sqrt(vNorm);
            for (int i = k + 1; i < n; i++) {
                v[i] /= vNorm;
            }
            // Trailing block B <- H B H with H = I - 2 v v^T, as B - v w^T - w v^T, w = 2 (B v - (v^T B v) v).
            double vBv = 0;
            for (int i = k + 1; i < n; i++) {
                double p = 0;
                for (int j = k + 1; j < n; j++) {
                    p += t[i][j] * v[j];
                }
                w[i] = p;
                vBv += v[i] * p;
            }
            for (int i = k + 1; i < n; i++) {
                w[i] = 2 * (w[i] - vBv * v[i]);
            }
            for (int i = k + 1; i < n; i++) {
                for (int j = k + 1; j < n; j++) {
                    t[i][j] -= v[i] * w[j] + w[i] * v[j];
                }
            }
            t[k + 1][k] = alpha;
            t[k][k + 1] = alpha;
            for (int i = k + 2; i < n; i++) {
                t[i][k] = 0;
                t[k][i] = 0;
            }
        }
    }

    /** Drives the tridiagonal t to diagonal form with implicit Wilkinson-shifted QR steps. */
    private static void diagonalize(double[][] t, double norm) {
        int m = t.length - 1;
        int budget = 60 * t.length;
        while (m > 0 && budget-- > 0) {
            if (negligible(t, m, norm)) {
                t[m][m - 1] = 0;
                t[m - 1][m] = 0;
                m--;
                continue;
            }
            int l = m - 1;
            while (l > 0 && !negligible(t, l, norm)) {
                l--;
            }
            double d = (t[m - 1][m - 1] - t[m][m]) / 2;
            double b = t[m][m - 1];
            double mu = t[m][m] - b * b / (d + Math.copySign(Math.hypot(d, b), d));
            double x = t[l][l] - mu;
            double z = t[l + 1][l];
            for (int k = l; k < m; k++) {
                double r = Math.hypot(x, z);
                if (r == 0) {
                    break;
                }
                rotate(t, null, k, k + 1, x / r, -z / r);
                if (k < m - 1) {
                    x = t[k + 1][k];
                    z = t[k + 2][k];
                }
            }
        }
    }

    /** True when the sub-diagonal entry t[i][i-1] is below rounding of its neighbours or of the norm. */
    private static boolean negligible(double[][] t, int i, double norm) {
        double b = Math.abs(t[i][i - 1]);
        return b <= 0x1p-52 * (Math.abs(t[i][i]) + Math.abs(t[i - 1][i - 1])) || b <= 1e-18 * norm;
    }

    private static boolean converged(double[][] m) {
        double off = 0;
        double total = 0;
        for (int i = 0; i < m.length; i++) {
            for (int j = 0; j < m.length; j++) {
                double square = m[i][j] * m[i][j];
                total += square;
                if (i != j) {
                    off += square;
                }
            }
        }
        return off <= 1e-32 * total;
    }

    /** Applies the Jacobi rotation J(p, q) that zeroes m[p][q]: m <- J^T m J and v <- v J. */
    private static void rotate(double[][] m, double[][] v, int p, int q) {
        double apq = m[p][q];
        if (apq == 0) {
            return;
        }
        double tau = (m[q][q] - m[p][p]) / (2 * apq);
        double t = tau >= 0
                ? 1 / (tau + Math.sqrt(1 + tau * tau))
                : -1 / (-tau + Math.sqrt(1 + tau * tau));
        double c = 1 / Math.sqrt(1 + t * t);
        rotate(m, v, p, q, c, t * c);
        m[p][q] = 0;
        m[q][p] = 0;
    }

    /**
     * Applies m <- J^T m J and v <- v J for the rotation J equal to the identity except
     * J_pp = J_qq = c, J_pq = s, J_qp = -s.
     */
    private static void rotate(double[][] m, double[][] v, int p, int q, double c, double s) {
        int n = m.length;
        for (int k = 0; k < n; k++) {
            double mkp = m[k][p];
            double mkq = m[k][q];
            m[k][p] = c * mkp - s * mkq;
            m[k][q] = s * mkp + c * mkq;
        }
        for (int k = 0; k < n; k++) {
            double mpk = m[p][k];
            double mqk = m[q][k];
            m[p][k] = c * mpk - s * mqk;
            m[q][k] = s * mpk + c * mqk;
        }
        if (v != null) {
            for (int k = 0; k < n; k++) {
                double vkp = v[k][p];
                double vkq = v[k][q];
                v[k][p] = c * vkp - s * vkq;
                v[k][q] = s * vkp + c * vkq;
            }
        }
    }

    private static Decomposition sorted(double[][] m, double[][] v) {
        int n = m.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (x, y) -> Double.compare(m[y][y], m[x][x]));
        double[] values = new double[n];
        double[][] vectors = v == null ? null : new double[n][n];
        for (int k = 0; k < n; k++) {
            values[k] = m[order[k]][order[k]];
            if (v != null) {
                for (int i = 0; i < n; i++) {
                    vectors[k][i] = v[i][order[k]];
                }
            }
        }
        return new Decomposition(values, vectors);
    }

    private static double[][] identity(int n) {
        double[][] id = new double[n][n];
        for (int i = 0; i < n; i++) {
            id[i][i] = 1;
        }
        return id;
    }
}
