package org.rulescape.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rulescape.core.experiment.SeedResult;

/** Finite alphas too large to square: they are left out of the selection, and norms stay finite. */
class HugeAlphaTest {
    private static final GeometryOptions SMALL = GeometryOptions.defaults().withDraws(50, 20, 10);

    @Test
    void selectionLeavesOutHugeFiniteSnapshot() {
        List<SeedResult> results = SyntheticRuns.done(4, 5);
        results.get(1).snapshots()[2][7] = 1e200;

        GeometryInput input = SeedSelection.fromResults(results, SyntheticRuns.HIDDEN, false);

        assertThat(input.seedIds()).containsExactly(0, 2, 3);
        assertThat(input.excluded()).hasSize(1);
        assertThat(input.excluded().get(0).seed()).isEqualTo(1);
        assertThat(input.excluded().get(0).reason()).contains("meta-step 20").contains("overflow");
    }

    @Test
    void analysisRunsOnSeedsLeftAfterSelection() {
        List<SeedResult> results = SyntheticRuns.done(4, 5);
        results.get(3).snapshots()[4][0] = -1e200;

        GeometryReport report = GeometryAnalysis.analyze(
                SeedSelection.fromResults(results, SyntheticRuns.HIDDEN, true), SMALL);

        assertThat(report.input().seeds()).hasSize(3);
        assertThat(java.util.Arrays.stream(report.perSeed().finalNorms()).allMatch(Double::isFinite)).isTrue();
    }

    @Test
    void analysisRejectsHandMadeInputWithHugeAlpha() {
        List<SeedResult> results = SyntheticRuns.done(3, 4);
        GeometryInput clean = SeedSelection.fromResults(results, SyntheticRuns.HIDDEN, false);
        clean.seeds().get(2).snapshots()[3][1] = 1e160;

        assertThatThrownBy(() -> GeometryAnalysis.analyze(clean, SMALL))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("seed 2")
                .hasMessageContaining("meta-step 30");
    }

    @Test
    void normAndDistanceDoNotOverflowOnLargeEntries() {
        double[] a = {3e200, 4e200};
        double[] b = {-3e200, -4e200};

        assertThat(Matrices.norm(a)).isCloseTo(5e200, org.assertj.core.data.Offset.offset(1e188));
        assertThat(Matrices.distance(a, b)).isCloseTo(1e201, org.assertj.core.data.Offset.offset(1e189));
        assertThat(AlphaMagnitude.problem(a)).contains("5.00e+200");
        assertThat(AlphaMagnitude.problem(new double[] {1, Double.NaN})).isEqualTo("not finite (entry 1 is NaN)");
        assertThat(AlphaMagnitude.problem(new double[] {1, -2})).isEmpty();
    }
}
