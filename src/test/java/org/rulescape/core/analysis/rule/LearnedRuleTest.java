package org.rulescape.core.analysis.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LearnedRuleTest {

    @Test
    void forwardMatchesHandValues() {
        LearnedRule rule = new LearnedRule(RuleFixtures.tinyAlpha());

        // At the origin only the biases act: 1.5 tanh(0.1) - 0.8 tanh(-0.2) + 0.05.
        double origin = 1.5 * 0.09966799462495582 + 0.8 * 0.197375320224904 + 0.05;
        assertThat(rule.hidden()).isEqualTo(2);
        assertThat(rule.delta(0, 0, 0)).isCloseTo(origin, within(1e-15));
        // Reference values computed independently with Python's math.tanh and math.log.
        assertThat(rule.delta(0.3, -0.2, 3)).isCloseTo(0.3789750839378995, within(1e-15));
        assertThat(rule.delta(-1, 1, 9)).isCloseTo(-1.068300727479869, within(1e-15));
    }

    @Test
    void batchMatchesSinglePoints() {
        LearnedRule rule = new LearnedRule(RuleFixtures.randomAlpha(16, 0.5, 3));
        double[] g = {0.3, -1.0, 0.0, 0.7, 0.7};
        double[] m = {-0.2, 1.0, 0.0, 0.1, 0.1};
        double[] t = {3, 9, 0, 0, 29};
        double[] out = new double[g.length];

        rule.evaluate(g, m, t, out);

        for (int i = 0; i < g.length; i++) {
            assertThat(out[i]).as("point %d", i).isEqualTo(rule.delta(g[i], m[i], t[i]));
        }
        assertThat(out[3]).isNotEqualTo(out[4]);
    }

    @Test
    void wrongAlphaLengthRejected() {
        assertThatThrownBy(() -> new LearnedRule(new double[80]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("5K + 1")
                .hasMessageContaining("80");
    }

    @Test
    void nonFiniteAlphaRejected() {
        double[] alpha = RuleFixtures.tinyAlpha();
        alpha[4] = Double.NaN;

        assertThatThrownBy(() -> new LearnedRule(alpha))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("alpha[4]");
    }

    @Test
    void batchLengthMismatchRejected() {
        LearnedRule rule = new LearnedRule(RuleFixtures.tinyAlpha());

        assertThatThrownBy(() -> rule.evaluate(new double[3], new double[3], new double[2], new double[3]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("same length");
    }
}
