package org.rulescape.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class IntervalWordingTest {
    private static final GeometryOptions SMALL = GeometryOptions.defaults().withDraws(200, 20, 5);

    @Test
    void probabilityOfFewDistinctSeedsMatchesCounting() {
        assertThat(DistanceSummary.probabilityAtMostTwoDistinct(2)).isCloseTo(1.0, within(1e-12));
        assertThat(DistanceSummary.probabilityAtMostTwoDistinct(3)).isCloseTo(21.0 / 27, within(1e-12));
        assertThat(DistanceSummary.probabilityAtMostTwoDistinct(5)).isCloseTo(305.0 / 3125, within(1e-12));
        assertThat(DistanceSummary.probabilityAtMostTwoDistinct(6)).isCloseTo(936.0 / 46656, within(1e-12));
    }

    @Test
    void stdRangeMinimumSeedCount() {
        assertThat(DistanceSummary.minSeedsForStdRange(0.95)).isEqualTo(6);
        assertThat(DistanceSummary.minSeedsForStdRange(0.5)).isEqualTo(5);
    }

    @Test
    void threeSeedStdRangeOmitted() {
        GeometryReport report = GeometryAnalysis.analyze(
                SeedSelection.fromResults(SyntheticRuns.done(3, 4), SyntheticRuns.HIDDEN, false), SMALL);
        DistanceSummary raw = report.finals().distances();

        String text = GeometryReportText.format(report);

        assertThat(raw.std().interval().lower()).isEqualTo(0.0);
        assertThat(raw.stdRangeInformative()).isFalse();
        assertThat(text).contains("sd range omitted: with 3 seeds 78 % of resamples", "(shown from 6 seeds)");
        assertThat(text).contains(String.format("%d of 200 draws contained one distinct seed", raw.skippedDraws()));
    }

    @Test
    void tenSeedReportShowsStdRange() {
        GeometryReport report = GeometryAnalysis.analyze(
                SeedSelection.fromResults(SyntheticRuns.done(10, 4), SyntheticRuns.HIDDEN, false), SMALL);

        String text = GeometryReportText.format(report);

        assertThat(report.finals().distances().stdRangeInformative()).isTrue();
        assertThat(text).doesNotContain("range omitted", "95 % intervals");
        assertThat(text).contains("bootstrap percentile range (central 95 %)", "not confidence intervals",
                "stability, not a confidence interval");
    }
}
