package org.rulescape.core.analysis.rule;

import java.util.Random;
import org.rulescape.core.model.AlphaLayout;

/** Alphas for the learned-rule tests. */
final class RuleFixtures {
    private RuleFixtures() {
    }

    /** K = 2 alpha: W1 = [[0.5, -0.3, 0.2], [-0.1, 0.4, 0.7]], b1 = [0.1, -0.2], W2 = [1.5, -0.8], b2 = 0.05. */
    static double[] tinyAlpha() {
        return new double[] {0.5, -0.3, 0.2, -0.1, 0.4, 0.7, 0.1, -0.2, 1.5, -0.8, 0.05};
    }

    /** Alpha of width {@code hidden} with every entry drawn from N(0, std^2). */
    static double[] randomAlpha(int hidden, double std, long seed) {
        Random random = new Random(seed);
        double[] alpha = new double[AlphaLayout.size(hidden)];
        for (int i = 0; i < alpha.length; i++) {
            alpha[i] = std * random.nextGaussian();
        }
        return alpha;
    }

    /** Returns alpha with hidden unit u moved to position {@code order[u]}. */
    static double[] permuteUnits(double[] alpha, int[] order) {
        int k = LearnedRule.hiddenWidth(alpha.length);
        double[] out = alpha.clone();
        for (int u = 0; u < k; u++) {
            int v = order[u];
            for (int input = 0; input < 3; input++) {
                out[AlphaLayout.w1(k) + 3 * v + input] = alpha[AlphaLayout.w1(k) + 3 * u + input];
            }
            out[AlphaLayout.b1(k) + v] = alpha[AlphaLayout.b1(k) + u];
            out[AlphaLayout.w2(k) + v] = alpha[AlphaLayout.w2(k) + u];
        }
        return out;
    }

    /** Returns alpha with unit u's three input weights, bias and output weight negated. */
    static double[] flipUnit(double[] alpha, int u) {
        int k = LearnedRule.hiddenWidth(alpha.length);
        double[] out = alpha.clone();
        for (int input = 0; input < 3; input++) {
            out[AlphaLayout.w1(k) + 3 * u + input] = -alpha[AlphaLayout.w1(k) + 3 * u + input];
        }
        out[AlphaLayout.b1(k) + u] = -alpha[AlphaLayout.b1(k) + u];
        out[AlphaLayout.w2(k) + u] = -alpha[AlphaLayout.w2(k) + u];
        return out;
    }

    /**
     * Alpha of width {@code hidden} whose rule is {@code -rate * x} up to O(eps^2 x^2) relative
     * error, x = g (input 0) or m (input 1): one unit with input weight eps and output weight
     * -rate / eps, all else zero.
     */
    static double[] nearlyLinearAlpha(int hidden, int input, double rate, double eps) {
        double[] alpha = new double[AlphaLayout.size(hidden)];
        alpha[AlphaLayout.w1(hidden) + input] = eps;
        alpha[AlphaLayout.w2(hidden)] = -rate / eps;
        return alpha;
    }
}
