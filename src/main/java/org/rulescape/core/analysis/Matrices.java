package org.rulescape.core.analysis;

/** Small dense helpers on row-major {@code double[][]} matrices; all allocate their result. */
public final class Matrices {
    private Matrices() {
    }

    /**
     * Checks that {@code rows} is non-empty, rectangular and finite, and returns its row length.
     *
     * @throws IllegalArgumentException naming {@code what}, the row and the column at fault
     */
    static int checkRows(double[][] rows, String what) {
        if (rows.length == 0) {
            throw new IllegalArgumentException(what + " needs at least one row, got none");
        }
        int p = rows[0].length;
        for (int i = 0; i < rows.length; i++) {
            if (rows[i].length != p) {
                throw new IllegalArgumentException(what + " rows must all have length " + p
                        + ", but row " + i + " has length " + rows[i].length);
            }
            for (int j = 0; j < p; j++) {
                if (!Double.isFinite(rows[i][j])) {
                    throw new IllegalArgumentException(what + " must be finite, but row " + i
                            + " column " + j + " is " + rows[i][j]);
                }
            }
        }
        return p;
    }

    static double[] columnMeans(double[][] rows) {
        int p = rows[0].length;
        double[] mean = new double[p];
        for (double[] row : rows) {
            for (int j = 0; j < p; j++) {
                mean[j] += row[j];
            }
        }
        for (int j = 0; j < p; j++) {
            mean[j] /= rows.length;
        }
        return mean;
    }

    /** Population standard deviation of each column. */
    static double[] columnStds(double[][] rows) {
        double[] mean = columnMeans(rows);
        double[] std = new double[mean.length];
        for (double[] row : rows) {
            for (int j = 0; j < mean.length; j++) {
                double d = row[j] - mean[j];
                std[j] += d * d;
            }
        }
        for (int j = 0; j < mean.length; j++) {
            std[j] = Math.sqrt(std[j] / rows.length);
        }
        return std;
    }

    static double[][] centered(double[][] rows, double[] mean) {
        double[][] out = new double[rows.length][mean.length];
        for (int i = 0; i < rows.length; i++) {
            for (int j = 0; j < mean.length; j++) {
                out[i][j] = rows[i][j] - mean[j];
            }
        }
        return out;
    }

    static double sumOfSquares(double[][] rows) {
        double sum = 0;
        for (double[] row : rows) {
            for (double x : row) {
                sum += x * x;
            }
        }
        return sum;
    }

    /** Returns X X^T. */
    static double[][] gram(double[][] x) {
        int s = x.length;
        double[][] g = new double[s][s];
        for (int i = 0; i < s; i++) {
            for (int k = i; k < s; k++) {
                double dot = dot(x[i], x[k]);
                g[i][k] = dot;
                g[k][i] = dot;
            }
        }
        return g;
    }

    static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int j = 0; j < a.length; j++) {
            sum += a[j] * b[j];
        }
        return sum;
    }

    /**
     * Returns the Euclidean distance ||a - b||, finite whenever the entries and the result fit in
     * a double.
     *
     * @throws IllegalArgumentException when the vectors differ in length
     */
    public static double distance(double[] a, double[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("vectors must have equal length, got " + a.length
                    + " and " + b.length);
        }
        double sum = 0;
        for (int j = 0; j < a.length; j++) {
            double d = a[j] - b[j];
            sum += d * d;
        }
        if (Double.isInfinite(sum)) {
            double[] difference = new double[a.length];
            for (int j = 0; j < a.length; j++) {
                difference[j] = a[j] - b[j];
            }
            return scaledNorm(difference);
        }
        return Math.sqrt(sum);
    }

    /** Returns the Euclidean norm ||a||, finite whenever the entries and the result fit in a double. */
    public static double norm(double[] a) {
        double sum = dot(a, a);
        return Double.isInfinite(sum) ? scaledNorm(a) : Math.sqrt(sum);
    }

    /** Returns ||a|| computed as max|a_j| * ||a / max|a_j|||, so the squares cannot overflow. */
    private static double scaledNorm(double[] a) {
        double max = 0;
        for (double x : a) {
            max = Math.max(max, Math.abs(x));
        }
        if (max == 0 || !Double.isFinite(max)) {
            return max;
        }
        double sum = 0;
        for (double x : a) {
            double scaled = x / max;
            sum += scaled * scaled;
        }
        return max * Math.sqrt(sum);
    }

    static double[][] copy(double[][] rows) {
        double[][] out = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            out[i] = rows[i].clone();
        }
        return out;
    }
}
