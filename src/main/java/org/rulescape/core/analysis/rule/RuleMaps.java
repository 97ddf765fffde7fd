package org.rulescape.core.analysis.rule;

/**
 * Values of a learned rule and of its SGD and momentum references on the (g, m) grid of a probe
 * set at one inner step, and along a {@link ProfileLine}, ready to draw. Maps are row-major with
 * m along rows and g along columns: entry {@code j * gValues.length + i} is at
 * {@code (gValues[i], mValues[j])}, the same order as one step of a {@link ProbeSet}.
 */
public final class RuleMaps {
    private RuleMaps() {
    }

    /** Returns the learned rule's update over the grid of {@code probe} at inner step {@code step}. */
    public static double[] learned(double[] alpha, ProbeSet probe, int step) {
        ProbeSet slice = probe.atStep(step);
        double[] out = new double[slice.size()];
        new LearnedRule(alpha).evaluate(slice.g(), slice.m(), slice.t(), out);
        return out;
    }

    /** Returns {@code -rate * g} over the grid of {@code probe}. */
    public static double[] sgd(ProbeSet probe, double rate) {
        double[] out = new double[probe.pointsPerStep()];
        int columns = probe.gValues().length;
        for (int index = 0; index < out.length; index++) {
            out[index] = -rate * probe.gValues()[index % columns];
        }
        return out;
    }

    /** Returns {@code -rate * m} over the grid of {@code probe}. */
    public static double[] momentum(ProbeSet probe, double rate) {
        double[] out = new double[probe.pointsPerStep()];
        int columns = probe.gValues().length;
        for (int index = 0; index < out.length; index++) {
            out[index] = -rate * probe.mValues()[index / columns];
        }
        return out;
    }

    /** Returns the learned rule's update at each of {@code g} on {@code line}, at inner step {@code step}. */
    public static double[] profile(double[] alpha, double[] g, ProfileLine line, int step) {
        double[] m = new double[g.length];
        double[] t = new double[g.length];
        for (int i = 0; i < g.length; i++) {
            m[i] = line.momentumAt(g[i]);
            t[i] = step;
        }
        double[] out = new double[g.length];
        new LearnedRule(alpha).evaluate(g, m, t, out);
        return out;
    }
}
