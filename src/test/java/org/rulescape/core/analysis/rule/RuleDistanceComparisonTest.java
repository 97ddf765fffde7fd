package org.rulescape.core.analysis.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.rulescape.core.model.Rng;

class RuleDistanceComparisonTest {
    private static final ProbeSet PROBE = ProbeSet.grid(1.0, 1.0, 5, 5, new int[] {0, 5});
    private static final int P = 5 * 4 + 1;

    private static double[][] alphas(int seeds, double scale, long key) {
        Rng rng = new Rng(key);
        double[][] out = new double[seeds][P];
        for (double[] row : out) {
            for (int j = 0; j < P; j++) {
                row[j] = scale * rng.nextGaussian();
            }
        }
        return out;
    }

    @Test
    void identicalFinalAndInitialGiveRatioOne() {
        double[][] a = alphas(6, 0.3, 1);

        RuleDistanceComparison c = RuleDistanceComparison.of(a, a, PROBE, 100, 0.95, 0).orElseThrow();

        assertThat(c.rawRatio()).isCloseTo(1.0, within(1e-12));
        assertThat(c.functionRatio()).isCloseTo(1.0, within(1e-12));
        assertThat(c.finalFunction().mean().interval().contains(c.finalFunction().mean().value())).isTrue();
    }

    @Test
    void convergedRulesAreCloserThanTheirInitials() {
        double[][] initial = alphas(6, 0.3, 2);
        double[][] converged = alphas(6, 0.01, 3);

        RuleDistanceComparison c = RuleDistanceComparison.of(converged, initial, PROBE, 100, 0.95, 0).orElseThrow();

        assertThat(c.rawRatio()).isLessThan(0.2);
        assertThat(c.finalFunction().mean().interval().upper())
                .isLessThan(c.initialFunction().mean().interval().lower());
    }

    @Test
    void meansAndStdMatchPlainSummaryWithPopulationStd() {
        double[][] a = alphas(5, 0.3, 4);
        double[][] raw = FunctionDistances.rawMatrix(a);

        RuleDistanceComparison c = RuleDistanceComparison.of(a, alphas(5, 0.3, 5), PROBE, 50, 0.95, 0).orElseThrow();
        DistanceSummary plain = DistanceSummary.of(raw).orElseThrow();

        assertThat(c.finalRaw().mean().value()).isCloseTo(plain.mean(), within(1e-12));
        assertThat(c.finalRaw().std().value()).isCloseTo(plain.std(), within(1e-12));
        assertThat(c.toJson().get("final_raw").get("std_interval_informative").asBoolean()).isFalse();
    }

    @Test
    void singleSeedHasNoComparison() {
        assertThat(RuleDistanceComparison.of(alphas(1, 0.3, 6), alphas(1, 0.3, 7), PROBE, 10, 0.95, 0)).isEmpty();
    }
}
