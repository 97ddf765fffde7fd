package org.rulescape.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FastTanhTest {

    @Test
    void maxAbsoluteErrorIsBelowBound() {
        double maxError = 0;
        int points = 2_400_001;
        for (int i = 0; i < points; i++) {
            float x = (float) (-12.0 + 24.0 * i / (points - 1));
            double error = Math.abs(FastTanh.tanh(x) - Math.tanh(x));
            maxError = Math.max(maxError, error);
        }
        assertThat(maxError).isLessThan(5e-7);
    }

    @Test
    void isOddAndSaturates() {
        for (float x : new float[] {0.001f, 0.3f, 1.7f, 5f, 30f}) {
            assertThat(FastTanh.tanh(-x)).isEqualTo(-FastTanh.tanh(x));
        }
        assertThat(FastTanh.tanh(0f)).isZero();
        assertThat(FastTanh.tanh(1e6f)).isCloseTo(1f, org.assertj.core.data.Offset.offset(1e-7f));
        assertThat(FastTanh.tanh(Float.POSITIVE_INFINITY)).isCloseTo(1f, org.assertj.core.data.Offset.offset(1e-7f));
    }

    @Test
    void propagatesNaN() {
        assertThat(FastTanh.tanh(Float.NaN)).isNaN();
    }
}
