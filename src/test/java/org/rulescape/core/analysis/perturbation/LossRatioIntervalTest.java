package org.rulescape.core.analysis.perturbation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class LossRatioIntervalTest {
    /** Skewed ratios of positive losses whose t-interval on the raw scale reaches below zero. */
    private static final double[] SKEWED = {0.5, 0.6, 0.7, 0.8, 9.0};

    @Test
    void rawTIntervalOfSkewedRatiosGoesNegative() {
        assertThat(MeanInterval.of(SKEWED).low()).isNegative();
    }

    @Test
    void geometricIntervalStaysPositiveAndContainsMean() {
        MeanInterval geometric = MeanInterval.geometric(SKEWED);

        double logMean = 0;
        for (double value : SKEWED) {
            logMean += Math.log(value) / SKEWED.length;
        }
        assertThat(geometric.mean()).isCloseTo(Math.exp(logMean), within(1e-12));
        assertThat(geometric.low()).isPositive().isLessThan(geometric.mean());
        assertThat(geometric.high()).isGreaterThan(geometric.mean());
        assertThat(geometric.count()).isEqualTo(5);
    }

    @Test
    void reciprocalRatiosGetMirroredIntervals() {
        double[] inverse = new double[SKEWED.length];
        for (int i = 0; i < SKEWED.length; i++) {
            inverse[i] = 1 / SKEWED[i];
        }

        MeanInterval a = MeanInterval.geometric(SKEWED);
        MeanInterval b = MeanInterval.geometric(inverse);

        assertThat(a.low() * b.high()).isCloseTo(1.0, within(1e-12));
        assertThat(a.mean() * b.mean()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void nonPositiveRatioKeptWithoutBounds() {
        assertThatThrownBy(() -> MeanInterval.geometric(new double[] {1.0, 0.0}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("index 1");
        MeanInterval shown = RecoverySummaries.ratioInterval(new double[] {1.0, Double.NaN});
        assertThat(shown.mean()).isNaN();
        assertThat(shown.count()).isEqualTo(2);
    }

    private static SigmaSummary row(double lossVsReference, Verdict verdict) {
        MeanInterval one = MeanInterval.of(new double[] {1.0, 1.1, 0.9});
        return new SigmaSummary(0, 0.5, 3, 3, 0, one, one, one, one, one, MeanInterval.of(new double[] {0.4, 0.5}),
                0.1, 0.51, MeanInterval.geometric(new double[] {lossVsReference, lossVsReference * 1.1}),
                MeanInterval.geometric(SKEWED), verdict);
    }

    @Test
    void tableWarnsOfHighEndLoss() {
        String table = SummaryTable.format(List.of(row(3.0, Verdict.NEUTRAL), row(1.2, Verdict.CONTRACTING)));
        String[] lines = table.split("\n");

        assertThat(lines[0]).contains("align d_T [95% CI]", "loss/ref [95% CI]");
        assertThat(lines[1]).endsWith("neutral in distance; end loss 3.1 x reference");
        assertThat(lines[2]).endsWith("contracting");
        assertThat(lines[2]).contains("0.450 [");
        assertThat(table).contains("geometric means", "exceeds 2.0x the reference's final meta-loss");
    }

    @Test
    void lossNoteUsesTwoSignificantDigits() {
        assertThat(SigmaSummary.compact(85_800)).isEqualTo("8.6e4");
        assertThat(SigmaSummary.compact(99_600)).isEqualTo("1.0e5");
        assertThat(SigmaSummary.compact(2.5)).isEqualTo("2.5");
        assertThat(SigmaSummary.compact(412)).isEqualTo("412");
    }

    @Test
    void storedSummaryKeepsNamesAndAddsIntervals() {
        SigmaSummary summary = row(3.0, Verdict.NEUTRAL);

        String csv = PerturbationCsv.summary(List.of(summary));
        var json = PerturbationCsv.summaryJson(List.of(summary)).get(0);

        String[] header = csv.split("\n")[0].split(",");
        String[] values = csv.split("\n")[1].split(",", -1);
        assertThat(header).hasSameSizeAs(values);
        assertThat(header).contains("end_loss_vs_reference", "end_loss_vs_reference_low", "loss_warning");
        assertThat(json.get("end_loss_vs_reference").asDouble()).isCloseTo(summary.endLossVsReference().mean(),
                within(1e-12));
        assertThat(json.get("end_loss_vs_reference_interval").get("low").asDouble()).isPositive();
        assertThat(json.get("end_loss_vs_control").get("low").asDouble()).isPositive();
        assertThat(json.get("loss_warning").asText()).isEqualTo("loss 3.15x ref");
    }
}
