package org.rulescape.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rulescape.core.model.AlphaLayout;
import org.rulescape.core.model.ExperimentConfig;
import org.rulescape.core.model.GradientMode;
import org.rulescape.core.model.Precision;
import org.rulescape.core.tasks.TaskBatch;

/**
 * Checks the float kernel against the double kernel. Float carries about 7 significant digits and
 * the tanh approximation adds an absolute error below 5e-7 at each of the ~2,200 evaluations of
 * a step; through T = 30 steps the measured relative differences stay near 1e-6 for the loss and
 * below 3e-6 for the gradient. The bounds (1e-5 and 1e-4) leave an order of magnitude and more
 * for other batches and widths, while a wrong term (the first-order gradient, say) differs by
 * order 1.
 */
class FloatKernelTest {
    private static final double LOSS_TOLERANCE = 1e-5;
    private static final double GRADIENT_TOLERANCE = 1e-4;

    /**
     * {@code active} is a descending rule ({@link KernelFixtures#activeAlpha}); {@code initial} is
     * a seed's alpha_0, whose random drift moves theta far only over long unrolls. Unrolls that
     * blow up (validation MSE near 1e5 at T = 30 from alpha_0) are left out: there the gradient
     * is ill-conditioned and float and double differ at order 1 on some tasks.
     */
    @ParameterizedTest(name = "H={0} K={1} T={2} tasks={3} mode={4} alpha={5}")
    @CsvSource({
            "32, 16, 30, 16, EXACT, active",
            "32, 16, 10, 4, EXACT, active",
            "32, 16, 10, 4, EXACT, initial",
            "32, 16, 10, 4, FIRST_ORDER, active",
            "8, 4, 10, 3, EXACT, active",
            "20, 5, 7, 2, EXACT, initial"})
    void matchesDoubleKernel(int baseHidden, int optHidden, int innerSteps, int tasks, GradientMode mode,
            String alphaKind) {
        ExperimentConfig config = KernelFixtures.config(baseHidden, optHidden, innerSteps, tasks, mode,
                Precision.FLOAT);
        TaskBatch batch = KernelFixtures.batch(config, 21, 3);
        double[] alpha = alphaKind.equals("active")
                ? KernelFixtures.activeAlpha(config, 8, 0.5, 0.02)
                : AlphaLayout.initialAlpha(config, 8);

        double[] expected = new double[alpha.length];
        double expectedLoss = new DoubleKernel(config).evaluate(alpha, batch, expected);
        double[] actual = new double[alpha.length];
        double actualLoss = new FloatKernel(config).evaluate(alpha, batch, actual);

        assertThat(Math.abs(actualLoss - expectedLoss) / expectedLoss).isLessThan(LOSS_TOLERANCE);
        assertThat(KernelFixtures.relativeError(actual, expected)).isLessThan(GRADIENT_TOLERANCE);
    }

    @Test
    void firstOrderDiffersFromExact() {
        ExperimentConfig exact = KernelFixtures.config(32, 16, 10, 4, GradientMode.EXACT, Precision.FLOAT);
        ExperimentConfig firstOrder = exact.toBuilder().gradientMode(GradientMode.FIRST_ORDER).build();
        TaskBatch batch = KernelFixtures.batch(exact, 21, 3);
        double[] alpha = KernelFixtures.activeAlpha(exact, 8, 0.5, 0.02);

        double[] reference = KernelFixtures.gradient(new DoubleKernel(exact), alpha, batch);
        double[] approximate = KernelFixtures.gradient(new FloatKernel(firstOrder), alpha, batch);

        assertThat(KernelFixtures.relativeError(approximate, reference)).isGreaterThan(100 * GRADIENT_TOLERANCE);
    }

    @Test
    void repeatedEvaluationIsBitwiseIdentical() {
        ExperimentConfig config = KernelFixtures.config(32, 16, 30, 16, GradientMode.EXACT, Precision.FLOAT);
        TaskBatch batch = KernelFixtures.batch(config, 5, 1);
        double[] alpha = KernelFixtures.activeAlpha(config, 2, 0.5, 0.02);
        FloatKernel kernel = new FloatKernel(config);

        double[] first = new double[alpha.length];
        double firstLoss = kernel.evaluate(alpha, batch, first);
        KernelFixtures.gradient(kernel, AlphaLayout.initialAlpha(config, 1), batch);
        double[] second = new double[alpha.length];
        double secondLoss = kernel.evaluate(alpha, batch, second);

        assertThat(Double.doubleToRawLongBits(secondLoss)).isEqualTo(Double.doubleToRawLongBits(firstLoss));
        assertThat(second).isEqualTo(first);
    }

    @Test
    void twoThreadsGiveBitwiseIdenticalResults() throws Exception {
        ExperimentConfig config = KernelFixtures.config(32, 16, 30, 16, GradientMode.EXACT, Precision.FLOAT);
        TaskBatch batch = KernelFixtures.batch(config, 5, 1);
        double[] alpha = KernelFixtures.activeAlpha(config, 2, 0.5, 0.02);
        double[] expected = KernelFixtures.gradient(new FloatKernel(config), alpha, batch);

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<double[]> a = pool.submit(() -> repeat(config, alpha, batch));
            Future<double[]> b = pool.submit(() -> repeat(config, alpha, batch));
            assertThat(a.get()).isEqualTo(expected);
            assertThat(b.get()).isEqualTo(expected);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Evaluates many times, so the later results come from JIT-compiled code, and returns the last. */
    private static double[] repeat(ExperimentConfig config, double[] alpha, TaskBatch batch) {
        FloatKernel kernel = new FloatKernel(config);
        double[] gradient = new double[alpha.length];
        for (int i = 0; i < 200; i++) {
            kernel.evaluate(alpha, batch, gradient);
        }
        return gradient;
    }

    @Test
    void divergedUnrollReturnsNonFiniteLoss() {
        ExperimentConfig config = KernelFixtures.config(8, 4, 10, 2, GradientMode.EXACT, Precision.FLOAT);
        TaskBatch batch = KernelFixtures.batch(config, 5, 1);
        double[] alpha = AlphaLayout.initialAlpha(config, 2);
        alpha[AlphaLayout.b2(4)] = Double.NaN;

        double loss = new FloatKernel(config).evaluate(alpha, batch, new double[alpha.length]);

        assertThat(loss).isNaN();
    }

    @Test
    void rejectsMismatchedSizes() {
        ExperimentConfig config = KernelFixtures.config(8, 4, 3, 2, GradientMode.EXACT, Precision.FLOAT);
        TaskBatch batch = KernelFixtures.batch(config, 5, 1);
        FloatKernel kernel = new FloatKernel(config);

        assertThatThrownBy(() -> kernel.evaluate(new double[20], batch, new double[21]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("alpha must have 21 entries");
        ExperimentConfig wider = KernelFixtures.config(16, 4, 3, 2, GradientMode.EXACT, Precision.FLOAT);
        assertThatThrownBy(() -> kernel.evaluate(new double[21], KernelFixtures.batch(wider, 5, 1), new double[21]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("theta 49");
    }

    @Test
    void factoryReturnsKernelOfConfiguredPrecision() {
        ExperimentConfig config = KernelFixtures.config(8, 4, 3, 2, GradientMode.EXACT, Precision.FLOAT);

        assertThat(MetaGradients.create(config)).isInstanceOfAny(FloatKernel.class, SwitchingFloatKernel.class);
        assertThat(MetaGradients.create(config.toBuilder().precision(Precision.DOUBLE).build()))
                .isInstanceOf(DoubleKernel.class);
    }
}
