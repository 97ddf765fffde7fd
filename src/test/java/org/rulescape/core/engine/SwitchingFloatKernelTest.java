package org.rulescape.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rulescape.core.model.ExperimentConfig;
import org.rulescape.core.model.GradientMode;
import org.rulescape.core.model.Precision;
import org.rulescape.core.tasks.TaskBatch;

/** The switching kernel moves to the vector kernel once the warm-up is done, without changing a bit. */
class SwitchingFloatKernelTest {

    @Test
    void switchesAfterWarmupBitwiseEqual() throws InterruptedException {
        ExperimentConfig config = KernelFixtures.config(32, 16, 10, 5, GradientMode.EXACT, Precision.FLOAT);
        TaskBatch batch = KernelFixtures.batch(config, 9, 4);
        double[] alpha = KernelFixtures.activeAlpha(config, 4, 0.5, 0.02);
        double[] expected = KernelFixtures.gradient(new FloatKernel(config), alpha, batch);
        SwitchingFloatKernel kernel = new SwitchingFloatKernel(config);

        VectorWarmup.start();
        // A generous bound on the background compilation; the test fails only if it never ends.
        assertThat(VectorWarmup.awaitReady(120_000)).as("vector kernel compiled and usable").isTrue();
        double[] actual = KernelFixtures.gradient(kernel, alpha, batch);

        assertThat(kernel.usesVectorKernel()).isTrue();
        assertThat(actual).isEqualTo(expected);
    }
}
