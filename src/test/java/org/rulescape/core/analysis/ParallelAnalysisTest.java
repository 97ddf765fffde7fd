package org.rulescape.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ParallelAnalysisTest {

    @Test
    void gaussianNullOfTenByEightyOneSitsAtEight() {
        double[][] data = isotropic(10, 81, 5);

        NullSpectrum spectrum = ParallelAnalysis.run(data, NullModel.GAUSSIAN, 300, 0.9, 0.9, 0, 0);

        assertThat(spectrum.draws()).isEqualTo(300);
        assertThat(spectrum.dimensionMedian()).isEqualTo(8.0);
        assertThat(spectrum.fractionDimensionAtMost(7)).isLessThan(0.2);
        assertThat(spectrum.band(0).lower()).isLessThan(spectrum.band(0).upper());
        assertThat(spectrum.median()[0]).isGreaterThan(spectrum.median()[1]);
    }

    @Test
    void structuredDataLieOutsideNull() {
        double[][] data = ReferenceData.matrix("pca_10x81");
        PcaOutcome pca = Pca.fit(data);

        NullSpectrum spectrum = ParallelAnalysis.run(data, NullModel.SHUFFLED, 200, 0.9, 0.9, 0, 0);

        assertThat(spectrum.band(0).compare(pca.ratio(0))).isEqualTo(1);
        assertThat(spectrum.dimensionBand().compare(pca.dimensionAt(0.9))).isEqualTo(-1);
    }

    @Test
    void drawsAreDeterministicForSeed() {
        double[][] data = ReferenceData.matrix("pca_12x5");

        for (NullModel model : NullModel.values()) {
            NullSpectrum first = ParallelAnalysis.run(data, model, 100, 0.9, 0.9, 8, 0);
            NullSpectrum again = ParallelAnalysis.run(data, model, 100, 0.9, 0.9, 8, 0);
            NullSpectrum other = ParallelAnalysis.run(data, model, 100, 0.9, 0.9, 9, 0);

            assertThat(again.ratios()).as("%s same seed", model).isDeepEqualTo(first.ratios());
            assertThat(other.ratios()).as("%s other seed", model).isNotEqualTo(first.ratios());
        }
    }

    @Test
    void zeroVarianceDataGiveZeroNull() {
        double[][] data = {{1, 2}, {1, 2}, {1, 2}};

        NullSpectrum spectrum = ParallelAnalysis.run(data, NullModel.GAUSSIAN, 20, 0.9, 0.9, 0, 0);

        assertThat(spectrum.dimensionMedian()).isZero();
        assertThat(spectrum.upper()).containsOnly(0.0);
    }

    @Test
    void bootstrapIsDeterministicForSeed() {
        double[][] data = ReferenceData.matrix("pca_10x81");
        PcaOutcome pca = Pca.fit(data);

        for (BootstrapScheme scheme : BootstrapScheme.values()) {
            PcaBootstrap first = PcaBootstrap.of(data, pca, scheme, 200, 0.9, 0.95, 4);
            PcaBootstrap again = PcaBootstrap.of(data, pca, scheme, 200, 0.9, 0.95, 4);

            assertThat(again.dimensions()).as("%s", scheme).containsExactly(first.dimensions());
            assertThat(again.pc1()).as("%s", scheme).isEqualTo(first.pc1());
            assertThat(first.pc1().interval().contains(pca.ratio(0))).as("%s", scheme).isTrue();
        }
    }

    @Test
    void bootstrapOfIsotropicPointsIsBiasedLow() {
        double[][] data = isotropic(10, 81, 5);
        PcaOutcome pca = Pca.fit(data);

        PcaBootstrap bayesian = PcaBootstrap.of(data, pca, BootstrapScheme.BAYESIAN, 300, 0.9, 0.95, 0);
        PcaBootstrap resample = PcaBootstrap.of(data, pca, BootstrapScheme.RESAMPLE, 300, 0.9, 0.95, 0);

        assertThat(pca.dimensionAt(0.9)).isEqualTo(8);
        assertThat(resample.dimension().interval().upper()).as("resample upper bound")
                .isLessThan(8);
        assertThat(bayesian.dimension().interval().upper()).as("Bayesian upper bound")
                .isGreaterThanOrEqualTo(resample.dimension().interval().upper());
        assertThat(bayesian.excludesObserved()).isTrue();
    }

    static double[][] isotropic(int rows, int columns, long seed) {
        org.rulescape.core.model.Rng rng = new org.rulescape.core.model.Rng(seed);
        double[][] data = new double[rows][];
        for (int i = 0; i < rows; i++) {
            data[i] = PcaTest.gaussianVector(rng, columns);
        }
        return data;
    }
}
