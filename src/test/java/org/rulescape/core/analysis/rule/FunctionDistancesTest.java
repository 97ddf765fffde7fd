package org.rulescape.core.analysis.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class FunctionDistancesTest {
    private static final ProbeSet PROBE = ProbeSet.defaults(30);
    /** Unit u of the copy is unit order[u] of the original: a full reversal with some swaps. */
    private static final int[] ORDER = {15, 3, 9, 1, 12, 0, 7, 14, 2, 11, 5, 8, 6, 13, 4, 10};

    @Test
    void permutedAndFlippedCopyIsSameRule() {
        double[] alpha = RuleFixtures.randomAlpha(16, 0.5, 11);
        double[] copy = RuleFixtures.permuteUnits(alpha, ORDER);
        for (int u : new int[] {0, 4, 9, 15}) {
            copy = RuleFixtures.flipUnit(copy, u);
        }

        double raw = FunctionDistances.rawMatrix(new double[][] {alpha, copy})[0][1];
        double function = FunctionDistances.between(alpha, copy, PROBE);

        assertThat(raw).as("raw distance").isGreaterThan(3.0);
        assertThat(function).as("function distance").isLessThan(1e-12);
        assertThat(FunctionDistances.rms(FunctionDistances.updates(alpha, PROBE)))
                .as("the rule is not trivially zero").isGreaterThan(0.1);
    }

    @Test
    void signFlipAloneIsSameRule() {
        double[] alpha = RuleFixtures.randomAlpha(16, 0.5, 12);
        double[] flipped = RuleFixtures.flipUnit(alpha, 6);

        assertThat(FunctionDistances.rawMatrix(new double[][] {alpha, flipped})[0][1]).isGreaterThan(0.5);
        assertThat(FunctionDistances.between(alpha, flipped, PROBE)).isLessThan(1e-12);
    }

    @Test
    void differentRulesAreApart() {
        double[] a = RuleFixtures.randomAlpha(16, 0.5, 1);
        double[] b = RuleFixtures.randomAlpha(16, 0.5, 2);

        assertThat(FunctionDistances.between(a, b, PROBE)).isGreaterThan(0.05);
    }

    @Test
    void rmsDifferenceOfKnownVectors() {
        double d = FunctionDistances.rmsDifference(new double[] {1, 2, 3, 4}, new double[] {1, 0, 3, 0});

        assertThat(d).isCloseTo(Math.sqrt(20.0 / 4), within(1e-15));
    }

    @Test
    void matricesAreSymmetricWithZeroDiagonal() {
        List<double[]> alphas = List.of(RuleFixtures.randomAlpha(4, 0.5, 1), RuleFixtures.randomAlpha(4, 0.5, 2),
                RuleFixtures.randomAlpha(4, 0.5, 3));
        double[][] updates = alphas.stream().map(a -> FunctionDistances.updates(a, PROBE)).toArray(double[][]::new);

        double[][] function = FunctionDistances.functionMatrix(updates);
        double[][] raw = FunctionDistances.rawMatrix(alphas.toArray(double[][]::new));

        for (int i = 0; i < 3; i++) {
            assertThat(function[i][i]).isZero();
            assertThat(raw[i][i]).isZero();
            for (int j = 0; j < 3; j++) {
                assertThat(function[i][j]).isEqualTo(function[j][i]);
                assertThat(raw[i][j]).isEqualTo(raw[j][i]);
            }
        }
        assertThat(function[0][2]).isCloseTo(FunctionDistances.between(alphas.get(0), alphas.get(2), PROBE),
                within(1e-15));
    }

    @Test
    void summaryOfKnownMatrix() {
        double[][] matrix = {{0, 1, 2}, {1, 0, 3}, {2, 3, 0}};

        DistanceSummary summary = DistanceSummary.of(matrix).orElseThrow();

        assertThat(summary.pairs()).isEqualTo(3);
        assertThat(summary.mean()).isEqualTo(2.0);
        assertThat(summary.std()).isCloseTo(Math.sqrt(2.0 / 3.0), within(1e-15));
        assertThat(summary.min()).isEqualTo(1.0);
        assertThat(summary.max()).isEqualTo(3.0);
        assertThat(DistanceSummary.of(new double[][] {{0}})).isEmpty();
    }
}
