package org.rulescape.fx.perturbation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The log scale of the sigma sliders, their labels and the text field that mirrors them. */
class SigmaScaleTest {

    @Test
    void positionsRoundTripTwoDigitSigmas() {
        for (double sigma : new double[] {0.01, 0.011, 0.1, 0.15, 0.95, 1.0, 2.5, 5.0}) {
            assertThat(SigmaScale.valueAt(SigmaScale.positionOf(sigma))).as("sigma %s", sigma).isEqualTo(sigma);
        }
    }

    @Test
    void valuesClampToRange() {
        assertThat(SigmaScale.valueAt(SigmaScale.minPosition() - 1)).isEqualTo(0.01);
        assertThat(SigmaScale.valueAt(SigmaScale.maxPosition() + 1)).isEqualTo(5.0);
        assertThat(SigmaScale.positionOf(40)).isEqualTo(SigmaScale.maxPosition());
        assertThat(SigmaScale.positionOf(0)).isEqualTo(SigmaScale.minPosition());
    }

    @Test
    void sameDragSameFactorAnywhere() {
        // A track of 300 px, dragged by 40 px, from 0.1 and from 1.
        double shift = (SigmaScale.maxPosition() - SigmaScale.minPosition()) * 40 / 300;
        double fromTenth = SigmaScale.valueAt(SigmaScale.positionOf(0.1) + shift);
        double fromOne = SigmaScale.valueAt(SigmaScale.positionOf(1.0) + shift);

        assertThat(fromTenth).isBetween(0.2, 0.25);
        assertThat(fromOne).isBetween(2.0, 2.5);
    }

    @Test
    void arrowStepsAreTwoDigitNeighbours() {
        assertThat(SigmaScale.step(0.1, 1)).isEqualTo(0.11);
        assertThat(SigmaScale.step(0.1, -1)).isEqualTo(0.099);
        assertThat(SigmaScale.step(0.99, 1)).isEqualTo(1.0);
        assertThat(SigmaScale.step(1.0, -1)).isEqualTo(0.99);
        assertThat(SigmaScale.step(1.0, 1)).isEqualTo(1.1);
        assertThat(SigmaScale.step(2.0, -1)).isEqualTo(1.9);
        assertThat(SigmaScale.step(0.5, 3)).isEqualTo(0.53);
    }

    @Test
    void arrowStepsStopAtRangeEnds() {
        assertThat(SigmaScale.step(0.01, -1)).isEqualTo(0.01);
        assertThat(SigmaScale.step(5.0, 1)).isEqualTo(5.0);
    }

    @Test
    void typedSigmaStepsToNeighbour() {
        assertThat(SigmaScale.step(0.123, 1)).isEqualTo(0.13);
        assertThat(SigmaScale.step(0.123, -1)).isEqualTo(0.12);
    }

    @Test
    void labelsShowTwoDigitsOrTypedValue() {
        assertThat(SigmaSliders.label(0.1)).isEqualTo("sigma = 0.10");
        assertThat(SigmaSliders.label(1.0)).isEqualTo("sigma = 1.0");
        assertThat(SigmaSliders.label(0.011)).isEqualTo("sigma = 0.011");
        assertThat(SigmaSliders.label(2.5)).isEqualTo("sigma = 2.5");
        assertThat(SigmaSliders.label(0.125)).isEqualTo("sigma = 0.125");
        assertThat(SigmaSliders.label(12)).isEqualTo("sigma = 12");
    }

    @Test
    void textFieldShowsTheDraggedValueInPlace() {
        assertThat(PerturbationView.sigmaText(List.of(0.1, 0.5, 1.0, 2.0), 1, 0.65)).isEqualTo("0.1, 0.65, 1, 2");
        assertThat(PerturbationView.sigmaText(List.of(0.1, 2.5), -1, 0)).isEqualTo("0.1, 2.5");
    }
}
