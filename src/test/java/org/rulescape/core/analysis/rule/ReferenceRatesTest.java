package org.rulescape.core.analysis.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ReferenceRatesTest {
    private static final ProbeSet PROBE = ProbeSet.defaults(30);
    private static final double EPS = 1e-5;

    @Test
    void nearlyLinearMomentumRuleGivesItsRate() {
        double[] alpha = RuleFixtures.nearlyLinearAlpha(16, 1, 0.37, EPS);

        ReferenceRates rates = ReferenceRates.fit(PROBE, FunctionDistances.updates(alpha, PROBE));

        // tanh(eps m) / eps = m (1 - eps^2 m^2 / 3 + ...), so the rate is off by about 0.37 eps^2 / 3.
        assertThat(rates.momentumRate()).isCloseTo(0.37, within(1e-10));
        assertThat(rates.momentumResidualRms()).isLessThan(1e-10);
        // The symmetric grid makes g and m orthogonal, so a pure momentum rule has no SGD part.
        assertThat(rates.sgdRate()).isCloseTo(0.0, within(1e-12));
        assertThat(rates.fitted()).isTrue();
    }

    @Test
    void nearlyLinearSgdRuleGivesItsRate() {
        double[] alpha = RuleFixtures.nearlyLinearAlpha(16, 0, 0.05, EPS);

        ReferenceRates rates = ReferenceRates.fit(PROBE, FunctionDistances.updates(alpha, PROBE));

        assertThat(rates.sgdRate()).isCloseTo(0.05, within(1e-10));
        assertThat(rates.sgdResidualRms()).isLessThan(1e-10);
        assertThat(rates.momentumRate()).isCloseTo(0.0, within(1e-12));
        assertThat(rates.momentumResidualRms()).isGreaterThan(0.01);
    }

    @Test
    void exactlyLinearUpdatesGiveExactRate() {
        double[] deltas = new double[PROBE.size()];
        for (int i = 0; i < deltas.length; i++) {
            deltas[i] = -0.25 * PROBE.m()[i];
        }

        ReferenceRates rates = ReferenceRates.fit(PROBE, deltas);

        assertThat(rates.momentumRate()).isCloseTo(0.25, within(1e-15));
        assertThat(rates.momentumResidualRms()).isLessThan(1e-16);
    }

    @Test
    void fixedRatesHaveNoResiduals() {
        ReferenceRates rates = ReferenceRates.fixed(ReferenceRates.DEFAULT_FIXED_RATE);

        assertThat(rates.sgdRate()).isEqualTo(0.1);
        assertThat(rates.momentumRate()).isEqualTo(0.1);
        assertThat(rates.fitted()).isFalse();
        assertThat(rates.sgdDelta(2.0)).isEqualTo(-0.2);
        assertThat(rates.sgdResidualRms()).isNaN();
    }

    @Test
    void wrongLengthRejected() {
        assertThatThrownBy(() -> ReferenceRates.fit(PROBE, new double[5]))
                .hasMessageContaining(String.valueOf(PROBE.size()));
    }
}
