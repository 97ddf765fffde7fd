package org.rulescape.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rulescape.core.experiment.SeedHealth;
import org.rulescape.core.experiment.SeedResult;

class UnstableSeedSelectionTest {

    /** Four DONE seeds; seed 1's meta-loss falls to 0.1 and climbs to 100 while staying finite. */
    private static List<SeedResult> runWithOneBlownUpSeed() {
        List<SeedResult> results = new ArrayList<>();
        for (SeedResult r : SyntheticRuns.done(4, 5)) {
            double[] loss = new double[r.stepsRecorded()];
            for (int k = 0; k < loss.length; k++) {
                loss[k] = r.seed() == 1 && k > loss.length / 2 ? 100.0 : 1.0 / (1 + k);
            }
            loss[0] = 1.0;
            results.add(new SeedResult(r.seed(), r.state(), r.stepsRecorded(), r.divergedAt(), r.message(), loss,
                    r.gradNorm(), r.snapshotSteps(), r.snapshots(), r.wallSeconds()));
        }
        return results;
    }

    @Test
    void unstableSeedIsKeptAndListedByDefault() {
        GeometryInput input = SeedSelection.fromResults(runWithOneBlownUpSeed(), SyntheticRuns.HIDDEN, false);

        assertThat(input.seedIds()).containsExactly(0, 1, 2, 3);
        assertThat(input.unstable()).extracting(h -> h.seed()).containsExactly(1L);
        assertThat(input.excludedUnstable()).isFalse();
        assertThat(input.excluded()).isEmpty();
    }

    @Test
    void excludeUnstableLeavesItOutWithReason() {
        GeometryInput input = SeedSelection.fromResults(runWithOneBlownUpSeed(), SyntheticRuns.HIDDEN, false, true);

        assertThat(input.seedIds()).containsExactly(0, 2, 3);
        assertThat(input.unstable()).isEmpty();
        assertThat(input.excluded()).singleElement().satisfies(e -> {
            assertThat(e.seed()).isEqualTo(1L);
            assertThat(e.state()).isEqualTo("UNSTABLE");
            assertThat(e.reason()).contains("final level");
        });
    }

    @Test
    void reportListsUnstableSeedsWithRule() {
        GeometryInput input = SeedSelection.fromResults(runWithOneBlownUpSeed(), SyntheticRuns.HIDDEN, false);
        GeometryReport report = GeometryAnalysis.analyze(input,
                GeometryOptions.defaults().withDraws(50, 20, 5));

        String text = GeometryReportText.format(report);

        assertThat(text).contains("1 UNSTABLE seed(s) included", "--exclude-unstable", SeedHealth.RULE);
        assertThat(text).contains("seed 1 UNSTABLE: final level");
    }
}
