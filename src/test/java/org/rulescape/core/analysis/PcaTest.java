package org.rulescape.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rulescape.core.model.Rng;

class PcaTest {

    @Test
    void pointsOnPlaneGiveD90OfTwo() {
        Rng rng = new Rng(7);
        double[] origin = gaussianVector(rng, 81);
        double[] u = gaussianVector(rng, 81);
        double[] v = gaussianVector(rng, 81);
        double[][] rows = new double[10][81];
        for (int i = 0; i < 10; i++) {
            double a = 3 * rng.nextGaussian();
            double b = rng.nextGaussian();
            for (int j = 0; j < 81; j++) {
                rows[i][j] = origin[j] + a * u[j] + b * v[j];
            }
        }

        PcaOutcome pca = Pca.fit(rows);

        assertThat(pca).isInstanceOf(PcaResult.class);
        assertThat(pca.dimensionAt(0.9)).isEqualTo(2);
        assertThat(pca.cumulative()[1]).isCloseTo(1.0, within(1e-12));
        assertThat(pca.ratio(2)).isLessThan(1e-14);
        assertThat(((PcaResult) pca).resolvedComponents()).isEqualTo(2);
    }

    @Test
    void isotropicTenPointsGiveD90OfEight() {
        int eights = 0;
        int trials = 200;
        for (int trial = 0; trial < trials; trial++) {
            Rng rng = new Rng(1000 + trial);
            double[][] rows = new double[10][];
            for (int i = 0; i < 10; i++) {
                rows[i] = gaussianVector(rng, 81);
            }
            PcaOutcome pca = Pca.fit(rows);
            assertThat(pca.ratios()).hasSize(9);
            if (pca.dimensionAt(0.9) == 8) {
                eights++;
            }
        }
        assertThat(eights).isGreaterThanOrEqualTo(trials * 95 / 100);
    }

    @Test
    void identicalRowsGiveZeroVariance() {
        double[] alpha = {0.1, -0.3, 0.7, 1e-3};
        double[][] rows = {alpha.clone(), alpha.clone(), alpha.clone()};

        PcaOutcome pca = Pca.fit(rows);

        assertThat(pca).isInstanceOf(ZeroVariance.class);
        assertThat(pca.dimensionAt(0.9)).isZero();
        assertThat(pca.ratios()).containsOnly(0.0).hasSize(2);
        assertThat(pca.totalVariance()).isZero();
        assertThat(Pca.ratios(rows, null)).containsOnly(0.0);
    }

    @Test
    void singleRowGivesZeroVariance() {
        PcaOutcome pca = Pca.fit(new double[][] {{1, 2, 3}});

        assertThat(pca).isInstanceOf(ZeroVariance.class);
        assertThat(pca.ratios()).isEmpty();
        assertThat(pca.dimensionAt(0.9)).isZero();
        assertThat(pca.mean()).containsExactly(1, 2, 3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"pca_10x81", "pca_12x5"})
    void ratiosMatchNumpy(String name) {
        double[][] rows = ReferenceData.matrix(name);
        JsonNode expected = ReferenceData.values(name);

        PcaOutcome pca = Pca.fit(rows);

        double[] ratios = ReferenceData.doubles(expected.get("ratios"));
        double[] cumulative = ReferenceData.doubles(expected.get("cumulative"));
        assertThat(pca.ratios()).hasSize(ratios.length);
        for (int k = 0; k < ratios.length; k++) {
            assertThat(pca.ratios()[k]).as("ratio %d", k).isCloseTo(ratios[k], within(1e-12));
            assertThat(pca.cumulative()[k]).as("cumulative %d", k).isCloseTo(cumulative[k], within(1e-12));
        }
        for (String threshold : new String[] {"0.5", "0.9", "0.99"}) {
            assertThat(pca.dimensionAt(Double.parseDouble(threshold))).as("D at %s", threshold)
                    .isEqualTo(expected.get("dimensions").get(threshold).asInt());
        }
    }

    @Test
    void fastRatiosEqualFit() {
        double[][] rows = ReferenceData.matrix("pca_10x81");

        double[] fast = Pca.ratios(rows, null);

        assertThat(fast).containsExactly(Pca.fit(rows).ratios(), within(1e-13));
    }

    @Test
    void integerWeightsEqualResampledMatrix() {
        double[][] rows = ReferenceData.matrix("pca_10x81");
        int[] counts = {3, 0, 1, 0, 2, 1, 0, 0, 2, 1};
        double[] weights = new double[counts.length];
        double[][] resampled = new double[10][];
        int next = 0;
        for (int i = 0; i < counts.length; i++) {
            weights[i] = counts[i];
            for (int c = 0; c < counts[i]; c++) {
                resampled[next++] = rows[i];
            }
        }

        double[] weighted = Pca.ratios(rows, weights);

        assertThat(weighted).containsExactly(Pca.fit(resampled).ratios(), within(1e-12));
        assertThat(Pca.dimensionAt(weighted, 1.0)).isLessThanOrEqualTo(5);
    }

    @Test
    void scoresReproduceCenteredRows() {
        double[][] rows = ReferenceData.matrix("pca_10x81");
        PcaResult pca = (PcaResult) Pca.fit(rows);

        for (int i = 0; i < rows.length; i++) {
            double[] rebuilt = pca.mean().clone();
            for (int k = 0; k < pca.resolvedComponents(); k++) {
                for (int j = 0; j < rebuilt.length; j++) {
                    rebuilt[j] += pca.scores()[i][k] * pca.components()[k][j];
                }
            }
            assertThat(rebuilt).as("row %d", i).containsExactly(rows[i], within(1e-10));
            assertThat(pca.project(rows[i])).containsExactly(pca.scores()[i], within(1e-12));
        }
    }

    @Test
    void dimensionAtRejectsBadThreshold() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Pca.dimensionAt(new double[] {1}, 1.5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("(0, 1]").hasMessageContaining("1.5");
    }

    static double[] gaussianVector(Rng rng, int n) {
        double[] v = new double[n];
        for (int j = 0; j < n; j++) {
            v[j] = rng.nextGaussian();
        }
        return v;
    }
}
