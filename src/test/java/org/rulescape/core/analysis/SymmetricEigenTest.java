package org.rulescape.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.rulescape.core.model.Rng;

class SymmetricEigenTest {

    @Test
    void tridiagonalQrMatchesJacobi() {
        for (int trial = 0; trial < 50; trial++) {
            Rng rng = new Rng(trial);
            int n = 2 + trial % 12;
            double[][] x = new double[n][30];
            for (double[] row : x) {
                for (int j = 0; j < row.length; j++) {
                    row[j] = rng.nextGaussian() * (j % 4 == 0 ? 5 : 0.1);
                }
            }
            double[][] gram = Matrices.gram(Matrices.centered(x, Matrices.columnMeans(x)));

            double[] fast = SymmetricEigen.values(gram);
            SymmetricEigen.Decomposition jacobi = SymmetricEigen.decompose(gram, true);

            double scale = jacobi.values()[0];
            assertThat(fast).as("trial %d, n = %d", trial, n)
                    .containsExactly(jacobi.values(), within(1e-12 * scale));
        }
    }

    @Test
    void jacobiVectorsSatisfyEigenEquation() {
        double[][] a = {{4, 1, 0.5}, {1, 3, -1}, {0.5, -1, 2}};

        SymmetricEigen.Decomposition eigen = SymmetricEigen.decompose(a, true);

        for (int k = 0; k < 3; k++) {
            double[] v = eigen.vectors()[k];
            for (int i = 0; i < 3; i++) {
                assertThat(Matrices.dot(a[i], v)).as("row %d of A v_%d", i, k)
                        .isCloseTo(eigen.values()[k] * v[i], within(1e-13));
            }
        }
        assertThat(eigen.values()[0]).isGreaterThanOrEqualTo(eigen.values()[1]);
    }

    @Test
    void specialMatricesHaveExactValues() {
        assertThat(SymmetricEigen.values(new double[3][3])).containsExactly(0, 0, 0);
        assertThat(SymmetricEigen.values(new double[][] {{2, 0}, {0, 5}})).containsExactly(5, 2);
        assertThat(SymmetricEigen.values(new double[][] {{7}})).containsExactly(7);
        assertThat(SymmetricEigen.values(new double[][] {{1, 1}, {1, 1}})).containsExactly(
                new double[] {2, 0}, within(1e-15));
    }
}
