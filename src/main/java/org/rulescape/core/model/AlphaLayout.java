package org.rulescape.core.model;

/**
 * Layout of the learned optimizer's parameter vector alpha for a 3-K-1 network:
 * {@code [W1 (K x 3, row-major, so unit k's weights on g, m, log(t + 1) are at 3k, 3k+1, 3k+2),
 * b1 (K), W2 (K), b2]}. With K = 16 that is 48 + 16 + 16 + 1 = 81 numbers.
 */
public final class AlphaLayout {
    private AlphaLayout() {
    }

    public static int w1(int hidden) {
        return 0;
    }

    public static int b1(int hidden) {
        return 3 * hidden;
    }

    public static int w2(int hidden) {
        return 4 * hidden;
    }

    public static int b2(int hidden) {
        return 5 * hidden;
    }

    public static int size(int hidden) {
        return 5 * hidden + 1;
    }

    /** Draws alpha_0 of a seed: weights N(0, optInitStd^2), biases zero, from the OPTIMIZER_INIT stream. */
    public static double[] initialAlpha(ExperimentConfig config, long seed) {
        int k = config.optHidden();
        double[] alpha = new double[size(k)];
        Rng rng = Rng.stream(seed, Rng.Stream.OPTIMIZER_INIT);
        double std = config.optInitStd();
        for (int i = 0; i < 3 * k; i++) {
            alpha[w1(k) + i] = std * rng.nextGaussian();
        }
        for (int i = 0; i < k; i++) {
            alpha[w2(k) + i] = std * rng.nextGaussian();
        }
        return alpha;
    }
}
