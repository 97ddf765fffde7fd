package org.rulescape.core.analysis.rule;

import java.util.Objects;
import org.rulescape.core.model.AlphaLayout;

/**
 * The learned optimizer of one alpha as a function of its inputs:
 * {@code delta(g, m, t) = W2 . tanh(W1 [g, m, log(t + 1)] + b1) + b2}, evaluated in double with
 * {@link Math#tanh}, for any hidden width K. Alpha is read in the {@link AlphaLayout} order and
 * copied on construction, so later changes to the caller's array do not affect the rule.
 *
 * <p>Immutable and thread-safe. The batch method {@link #evaluate(double[], double[], double[], double[])}
 * allocates nothing per point.
 */
public final class LearnedRule {
    private final int hidden;
    private final double[] weightG;
    private final double[] weightM;
    private final double[] weightLogStep;
    private final double[] bias;
    private final double[] outputWeight;
    private final double outputBias;

    /**
     * Builds the rule of {@code alpha}.
     *
     * @throws IllegalArgumentException when the length is not 5K + 1 for some K >= 1, or when an
     *                                  entry is not finite (the index and value are named)
     */
    public LearnedRule(double[] alpha) {
        Objects.requireNonNull(alpha, "alpha");
        hidden = hiddenWidth(alpha.length);
        for (int i = 0; i < alpha.length; i++) {
            if (!Double.isFinite(alpha[i])) {
                throw new IllegalArgumentException("alpha[" + i + "] must be finite to define a rule, got "
                        + alpha[i] + "; use the last finite snapshot of a diverged seed");
            }
        }
        weightG = new double[hidden];
        weightM = new double[hidden];
        weightLogStep = new double[hidden];
        bias = new double[hidden];
        outputWeight = new double[hidden];
        int w1 = AlphaLayout.w1(hidden);
        for (int u = 0; u < hidden; u++) {
            weightG[u] = alpha[w1 + 3 * u];
            weightM[u] = alpha[w1 + 3 * u + 1];
            weightLogStep[u] = alpha[w1 + 3 * u + 2];
            bias[u] = alpha[AlphaLayout.b1(hidden) + u];
            outputWeight[u] = alpha[AlphaLayout.w2(hidden) + u];
        }
        outputBias = alpha[AlphaLayout.b2(hidden)];
    }

    /**
     * Returns the hidden width K of an alpha with {@code alphaLength} entries (5K + 1).
     *
     * @throws IllegalArgumentException when the length is not of that form
     */
    public static int hiddenWidth(int alphaLength) {
        if (alphaLength < 6 || (alphaLength - 1) % 5 != 0) {
            throw new IllegalArgumentException("alpha length must be 5K + 1 for a hidden width K >= 1"
                    + " (81 for K = 16), got " + alphaLength);
        }
        return (alphaLength - 1) / 5;
    }

    /** Hidden width K of this rule. */
    public int hidden() {
        return hidden;
    }

    /** Returns the update delta for gradient {@code g}, momentum {@code m} and inner step {@code t} (0-based). */
    public double delta(double g, double m, double t) {
        return deltaAtLogStep(g, m, Math.log(t + 1.0));
    }

    /**
     * Writes {@code out[i] = delta(g[i], m[i], t[i])} for every i. The four arrays must have the
     * same length; {@code out} may not alias an input.
     *
     * @throws IllegalArgumentException when the lengths differ
     */
    public void evaluate(double[] g, double[] m, double[] t, double[] out) {
        if (g.length != m.length || g.length != t.length || g.length != out.length) {
            throw new IllegalArgumentException("g, m, t and out must have the same length, got "
                    + g.length + ", " + m.length + ", " + t.length + " and " + out.length);
        }
        double previousT = Double.NaN;
        double logStep = 0;
        for (int i = 0; i < g.length; i++) {
            // Probe sets list many points per step, so the logarithm is reused while t repeats.
            if (t[i] != previousT) {
                previousT = t[i];
                logStep = Math.log(t[i] + 1.0);
            }
            out[i] = deltaAtLogStep(g[i], m[i], logStep);
        }
    }

    private double deltaAtLogStep(double g, double m, double logStep) {
        double delta = outputBias;
        for (int u = 0; u < hidden; u++) {
            double preActivation = weightG[u] * g + weightM[u] * m + weightLogStep[u] * logStep + bias[u];
            delta += outputWeight[u] * Math.tanh(preActivation);
        }
        return delta;
    }
}
