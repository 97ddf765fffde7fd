package org.rulescape.core.analysis.perturbation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class MeanIntervalTest {

    @Test
    void threeValuesUseStudentT() {
        MeanInterval interval = MeanInterval.of(new double[] {1, 2, 3});

        // s = 1, t(0.975, 2) = 4.303, so the half width is 4.303 / sqrt(3).
        assertThat(interval.mean()).isEqualTo(2.0);
        assertThat(interval.high() - interval.mean()).isCloseTo(4.303 / Math.sqrt(3), within(1e-12));
        assertThat(interval.count()).isEqualTo(3);
    }

    @Test
    void singleValueHasNoInterval() {
        MeanInterval interval = MeanInterval.of(new double[] {5});

        assertThat(interval.mean()).isEqualTo(5.0);
        assertThat(interval.hasInterval()).isFalse();
    }

    @Test
    void largeDegreesOfFreedomApproachNormal() {
        assertThat(MeanInterval.tQuantile975(60)).isCloseTo(2.000, within(0.003));
        assertThat(MeanInterval.tQuantile975(120)).isCloseTo(1.980, within(0.003));
    }

    @Test
    void verdictRuleThresholds() {
        assertThat(VerdictRule.apply(new MeanInterval(0.5, 0.4, 0.79, 5))).isEqualTo(Verdict.CONTRACTING);
        assertThat(VerdictRule.apply(new MeanInterval(0.9, 0.7, 1.1, 5))).isEqualTo(Verdict.NEUTRAL);
        assertThat(VerdictRule.apply(new MeanInterval(1.5, 1.21, 1.8, 5))).isEqualTo(Verdict.EXPANDING);
        assertThat(VerdictRule.apply(MeanInterval.of(new double[] {1.0}))).isEqualTo(Verdict.TOO_FEW_TRIALS);
    }

    @Test
    void curveBandCoversMean() {
        CurveBand band = CurveBand.of(List.of(new double[] {1, 2, 3}, new double[] {3, 4}));

        assertThat(band.mean()).containsExactly(2.0, 3.0);
        assertThat(band.low()[0]).isLessThan(2.0);
        assertThat(band.high()[0]).isGreaterThan(2.0);
    }
}
