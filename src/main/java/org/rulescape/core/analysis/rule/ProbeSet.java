package org.rulescape.core.analysis.rule;

import java.util.Arrays;

/**
 * The common inputs (g, m, t) on which learned rules are compared: a regular grid over the
 * gradient g and the momentum m, repeated at a few inner steps t.
 *
 * <p>Point order is step-major, then m, then g: the point of step index s, m index j and g index
 * i sits at {@code (s * mValues.length + j) * gValues.length + i}. One step's points are
 * therefore a contiguous block that reads as a heat map with g along x and m along y.
 *
 * <p>The default range [-1, 1] suits the reference experiment: inputs are scaled to [-1, 1] and
 * outputs standardized, so per-parameter training gradients of the 1-32-1 base model are mostly
 * well below 1 in magnitude, and the momentum, an average of gradients, is smaller still.
 * {@link GradientSurvey} measures this for a given run instead of assuming it.
 *
 * @param gValues grid values of the gradient, ascending
 * @param mValues grid values of the momentum, ascending
 * @param steps   inner steps t (0-based), ascending, without repeats
 * @param g       gradient of each point
 * @param m       momentum of each point
 * @param t       inner step of each point, as a double
 */
public record ProbeSet(double[] gValues, double[] mValues, int[] steps, double[] g, double[] m, double[] t) {

    /** Default half-width of the g and m ranges. */
    public static final double DEFAULT_RANGE = 1.0;
    /** Default number of grid values along g and along m. */
    public static final int DEFAULT_COUNT = 41;

    public ProbeSet {
        requireAscending("gValues", gValues);
        requireAscending("mValues", mValues);
        if (steps.length == 0) {
            throw new IllegalArgumentException("steps must list at least one inner step, got none");
        }
        for (int s = 0; s < steps.length; s++) {
            if (steps[s] < 0 || (s > 0 && steps[s] <= steps[s - 1])) {
                throw new IllegalArgumentException("steps must be non-negative and strictly ascending, got "
                        + Arrays.toString(steps));
            }
        }
        int size = steps.length * mValues.length * gValues.length;
        if (g.length != size || m.length != size || t.length != size) {
            throw new IllegalArgumentException("g, m and t must have steps x m x g = " + size
                    + " entries, got " + g.length + ", " + m.length + " and " + t.length);
        }
    }

    /** Returns the default probe set for a run with {@code innerSteps} inner steps. */
    public static ProbeSet defaults(int innerSteps) {
        return grid(DEFAULT_RANGE, DEFAULT_RANGE, DEFAULT_COUNT, DEFAULT_COUNT, defaultSteps(innerSteps));
    }

    /**
     * Returns the default steps {0, T/2, T-1} (integer division), without repeats, so T = 1 gives {0}.
     *
     * @throws IllegalArgumentException when {@code innerSteps} is not positive
     */
    public static int[] defaultSteps(int innerSteps) {
        if (innerSteps <= 0) {
            throw new IllegalArgumentException("inner-steps must be positive, got " + innerSteps);
        }
        return Arrays.stream(new int[] {0, innerSteps / 2, innerSteps - 1}).distinct().sorted().toArray();
    }

    /**
     * Builds a grid of {@code gCount} evenly spaced values on [-gRange, gRange] and {@code mCount}
     * on [-mRange, mRange], both ends included, at each of {@code steps}.
     *
     * @throws IllegalArgumentException when a range is not positive and finite, a count is below 2,
     *                                  or the steps are not strictly ascending and non-negative
     */
    public static ProbeSet grid(double gRange, double mRange, int gCount, int mCount, int[] steps) {
        double[] gValues = linspace("g-range", gRange, "g-count", gCount);
        double[] mValues = linspace("m-range", mRange, "m-count", mCount);
        int size = steps.length * mCount * gCount;
        double[] g = new double[size];
        double[] m = new double[size];
        double[] t = new double[size];
        int index = 0;
        for (int step : steps) {
            for (double mValue : mValues) {
                for (double gValue : gValues) {
                    g[index] = gValue;
                    m[index] = mValue;
                    t[index] = step;
                    index++;
                }
            }
        }
        return new ProbeSet(gValues, mValues, steps.clone(), g, m, t);
    }

    /** Returns a probe set with this grid of (g, m) at the single inner step {@code step}. */
    public ProbeSet atStep(int step) {
        return grid(gRange(), mRange(), gValues.length, mValues.length, new int[] {step});
    }

    /** Number of points. */
    public int size() {
        return g.length;
    }

    /** Number of points at one step: m count x g count. */
    public int pointsPerStep() {
        return mValues.length * gValues.length;
    }

    /** Largest g value: the half-width of the range for a grid built by {@link #grid}. */
    public double gRange() {
        return gValues[gValues.length - 1];
    }

    /** Largest m value: the half-width of the range for a grid built by {@link #grid}. */
    public double mRange() {
        return mValues[mValues.length - 1];
    }

    private static double[] linspace(String rangeName, double range, String countName, int count) {
        if (!(range > 0) || Double.isInfinite(range)) {
            throw new IllegalArgumentException(rangeName + " must be a positive finite number, got " + range);
        }
        if (count < 2) {
            throw new IllegalArgumentException(countName + " must be at least 2 to span the range, got " + count);
        }
        double[] values = new double[count];
        for (int i = 0; i < count; i++) {
            values[i] = -range + 2.0 * range * i / (count - 1);
        }
        // Pin the ends and the centre, which rounding could otherwise move off -range, 0 and range.
        values[count - 1] = range;
        if (count % 2 == 1) {
            values[count / 2] = 0.0;
        }
        return values;
    }

    private static void requireAscending(String name, double[] values) {
        if (values.length < 2) {
            throw new IllegalArgumentException(name + " must hold at least 2 values, got " + values.length);
        }
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i]) || (i > 0 && values[i] <= values[i - 1])) {
                throw new IllegalArgumentException(name + " must be finite and strictly ascending, got "
                        + values[i] + " at index " + i);
            }
        }
    }
}
