package org.rulescape.core.analysis.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProbeSetTest {

    @Test
    void defaultGridShape() {
        ProbeSet probe = ProbeSet.defaults(30);

        assertThat(probe.steps()).containsExactly(0, 15, 29);
        assertThat(probe.gValues()).hasSize(41);
        assertThat(probe.mValues()).hasSize(41);
        assertThat(probe.size()).isEqualTo(3 * 41 * 41);
        assertThat(probe.pointsPerStep()).isEqualTo(41 * 41);
        assertThat(probe.gValues()[0]).isEqualTo(-1.0);
        assertThat(probe.gValues()[20]).isEqualTo(0.0);
        assertThat(probe.gValues()[40]).isEqualTo(1.0);
        assertThat(probe.gValues()[21]).isEqualTo(0.05, org.assertj.core.api.Assertions.within(1e-15));
    }

    @Test
    void pointsAreStepMajorThenMThenG() {
        ProbeSet probe = ProbeSet.grid(1.0, 2.0, 3, 5, new int[] {0, 4});
        int step = 1;
        int mIndex = 3;
        int gIndex = 2;

        int index = (step * 5 + mIndex) * 3 + gIndex;

        assertThat(probe.g()[index]).isEqualTo(1.0);
        assertThat(probe.m()[index]).isEqualTo(1.0);
        assertThat(probe.t()[index]).isEqualTo(4.0);
        assertThat(probe.mRange()).isEqualTo(2.0);
    }

    @Test
    void defaultStepsDropRepeats() {
        assertThat(ProbeSet.defaultSteps(10)).containsExactly(0, 5, 9);
        assertThat(ProbeSet.defaultSteps(2)).containsExactly(0, 1);
        assertThat(ProbeSet.defaultSteps(1)).containsExactly(0);
    }

    @Test
    void atStepKeepsGrid() {
        ProbeSet slice = ProbeSet.defaults(10).atStep(7);

        assertThat(slice.steps()).containsExactly(7);
        assertThat(slice.size()).isEqualTo(41 * 41);
        assertThat(slice.gRange()).isEqualTo(1.0);
    }

    @Test
    void invalidGridRejected() {
        assertThatThrownBy(() -> ProbeSet.grid(0.0, 1.0, 41, 41, new int[] {0}))
                .hasMessageContaining("g-range");
        assertThatThrownBy(() -> ProbeSet.grid(1.0, 1.0, 41, 1, new int[] {0}))
                .hasMessageContaining("m-count");
        assertThatThrownBy(() -> ProbeSet.grid(1.0, 1.0, 41, 41, new int[] {3, 3}))
                .hasMessageContaining("strictly ascending");
    }
}
