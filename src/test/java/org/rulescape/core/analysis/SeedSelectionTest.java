package org.rulescape.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rulescape.core.experiment.SeedResult;
import org.rulescape.core.experiment.SeedState;
import org.rulescape.core.model.Rng;

class SeedSelectionTest {

    @Test
    void divergedSeedIsListedNotUsed() {
        List<SeedResult> results = new ArrayList<>(SyntheticRuns.done(3, 5));
        results.add(SyntheticRuns.seed(3, SeedState.DIVERGED, 4, new Rng(3)));

        GeometryInput input = SeedSelection.fromResults(results, SyntheticRuns.HIDDEN, false);

        assertThat(input.seedIds()).containsExactly(0, 1, 2);
        assertThat(input.excluded()).singleElement().satisfies(e -> {
            assertThat(e.seed()).isEqualTo(3);
            assertThat(e.state()).isEqualTo("DIVERGED");
            assertThat(e.reason()).contains("diverged at meta-step");
        });
    }

    @Test
    void switchIncludesFiniteDivergedSeed() {
        List<SeedResult> results = new ArrayList<>(SyntheticRuns.done(3, 5));
        results.add(SyntheticRuns.seed(3, SeedState.DIVERGED, 4, new Rng(3)));

        GeometryInput input = SeedSelection.fromResults(results, SyntheticRuns.HIDDEN, true);

        assertThat(input.seedIds()).containsExactly(0, 1, 2, 3);
        assertThat(input.seeds().get(3).runIndex()).isEqualTo(3);
        assertThat(input.excluded()).isEmpty();
    }

    @Test
    void nonFiniteSnapshotIsExcludedEvenWithSwitch() {
        List<SeedResult> results = new ArrayList<>(SyntheticRuns.done(3, 5));
        SeedResult bad = SyntheticRuns.seed(3, SeedState.DIVERGED, 4, new Rng(3));
        bad.snapshots()[2][7] = Double.NaN;
        results.add(bad);

        GeometryInput input = SeedSelection.fromResults(results, SyntheticRuns.HIDDEN, true);

        assertThat(input.seedIds()).containsExactly(0, 1, 2);
        assertThat(input.excluded()).singleElement()
                .satisfies(e -> assertThat(e.reason()).contains("meta-step 20").contains("not finite"));
    }

    @Test
    void tooFewSeedsGiveClearMessage() {
        List<SeedResult> results = new ArrayList<>(SyntheticRuns.done(2, 5));
        results.add(SyntheticRuns.seed(2, SeedState.CANCELLED, 3, new Rng(2)));
        GeometryInput input = SeedSelection.fromResults(results, SyntheticRuns.HIDDEN, false);

        assertThat(input.problem()).contains("at least 3 usable seeds, found 2")
                .contains("seed 2 (cancelled after").contains("include diverged");
        assertThatThrownBy(() -> GeometryAnalysis.analyze(input, GeometryOptions.defaults()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(input.problem());
    }

    @Test
    void wrongAlphaLengthIsExcluded() {
        GeometryInput input = SeedSelection.fromResults(SyntheticRuns.done(3, 2), 8, true);

        assertThat(input.seeds()).isEmpty();
        assertThat(input.excluded()).hasSize(3)
                .allSatisfy(e -> assertThat(e.reason()).contains("81 entries, expected 41"));
    }
}
