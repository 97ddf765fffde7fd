package org.rulescape.core.engine;

import org.rulescape.core.model.AlphaLayout;
import org.rulescape.core.model.ExperimentConfig;
import org.rulescape.core.model.GradientMode;
import org.rulescape.core.model.Precision;
import org.rulescape.core.model.Regime;
import org.rulescape.core.model.Rng;
import org.rulescape.core.tasks.TaskBatch;
import org.rulescape.core.tasks.TaskSampler;

/** Configurations, batches and alphas shared by the kernel tests. */
final class KernelFixtures {
    private KernelFixtures() {
    }

    static ExperimentConfig config(int baseHidden, int optHidden, int innerSteps, int tasks,
            GradientMode mode, Precision precision) {
        return Regime.DEBUG.config().toBuilder()
                .regime(Regime.CUSTOM)
                .baseHidden(baseHidden)
                .optHidden(optHidden)
                .innerSteps(innerSteps)
                .metaBatch(tasks)
                .gradientMode(mode)
                .precision(precision)
                .build();
    }

    static TaskBatch batch(ExperimentConfig config, long seed, long step) {
        TaskSampler sampler = new TaskSampler(config);
        TaskBatch batch = sampler.newBatch();
        sampler.sample(seed, step, batch);
        return batch;
    }

    /**
     * Returns an alpha whose rule descends noticeably, so the second-order terms of the
     * meta-gradient matter: Gaussian first-layer weights (standard deviation {@code w1Std}) and
     * output weights ({@code w2Std}), small hidden biases, and each unit's weight on g signed
     * against its output weight so every unit pushes theta down the gradient.
     */
    static double[] activeAlpha(ExperimentConfig config, long seed, double w1Std, double w2Std) {
        int k = config.optHidden();
        double[] alpha = new double[AlphaLayout.size(k)];
        Rng rng = Rng.stream(seed, Rng.Stream.OPTIMIZER_INIT);
        for (int u = 0; u < k; u++) {
            double w2 = w2Std * rng.nextGaussian();
            double w1 = Math.abs(w1Std * rng.nextGaussian()) + 0.5;
            alpha[AlphaLayout.w2(k) + u] = w2;
            alpha[AlphaLayout.w1(k) + 3 * u] = w2 >= 0 ? -w1 : w1;
            alpha[AlphaLayout.w1(k) + 3 * u + 1] = w1Std * rng.nextGaussian();
            alpha[AlphaLayout.w1(k) + 3 * u + 2] = 0.1 * w1Std * rng.nextGaussian();
            alpha[AlphaLayout.b1(k) + u] = 0.1 * rng.nextGaussian();
        }
        alpha[AlphaLayout.b2(k)] = 0.001 * rng.nextGaussian();
        return alpha;
    }

    static double[] gradient(MetaGradient kernel, double[] alpha, TaskBatch batch) {
        double[] gradient = new double[alpha.length];
        kernel.evaluate(alpha, batch, gradient);
        return gradient;
    }

    /** Returns ||a - b|| / ||b||. */
    static double relativeError(double[] a, double[] b) {
        double diff = 0;
        double norm = 0;
        for (int i = 0; i < a.length; i++) {
            double d = a[i] - b[i];
            diff += d * d;
            norm += b[i] * b[i];
        }
        return Math.sqrt(diff / norm);
    }

    /**
     * Returns dJ/dalpha by the five-point central difference
     * {@code (8 (J(a + e) - J(a - e)) - (J(a + 2e) - J(a - 2e))) / (12 e)} per component, whose
     * truncation error is O(e^4).
     */
    static double[] finiteDifferenceGradient(MetaGradient kernel, double[] alpha, TaskBatch batch,
            double step) {
        double[] scratch = new double[alpha.length];
        double[] result = new double[alpha.length];
        double[] shifted = alpha.clone();
        for (int i = 0; i < alpha.length; i++) {
            double[] values = new double[4];
            double[] offsets = {step, -step, 2 * step, -2 * step};
            for (int s = 0; s < 4; s++) {
                shifted[i] = alpha[i] + offsets[s];
                values[s] = kernel.evaluate(shifted, batch, scratch);
            }
            shifted[i] = alpha[i];
            result[i] = (8 * (values[0] - values[1]) - (values[2] - values[3])) / (12 * step);
        }
        return result;
    }
}
