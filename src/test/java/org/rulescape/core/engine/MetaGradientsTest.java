package org.rulescape.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rulescape.core.model.ExperimentConfig;
import org.rulescape.core.model.GradientMode;
import org.rulescape.core.model.Precision;

/** The system property that forces a float kernel. */
class MetaGradientsTest {
    private static final ExperimentConfig CONFIG =
            KernelFixtures.config(8, 4, 3, 2, GradientMode.EXACT, Precision.FLOAT);

    @AfterEach
    void clearProperty() {
        System.clearProperty(VectorSupport.KERNEL_PROPERTY);
    }

    @Test
    void propertySelectsKernel() {
        System.setProperty(VectorSupport.KERNEL_PROPERTY, "scalar");
        assertThat(MetaGradients.create(CONFIG)).isInstanceOf(FloatKernel.class);
        assertThat(MetaGradients.floatKernelName()).startsWith("scalar");

        System.setProperty(VectorSupport.KERNEL_PROPERTY, " Vector ");
        assertThat(MetaGradients.create(CONFIG)).isInstanceOf(VectorKernel.class);
        assertThat(MetaGradients.floatKernelName()).startsWith("vector");

        System.clearProperty(VectorSupport.KERNEL_PROPERTY);
        assertThat(MetaGradients.create(CONFIG)).isInstanceOf(SwitchingFloatKernel.class);
        assertThat(MetaGradients.create(CONFIG.toBuilder().precision(Precision.DOUBLE).build()))
                .isInstanceOf(DoubleKernel.class);
    }

    @Test
    void unknownKernelIsRejected() {
        System.setProperty(VectorSupport.KERNEL_PROPERTY, "gpu");

        assertThatThrownBy(() -> MetaGradients.create(CONFIG))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("-Drulescape.kernel=gpu")
                .hasMessageContaining("auto, vector or scalar");
    }
}
