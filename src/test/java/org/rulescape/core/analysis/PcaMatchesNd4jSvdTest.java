package org.rulescape.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Shows that the Gram-matrix eigen route of {@link Pca} gives the same spectrum and directions
 * as an SVD of the centered matrix by LAPACK gesvd (through ND4J, in double).
 */
class PcaMatchesNd4jSvdTest {

    @Test
    void gramEigenEqualsLapackSvd() {
        double[][] rows = ReferenceData.matrix("pca_10x81");
        int s = rows.length;
        int p = rows[0].length;
        double[] mean = Matrices.columnMeans(rows);
        INDArray centered = Nd4j.create(Matrices.centered(rows, mean)).castTo(DataType.DOUBLE).dup('f');
        INDArray singular = Nd4j.create(DataType.DOUBLE, s);
        INDArray u = Nd4j.create(DataType.DOUBLE, new long[] {s, s}, 'f');
        INDArray vt = Nd4j.create(DataType.DOUBLE, new long[] {p, p}, 'f');

        Nd4j.getBlasWrapper().lapack().gesvd(centered.dup('f'), singular, u, vt);

        PcaResult pca = (PcaResult) Pca.fit(rows);
        double total = 0;
        for (int k = 0; k < s; k++) {
            total += singular.getDouble(k) * singular.getDouble(k);
        }
        for (int k = 0; k < s - 1; k++) {
            double ratio = singular.getDouble(k) * singular.getDouble(k) / total;
            assertThat(pca.ratios()[k]).as("ratio %d", k).isCloseTo(ratio, within(1e-12));
        }
        for (int k = 0; k < 3; k++) {
            double dot = 0;
            for (int j = 0; j < p; j++) {
                dot += pca.components()[k][j] * vt.getDouble(k, j);
            }
            assertThat(Math.abs(dot)).as("|cos| between component %d of both", k).isCloseTo(1.0, within(1e-9));
        }
    }
}
