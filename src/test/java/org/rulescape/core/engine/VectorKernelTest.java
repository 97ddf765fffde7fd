package org.rulescape.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rulescape.core.model.AlphaLayout;
import org.rulescape.core.model.ExperimentConfig;
import org.rulescape.core.model.GradientMode;
import org.rulescape.core.model.Precision;
import org.rulescape.core.tasks.TaskBatch;

/**
 * The vector kernel must give bitwise the results of {@link FloatKernel}: runs may be computed by
 * either, depending on how the JVM was started. The cases cover hidden widths that are not
 * multiples of eight, for the partial sums' leftover units. They cover optimizer widths and point
 * counts that are and are not multiples of four, for the sums done four rows at a time and the
 * halving sums. They also cover batches smaller than, equal to and larger than a group of lanes,
 * the first-order mode, and an unroll that overflows. Each kernel evaluates several times so that JIT-compiled code is
 * compared as well as interpreted code.
 */
class VectorKernelTest {

    @Test
    void surefireEnablesTheVectorApi() {
        assertThat(VectorSupport.available())
                .as("the tests must run with --add-modules jdk.incubator.vector, or this class tests nothing")
                .isTrue();
        ExperimentConfig config = KernelFixtures.config(8, 4, 3, 2, GradientMode.EXACT, Precision.FLOAT);
        assertThat(MetaGradients.create(config)).isInstanceOf(SwitchingFloatKernel.class);
    }

    @ParameterizedTest(name = "H={0} K={1} T={2} tasks={3} mode={4} alpha={5}")
    @CsvSource({
            "32, 16, 30, 16, EXACT, active",
            "32, 16, 10, 4, EXACT, initial",
            "32, 16, 10, 37, EXACT, active",
            "32, 16, 10, 4, FIRST_ORDER, active",
            "8, 4, 10, 3, EXACT, active",
            "20, 5, 7, 2, EXACT, initial",
            "13, 7, 5, 17, EXACT, active",
            "3, 1, 4, 1, FIRST_ORDER, active",
            "32, 16, 30, 16, EXACT, initial"})
    void matchesTheScalarKernelBitwise(int baseHidden, int optHidden, int innerSteps, int tasks,
            GradientMode mode, String alphaKind) {
        ExperimentConfig config = KernelFixtures.config(baseHidden, optHidden, innerSteps, tasks, mode,
                Precision.FLOAT);
        FloatKernel scalar = new FloatKernel(config);
        VectorKernel vector = new VectorKernel(config);
        for (int round = 0; round < 3; round++) {
            TaskBatch batch = KernelFixtures.batch(config, 21 + round, 3);
            double[] alpha = alphaKind.equals("active")
                    ? KernelFixtures.activeAlpha(config, 8 + round, 0.5, 0.02)
                    : AlphaLayout.initialAlpha(config, 8 + round);
            for (int repeat = 0; repeat < 20; repeat++) {
                assertSameResult(scalar, vector, alpha, batch);
            }
        }
    }

    /** Point counts that are and are not multiples of four take different summation paths. */
    @ParameterizedTest(name = "train points {0}, grid points {1}")
    @CsvSource({"18, 52", "7, 9", "4, 2", "2, 4"})
    void matchesTheScalarKernelForOtherPointCounts(int trainPoints, int gridPoints) {
        ExperimentConfig config = KernelFixtures.config(32, 16, 6, 5, GradientMode.EXACT, Precision.FLOAT)
                .toBuilder().trainPoints(trainPoints).gridPoints(gridPoints).build();
        TaskBatch batch = KernelFixtures.batch(config, 12, 2);
        double[] alpha = KernelFixtures.activeAlpha(config, 5, 0.5, 0.02);
        FloatKernel scalar = new FloatKernel(config);
        VectorKernel vector = new VectorKernel(config);
        for (int repeat = 0; repeat < 20; repeat++) {
            assertSameResult(scalar, vector, alpha, batch);
        }
    }

    @Test
    void matchesTheScalarKernelWhenTheUnrollOverflows() {
        ExperimentConfig config = KernelFixtures.config(32, 16, 10, 5, GradientMode.EXACT, Precision.FLOAT);
        TaskBatch batch = KernelFixtures.batch(config, 4, 2);
        double[] alpha = KernelFixtures.activeAlpha(config, 3, 0.5, 0.02);
        alpha[AlphaLayout.b2(16)] = 3e37;
        double[] gradient = new double[alpha.length];
        double loss = new FloatKernel(config).evaluate(alpha, batch, gradient);
        assertThat(Double.isFinite(loss)).as("this alpha must make the unroll overflow").isFalse();

        assertSameResult(new FloatKernel(config), new VectorKernel(config), alpha, batch);
    }

    @Test
    void nanAlphaGivesNanLoss() {
        ExperimentConfig config = KernelFixtures.config(8, 4, 10, 2, GradientMode.EXACT, Precision.FLOAT);
        TaskBatch batch = KernelFixtures.batch(config, 5, 1);
        double[] alpha = AlphaLayout.initialAlpha(config, 2);
        alpha[AlphaLayout.b2(4)] = Double.NaN;

        double loss = new VectorKernel(config).evaluate(alpha, batch, new double[alpha.length]);

        assertThat(loss).isNaN();
        assertSameResult(new FloatKernel(config), new VectorKernel(config), alpha, batch);
    }

    private static void assertSameResult(MetaGradient scalar, MetaGradient vector, double[] alpha, TaskBatch batch) {
        double[] expected = new double[alpha.length];
        double expectedLoss = scalar.evaluate(alpha, batch, expected);
        double[] actual = new double[alpha.length];
        double actualLoss = vector.evaluate(alpha, batch, actual);
        assertThat(Double.doubleToRawLongBits(actualLoss))
                .as("loss %s against %s", actualLoss, expectedLoss)
                .isEqualTo(Double.doubleToRawLongBits(expectedLoss));
        for (int i = 0; i < expected.length; i++) {
            assertThat(Double.doubleToRawLongBits(actual[i]))
                    .as("gradient entry %d: %s against %s", i, actual[i], expected[i])
                    .isEqualTo(Double.doubleToRawLongBits(expected[i]));
        }
    }
}
