package org.rulescape.core.analysis.perturbation;

/** Plain Euclidean norms and distances of parameter vectors. */
final class Distances {
    private Distances() {
    }

    static double norm(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value * value;
        }
        return Math.sqrt(sum);
    }

    /** Returns ||a - b||; the arrays must have equal length. */
    static double distance(double[] a, double[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("vectors must have equal length, got " + a.length
                    + " and " + b.length);
        }
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            double d = a[i] - b[i];
            sum += d * d;
        }
        return Math.sqrt(sum);
    }
}
