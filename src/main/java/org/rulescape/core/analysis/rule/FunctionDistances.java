package org.rulescape.core.analysis.rule;

/**
 * Distances between learned rules in function space, and the raw parameter-space distances they
 * are shown beside.
 *
 * <p>The function-space distance of two alphas is the RMS difference of their updates over a
 * probe set: {@code sqrt(mean_i (delta_a(p_i) - delta_b(p_i))^2)}, in the units of the update
 * delta (the same units as theta). It is blind to the symmetries of the optimizer network:
 * permuting hidden units, or negating one unit's input weights, bias and output weight (tanh is
 * odd), moves alpha far in parameter space but leaves the distance at zero up to rounding.
 */
public final class FunctionDistances {
    private FunctionDistances() {
    }

    /** Returns the function-space distance of two alphas over {@code probe}. */
    public static double between(double[] alphaA, double[] alphaB, ProbeSet probe) {
        return rmsDifference(updates(alphaA, probe), updates(alphaB, probe));
    }

    /** Returns the updates of {@code alpha}'s rule at every point of {@code probe}. */
    public static double[] updates(double[] alpha, ProbeSet probe) {
        double[] out = new double[probe.size()];
        new LearnedRule(alpha).evaluate(probe.g(), probe.m(), probe.t(), out);
        return out;
    }

    /**
     * Returns the RMS of {@code a - b}.
     *
     * @throws IllegalArgumentException when the lengths differ or are zero
     */
    public static double rmsDifference(double[] a, double[] b) {
        if (a.length != b.length || a.length == 0) {
            throw new IllegalArgumentException("update vectors must have the same non-zero length, got "
                    + a.length + " and " + b.length);
        }
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            double d = a[i] - b[i];
            sum += d * d;
        }
        return Math.sqrt(sum / a.length);
    }

    /** Returns the RMS of one update vector: the typical size of a rule's step on the probe set. */
    public static double rms(double[] updates) {
        return rmsDifference(updates, new double[updates.length]);
    }

    /** Returns the S x S matrix of RMS differences between the rows of {@code updates} (S x N). */
    public static double[][] functionMatrix(double[][] updates) {
        int s = updates.length;
        double[][] matrix = new double[s][s];
        for (int i = 0; i < s; i++) {
            for (int j = i + 1; j < s; j++) {
                double d = rmsDifference(updates[i], updates[j]);
                matrix[i][j] = d;
                matrix[j][i] = d;
            }
        }
        return matrix;
    }

    /**
     * Returns the S x S matrix of Euclidean distances {@code ||alpha_i - alpha_j||} between the
     * rows of {@code alphas}.
     *
     * @throws IllegalArgumentException when the rows differ in length
     */
    public static double[][] rawMatrix(double[][] alphas) {
        int s = alphas.length;
        double[][] matrix = new double[s][s];
        for (int i = 0; i < s; i++) {
            for (int j = i + 1; j < s; j++) {
                if (alphas[i].length != alphas[j].length) {
                    throw new IllegalArgumentException("alphas must have the same length, got "
                            + alphas[i].length + " (row " + i + ") and " + alphas[j].length + " (row " + j + ")");
                }
                double sum = 0;
                for (int k = 0; k < alphas[i].length; k++) {
                    double d = alphas[i][k] - alphas[j][k];
                    sum += d * d;
                }
                matrix[i][j] = Math.sqrt(sum);
                matrix[j][i] = matrix[i][j];
            }
        }
        return matrix;
    }
}
