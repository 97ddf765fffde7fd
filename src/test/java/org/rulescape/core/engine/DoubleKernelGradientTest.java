package org.rulescape.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rulescape.core.model.AlphaLayout;
import org.rulescape.core.model.ExperimentConfig;
import org.rulescape.core.model.GradientMode;
import org.rulescape.core.model.Precision;
import org.rulescape.core.tasks.TaskBatch;

/**
 * Checks the double kernel's meta-gradient against central finite differences of its own loss,
 * component by component over all of alpha. The five-point stencil with step 1e-5 leaves an
 * error near 1e-11 here, so the 1e-6 bound tests the gradient, not the stencil.
 */
class DoubleKernelGradientTest {
    private static final double TOLERANCE = 1e-6;
    private static final double STEP = 1e-5;

    @ParameterizedTest(name = "H={0} K={1} T={2} tasks={3}")
    @CsvSource({"32, 16, 3, 2", "32, 16, 10, 2", "8, 4, 3, 1", "8, 4, 10, 2"})
    void exactGradientMatchesFiniteDifferences(int baseHidden, int optHidden, int innerSteps, int tasks) {
        ExperimentConfig config = KernelFixtures.config(baseHidden, optHidden, innerSteps, tasks,
                GradientMode.EXACT, Precision.DOUBLE);
        TaskBatch batch = KernelFixtures.batch(config, 7, 0);
        double[] alpha = KernelFixtures.activeAlpha(config, 3, 0.5, 0.02);
        DoubleKernel kernel = new DoubleKernel(config);

        double[] analytic = KernelFixtures.gradient(kernel, alpha, batch);
        double[] numeric = KernelFixtures.finiteDifferenceGradient(kernel, alpha, batch, STEP);

        assertThat(analytic).hasSize(AlphaLayout.size(optHidden));
        assertThat(KernelFixtures.relativeError(analytic, numeric)).isLessThan(TOLERANCE);
    }

    @ParameterizedTest(name = "T={0}")
    @CsvSource({"3", "10"})
    void exactGradientMatchesAtInitialAlpha(int innerSteps) {
        ExperimentConfig config = KernelFixtures.config(32, 16, innerSteps, 2, GradientMode.EXACT,
                Precision.DOUBLE);
        TaskBatch batch = KernelFixtures.batch(config, 11, 4);
        double[] alpha = AlphaLayout.initialAlpha(config, 5);
        DoubleKernel kernel = new DoubleKernel(config);

        double[] analytic = KernelFixtures.gradient(kernel, alpha, batch);
        double[] numeric = KernelFixtures.finiteDifferenceGradient(kernel, alpha, batch, STEP);

        assertThat(KernelFixtures.relativeError(analytic, numeric)).isLessThan(TOLERANCE);
    }

    @ParameterizedTest(name = "T={0}")
    @CsvSource({"3", "10"})
    void firstOrderGradientFailsTheCheck(int innerSteps) {
        ExperimentConfig exact = KernelFixtures.config(32, 16, innerSteps, 2, GradientMode.EXACT,
                Precision.DOUBLE);
        ExperimentConfig firstOrder = exact.toBuilder().gradientMode(GradientMode.FIRST_ORDER).build();
        TaskBatch batch = KernelFixtures.batch(exact, 7, 0);
        double[] alpha = KernelFixtures.activeAlpha(exact, 3, 0.5, 0.02);

        double[] approximate = KernelFixtures.gradient(new DoubleKernel(firstOrder), alpha, batch);
        double[] numeric = KernelFixtures.finiteDifferenceGradient(new DoubleKernel(exact), alpha,
                batch, STEP);

        assertThat(KernelFixtures.relativeError(approximate, numeric)).isGreaterThan(1e4 * TOLERANCE);
    }

    @ParameterizedTest(name = "T={0}")
    @CsvSource({"1", "4"})
    void lossMatchesPlainRecomputation(int innerSteps) {
        ExperimentConfig config = KernelFixtures.config(8, 4, innerSteps, 2, GradientMode.EXACT,
                Precision.DOUBLE);
        TaskBatch batch = KernelFixtures.batch(config, 2, 9);
        double[] alpha = KernelFixtures.activeAlpha(config, 1, 0.5, 0.05);

        double loss = new DoubleKernel(config).evaluate(alpha, batch, new double[alpha.length]);

        assertThat(loss).isCloseTo(ReferenceUnroll.metaLoss(config, alpha, batch),
                org.assertj.core.data.Offset.offset(1e-9));
    }
}
