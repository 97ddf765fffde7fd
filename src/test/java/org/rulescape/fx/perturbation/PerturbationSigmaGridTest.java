package org.rulescape.fx.perturbation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The grid the sigma sliders snap to and the text field that mirrors them. */
class PerturbationSigmaGridTest {

    @Test
    void gridStepsAreFineBelowOneAndCoarserAbove() {
        assertThat(SigmaGrid.VALUES).startsWith(0.01, 0.02).endsWith(4.9, 5.0).isSorted();
        int tenth = SigmaGrid.indexOf(0.1);
        assertThat(SigmaGrid.valueAt(tenth)).isEqualTo(0.1);
        assertThat(SigmaGrid.valueAt(tenth + 1)).isEqualTo(0.15);
        assertThat(SigmaGrid.valueAt(SigmaGrid.indexOf(1.0) + 1)).isEqualTo(1.1);
        // A slider is 240 px wide, so 60 px is a quarter of the grid: from 0.1 that stays below 1.
        double afterDrag = SigmaGrid.valueAt(tenth + SigmaGrid.maxIndex() / 4.0);
        assertThat(afterDrag).isGreaterThan(0.1).isLessThan(1.0);
    }

    @Test
    void indexOfSnapsToNearestAndClamps() {
        assertThat(SigmaGrid.valueAt(SigmaGrid.indexOf(0.52))).isEqualTo(0.5);
        assertThat(SigmaGrid.valueAt(SigmaGrid.indexOf(2.04))).isEqualTo(2.0);
        assertThat(SigmaGrid.valueAt(SigmaGrid.indexOf(40))).isEqualTo(5.0);
        assertThat(SigmaGrid.valueAt(-3)).isEqualTo(0.01);
    }

    @Test
    void textFieldShowsTheDraggedValueInPlace() {
        assertThat(PerturbationView.sigmaText(List.of(0.1, 0.5, 1.0, 2.0), 1, 0.65)).isEqualTo("0.1, 0.65, 1, 2");
        assertThat(PerturbationView.sigmaText(List.of(0.1, 2.5), -1, 0)).isEqualTo("0.1, 2.5");
    }
}
