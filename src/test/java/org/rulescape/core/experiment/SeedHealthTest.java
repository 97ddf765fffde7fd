package org.rulescape.core.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SeedHealthTest {

    /** Meta-loss that falls from 1 to 0.1 by step 200, then climbs to about 300 by step 1000. */
    private static double[] blownUpLoss() {
        double[] loss = new double[1000];
        for (int k = 0; k < loss.length; k++) {
            loss[k] = k <= 200 ? 1.0 - 0.9 * k / 200.0 : 0.1 * Math.pow(3000, (k - 200) / 800.0);
        }
        return loss;
    }

    @Test
    void blownUpSeedIsUnstable() {
        double[] loss = blownUpLoss();
        double[] grad = new double[loss.length];
        grad[700] = 4e9;

        SeedHealth health = SeedHealth.of(7, loss, grad, loss.length);

        assertThat(health.flag()).isEqualTo(SeedHealth.Flag.UNSTABLE);
        assertThat(health.minMetaLoss()).isEqualTo(loss[200]);
        assertThat(health.minStep()).isEqualTo(200);
        assertThat(health.finalWindow()).isEqualTo(100);
        assertThat(health.finalLevel()).isBetween(loss[949], loss[950]);
        assertThat(health.maxGradNorm()).isEqualTo(4e9);
        assertThat(health.maxGradStep()).isEqualTo(700);
        assertThat(health.describe()).startsWith("UNSTABLE: final level");
    }

    @Test
    void noisyPlateauIsStable() {
        double[] loss = new double[500];
        for (int k = 0; k < loss.length; k++) {
            loss[k] = 0.2 + 0.1 * Math.sin(k);
        }

        SeedHealth health = SeedHealth.of(1, loss, new double[0], loss.length);

        assertThat(health.flag()).isEqualTo(SeedHealth.Flag.STABLE);
        assertThat(health.maxGradNorm()).isNaN();
        assertThat(health.maxGradStep()).isEqualTo(-1);
    }

    @Test
    void finalLevelIgnoresFewSpikes() {
        double[] loss = new double[100];
        java.util.Arrays.fill(loss, 0.5);
        loss[95] = 1e4;
        loss[97] = 1e4;

        SeedHealth health = SeedHealth.of(1, loss, new double[0], loss.length);

        assertThat(health.finalLevel()).isEqualTo(0.5);
        assertThat(health.flag()).isEqualTo(SeedHealth.Flag.STABLE);
    }

    @Test
    void factorBoundaryIsExclusive() {
        double[] atFactor = {1.0, 10.0};
        double[] aboveFactor = {1.0, 10.5};

        assertThat(SeedHealth.of(1, atFactor, new double[0], 2).flag()).isEqualTo(SeedHealth.Flag.STABLE);
        assertThat(SeedHealth.of(1, aboveFactor, new double[0], 2).flag()).isEqualTo(SeedHealth.Flag.UNSTABLE);
    }

    @Test
    void nonFiniteRecordsAreCountedNotUsed() {
        double[] loss = {1.0, 0.5, Double.NaN};
        double[] grad = {1.0, 2.0, Double.POSITIVE_INFINITY};

        SeedHealth health = SeedHealth.of(3, loss, grad, 3);

        assertThat(health.nonFinite()).isEqualTo(1);
        assertThat(health.finalLevel()).isEqualTo(0.5);
        assertThat(health.maxGradNorm()).isEqualTo(2.0);
    }

    @Test
    void withoutFiniteRecordsNothingIsAssessed() {
        SeedHealth health = SeedHealth.of(3, new double[] {Double.NaN}, new double[0], 1);

        assertThat(health.flag()).isEqualTo(SeedHealth.Flag.NO_RECORDS);
        assertThat(health.isUnstable()).isFalse();
        assertThat(SeedHealth.of(3, new double[0], new double[0], 0).flag()).isEqualTo(SeedHealth.Flag.NO_RECORDS);
    }

    @Test
    void stepsBeyondRecordAreRejected() {
        assertThatThrownBy(() -> SeedHealth.of(3, new double[2], new double[2], 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("got 3");
    }

    @Test
    void onlyRecordedStepsCount() {
        double[] loss = {1.0, 1.0, 1.0, 500.0};

        SeedHealth health = SeedHealth.of(3, loss, new double[0], 3);

        assertThat(health.steps()).isEqualTo(3);
        assertThat(health.flag()).isEqualTo(SeedHealth.Flag.STABLE);
    }

    @Test
    void shortRecordOfResultIsAssessedOnWhatItHas() {
        SeedResult result = new SeedResult(4, SeedState.DONE, 20, -1, "", new double[] {1.0, 0.5}, new double[0],
                new int[] {0}, new double[][] {{0.0}}, 1.0);

        SeedHealth health = SeedHealth.of(result);

        assertThat(health.steps()).isEqualTo(2);
        assertThat(health.minMetaLoss()).isEqualTo(0.5);
    }
}
