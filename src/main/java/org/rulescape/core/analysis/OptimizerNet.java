package org.rulescape.core.analysis;

import org.rulescape.core.model.AlphaLayout;

/**
 * Forward pass of the learned optimizer g_alpha for one parameter:
 * delta = b2 + sum_k W2_k tanh(W1_k0 g + W1_k1 m + W1_k2 log(t + 1) + b1_k), with alpha in the
 * {@link AlphaLayout} order. Used to compare alphas by the updates they produce; the training
 * kernel has its own, faster implementation.
 */
public final class OptimizerNet {
    private OptimizerNet() {
    }

    /**
     * Returns the update delta for gradient g, momentum m (already updated) and inner step t.
     *
     * @throws IllegalArgumentException when alpha's length is not 5 * hidden + 1
     */
    public static double update(double[] alpha, int hidden, double g, double m, double t) {
        OptimizerSymmetry.checkLength(alpha, hidden);
        double logStep = Math.log(t + 1);
        double delta = alpha[AlphaLayout.b2(hidden)];
        int w1 = AlphaLayout.w1(hidden);
        int b1 = AlphaLayout.b1(hidden);
        int w2 = AlphaLayout.w2(hidden);
        for (int k = 0; k < hidden; k++) {
            double pre = alpha[w1 + 3 * k] * g + alpha[w1 + 3 * k + 1] * m
                    + alpha[w1 + 3 * k + 2] * logStep + alpha[b1 + k];
            delta += alpha[w2 + k] * Math.tanh(pre);
        }
        return delta;
    }
}
