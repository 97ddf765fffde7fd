package org.rulescape.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.rulescape.core.model.Rng;

class OptimizerSymmetryTest {
    private static final int K = 16;
    private static final int[] PERMUTATION = {5, 0, 12, 3, 9, 15, 1, 7, 14, 2, 11, 4, 8, 13, 6, 10};
    private static final int[] SIGNS = {1, -1, -1, 1, 1, -1, 1, -1, 1, 1, -1, -1, 1, -1, 1, -1};

    @Test
    void permutedFlippedCopyGivesSameUpdates() {
        double[] alpha = randomAlpha(11);
        double[] copy = OptimizerSymmetry.transform(alpha, K, PERMUTATION, SIGNS);

        for (double g : new double[] {-2, -0.1, 0, 0.3, 5}) {
            for (double m : new double[] {-1, 0, 0.7}) {
                for (int t : new int[] {0, 3, 29}) {
                    assertThat(OptimizerNet.update(copy, K, g, m, t))
                            .as("g=%s m=%s t=%s", g, m, t)
                            .isCloseTo(OptimizerNet.update(alpha, K, g, m, t), within(1e-12));
                }
            }
        }
    }

    @Test
    void copyIsFarRawButZeroAligned() {
        double[] alpha = randomAlpha(12);
        double[] copy = OptimizerSymmetry.transform(alpha, K, PERMUTATION, SIGNS);

        Alignment alignment = OptimizerSymmetry.align(alpha, copy, K);

        assertThat(Matrices.distance(alpha, copy)).isGreaterThan(1.0);
        assertThat(alignment.distance()).isLessThanOrEqualTo(1e-12);
        assertThat(alignment.aligned()).containsExactly(alpha, within(1e-12));
    }

    @Test
    void canonicalFormIgnoresSymmetry() {
        double[] alpha = randomAlpha(13);
        double[] copy = OptimizerSymmetry.transform(alpha, K, PERMUTATION, SIGNS);

        double[] canonical = OptimizerSymmetry.canonical(alpha, K);

        assertThat(OptimizerSymmetry.canonical(copy, K)).containsExactly(canonical);
        assertThat(OptimizerNet.update(canonical, K, 0.4, -0.2, 5))
                .isCloseTo(OptimizerNet.update(alpha, K, 0.4, -0.2, 5), within(1e-12));
    }

    @Test
    void alignedDistanceNeverExceedsRaw() {
        for (int trial = 0; trial < 20; trial++) {
            double[] a = randomAlpha(100 + trial);
            double[] b = randomAlpha(200 + trial);

            Alignment alignment = OptimizerSymmetry.align(a, b, K);

            assertThat(alignment.distance()).isLessThanOrEqualTo(Matrices.distance(a, b) + 1e-12);
            assertThat(alignment.distance()).isCloseTo(Matrices.distance(a, alignment.aligned()), within(1e-12));
        }
    }

    @Test
    void alignmentBeatsEveryPermutationOfSmallNet() {
        // With K = 3 there are 3! * 2^3 = 48 symmetries: check the optimum by brute force.
        int k = 3;
        Rng rng = new Rng(99);
        double[] a = new double[16];
        double[] b = new double[16];
        for (int j = 0; j < 16; j++) {
            a[j] = rng.nextGaussian();
            b[j] = rng.nextGaussian();
        }
        double best = Double.POSITIVE_INFINITY;
        int[][] permutations = {{0, 1, 2}, {0, 2, 1}, {1, 0, 2}, {1, 2, 0}, {2, 0, 1}, {2, 1, 0}};
        for (int[] permutation : permutations) {
            for (int mask = 0; mask < 8; mask++) {
                int[] signs = {(mask & 1) == 0 ? 1 : -1, (mask & 2) == 0 ? 1 : -1, (mask & 4) == 0 ? 1 : -1};
                best = Math.min(best, Matrices.distance(a, OptimizerSymmetry.transform(b, k, permutation, signs)));
            }
        }

        assertThat(OptimizerSymmetry.align(a, b, k).distance()).isCloseTo(best, within(1e-12));
    }

    @Test
    void commonFrameCollapsesCopies() {
        double[] alpha = randomAlpha(14);
        double[][] set = {alpha, OptimizerSymmetry.transform(alpha, K, PERMUTATION, SIGNS),
                OptimizerSymmetry.transform(alpha, K, SIGNS.length == K ? reverse() : PERMUTATION, SIGNS)};
        double[][] aligned = OptimizerSymmetry.pairwiseAlignedDistances(set, K);

        double[][] frame = OptimizerSymmetry.commonFrame(set, aligned, K, 10);

        assertThat(aligned[0][1]).isLessThanOrEqualTo(1e-12);
        assertThat(aligned[1][2]).isLessThanOrEqualTo(1e-12);
        assertThat(Pca.fit(frame)).isInstanceOf(ZeroVariance.class);
        assertThat(Pca.fit(set)).isInstanceOf(PcaResult.class);
    }

    @Test
    void wrongLengthIsRejected() {
        assertThatThrownBy(() -> OptimizerSymmetry.canonical(new double[80], K))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("81").hasMessageContaining("80");
    }

    private static int[] reverse() {
        int[] out = new int[K];
        for (int k = 0; k < K; k++) {
            out[k] = K - 1 - k;
        }
        return out;
    }

    static double[] randomAlpha(long seed) {
        Rng rng = new Rng(seed);
        double[] alpha = new double[5 * K + 1];
        for (int j = 0; j < alpha.length; j++) {
            alpha[j] = 0.5 * rng.nextGaussian();
        }
        return alpha;
    }
}
