package org.rulescape.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rulescape.core.model.ExperimentConfig;
import org.rulescape.core.model.GradientMode;
import org.rulescape.core.model.Precision;
import org.rulescape.core.tasks.TaskBatch;

/** Checks the double kernel against the SameDiff graph of the same unroll. */
class SameDiffOracleTest {
    private static final double TOLERANCE = 1e-8;

    @ParameterizedTest(name = "H={0} K={1} T={2}")
    @CsvSource({"32, 16, 3", "32, 16, 10", "8, 4, 10"})
    void exactKernelMatchesSameDiff(int baseHidden, int optHidden, int innerSteps) {
        ExperimentConfig config = KernelFixtures.config(baseHidden, optHidden, innerSteps, 2,
                GradientMode.EXACT, Precision.DOUBLE);
        TaskBatch batch = KernelFixtures.batch(config, 13, 2);
        double[] alpha = KernelFixtures.activeAlpha(config, 4, 0.5, 0.02);

        SameDiffOracle oracle = SameDiffOracle.evaluate(config, alpha, batch);
        double[] gradient = new double[alpha.length];
        double loss = new DoubleKernel(config).evaluate(alpha, batch, gradient);

        assertThat(loss).isCloseTo(oracle.loss(), within(TOLERANCE * Math.abs(oracle.loss())));
        assertThat(KernelFixtures.relativeError(gradient, oracle.gradient())).isLessThan(TOLERANCE);
    }

    @ParameterizedTest(name = "T={0}")
    @CsvSource({"3", "10"})
    void firstOrderKernelFailsAgainstSameDiff(int innerSteps) {
        ExperimentConfig config = KernelFixtures.config(32, 16, innerSteps, 2,
                GradientMode.FIRST_ORDER, Precision.DOUBLE);
        TaskBatch batch = KernelFixtures.batch(config, 13, 2);
        double[] alpha = KernelFixtures.activeAlpha(config, 4, 0.5, 0.02);

        SameDiffOracle oracle = SameDiffOracle.evaluate(config, alpha, batch);
        double[] gradient = KernelFixtures.gradient(new DoubleKernel(config), alpha, batch);

        assertThat(KernelFixtures.relativeError(gradient, oracle.gradient())).isGreaterThan(1e6 * TOLERANCE);
    }
}
