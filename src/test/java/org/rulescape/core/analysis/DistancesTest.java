package org.rulescape.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class DistancesTest {

    @Test
    void summaryMatchesNumpy() {
        double[][] rows = ReferenceData.matrix("pca_10x81");
        JsonNode expected = ReferenceData.values("pca_10x81");

        DistanceSummary summary = Distances.summarize(Distances.pairwise(rows), 10, 0.95, 0);

        assertThat(summary.mean().value()).isCloseTo(expected.get("distance_mean").asDouble(), within(1e-12));
        assertThat(summary.std().value()).isCloseTo(expected.get("distance_std").asDouble(), within(1e-12));
        assertThat(Distances.norms(rows)).containsExactly(ReferenceData.doubles(expected.get("norms")),
                within(1e-12));
    }

    @Test
    void matrixIsSymmetricWithZeroDiagonal() {
        double[][] d = Distances.pairwise(new double[][] {{0, 0}, {3, 4}, {6, 8}});

        assertThat(d[0][1]).isEqualTo(5.0);
        assertThat(d[1][0]).isEqualTo(5.0);
        assertThat(d[0][2]).isEqualTo(10.0);
        assertThat(d[1][1]).isZero();
    }

    @Test
    void bootstrapIsDeterministicForSeed() {
        double[][] d = Distances.pairwise(ReferenceData.matrix("pca_10x81"));

        DistanceSummary first = Distances.summarize(d, 300, 0.95, 42);
        DistanceSummary again = Distances.summarize(d, 300, 0.95, 42);
        DistanceSummary other = Distances.summarize(d, 300, 0.95, 43);

        assertThat(again.mean().interval()).isEqualTo(first.mean().interval());
        assertThat(again.std().interval()).isEqualTo(first.std().interval());
        assertThat(other.mean().interval()).isNotEqualTo(first.mean().interval());
    }

    @Test
    void bootstrapIntervalHoldsObservedMean() {
        double[][] d = Distances.pairwise(ReferenceData.matrix("pca_10x81"));

        DistanceSummary summary = Distances.summarize(d, 1000, 0.95, 1);

        assertThat(summary.mean().interval().contains(summary.mean().value())).isTrue();
        assertThat(summary.skippedDraws()).isZero();
    }

    @Test
    void duplicatePairsNeverCountAsZeroDistance() {
        // Three seeds all at distance 1 from each other: any draw's mean over distinct pairs is 1,
        // while counting a seed paired with its own copy would pull the mean below 1.
        double[][] d = {{0, 1, 1}, {1, 0, 1}, {1, 1, 0}};

        DistanceSummary summary = Distances.summarize(d, 500, 0.95, 3);

        assertThat(summary.mean().interval().lower()).isEqualTo(1.0);
        assertThat(summary.mean().interval().upper()).isEqualTo(1.0);
        assertThat(summary.skippedDraws()).as("draws with one distinct seed").isBetween(25, 90);
    }

    @Test
    void meanOverSeedsCoversObserved() {
        double[] values = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};

        Estimate mean = Distances.meanOverSeeds(values, 1000, 0.95, 5);

        assertThat(mean.value()).isEqualTo(5.5);
        assertThat(mean.interval().lower()).isBetween(3.5, 5.5);
        assertThat(mean.interval().upper()).isBetween(5.5, 7.5);
    }
}
