package org.rulescape.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rulescape.core.experiment.SeedResult;

class GeometryAnalysisTest {
    private static final GeometryOptions SMALL = GeometryOptions.defaults().withDraws(200, 100, 20);

    @Test
    void fullSizedRunIsAnalysedQuickly() {
        GeometryInput input = SeedSelection.fromResults(SyntheticRuns.done(10, 101), SyntheticRuns.HIDDEN, false);
        GeometryAnalysis.analyze(input, SMALL); // warms up the JIT

        long start = System.nanoTime();
        GeometryReport report = GeometryAnalysis.analyze(input, GeometryOptions.defaults());
        double seconds = (System.nanoTime() - start) / 1e9;

        System.out.printf("geometry analysis of 10 seeds x 101 snapshots with defaults: %.2f s%n", seconds);
        assertThat(seconds).isLessThan(10.0);
        assertThat(report.trajectories().steps()).hasSize(101);
        assertThat(report.finals().pca().ratios()).hasSize(9);
        assertThat(report.initials().dimension()).isEqualTo(8);
    }

    @Test
    void sameSeedGivesSameReport() {
        GeometryInput input = SeedSelection.fromResults(SyntheticRuns.done(5, 6), SyntheticRuns.HIDDEN, false);

        GeometryReport first = GeometryAnalysis.analyze(input, SMALL.withAnalysisSeed(3));
        GeometryReport again = GeometryAnalysis.analyze(input, SMALL.withAnalysisSeed(3));

        assertThat(again.finals().distances().mean()).isEqualTo(first.finals().distances().mean());
        assertThat(again.finals().bootstrap().dimensions()).containsExactly(first.finals().bootstrap().dimensions());
        assertThat(again.aligned().gaussianNull().ratios()).isDeepEqualTo(first.aligned().gaussianNull().ratios());
        assertThat(again.trajectories().nullUpper()).containsExactly(first.trajectories().nullUpper());
    }

    @Test
    void identicalAlphasGiveZeroVarianceWithoutNaN() {
        double[] alpha = OptimizerSymmetryTest.randomAlpha(1);
        List<SeedResult> results = new ArrayList<>();
        for (int s = 0; s < 4; s++) {
            results.add(SyntheticRuns.constant(s, alpha, 3));
        }
        GeometryInput input = SeedSelection.fromResults(results, SyntheticRuns.HIDDEN, false);

        GeometryReport report = GeometryAnalysis.analyze(input, SMALL);

        assertThat(report.finals().pca()).isInstanceOf(ZeroVariance.class);
        assertThat(report.finals().dimension()).isZero();
        assertThat(report.finals().distances().mean().value()).isZero();
        assertThat(report.finals().gaussianNull().dimensionMedian()).isZero();
        assertThat(report.trajectories().dimensions()).containsOnly(0);
        assertThat(report.perSeed().meanFromInitial().value()).isZero();
    }

    @Test
    void alignedViewRemovesSymmetryCopies() {
        double[] alpha = OptimizerSymmetryTest.randomAlpha(2);
        int[] swap = new int[SyntheticRuns.HIDDEN];
        int[] signs = new int[SyntheticRuns.HIDDEN];
        for (int k = 0; k < swap.length; k++) {
            swap[k] = (k + 5) % swap.length;
            signs[k] = k % 3 == 0 ? -1 : 1;
        }
        List<SeedResult> results = List.of(SyntheticRuns.constant(0, alpha, 2),
                SyntheticRuns.constant(1, OptimizerSymmetry.transform(alpha, 16, swap, signs), 2),
                SyntheticRuns.constant(2, OptimizerSymmetry.canonical(alpha, 16), 2));

        GeometryReport report = GeometryAnalysis.analyze(
                SeedSelection.fromResults(results, SyntheticRuns.HIDDEN, false), SMALL);

        assertThat(report.finals().distances().mean().value()).isGreaterThan(1.0);
        assertThat(report.aligned().distances().mean().value()).isLessThan(1e-12);
        assertThat(report.aligned().pca()).isInstanceOf(ZeroVariance.class);
    }

    @Test
    void filesAreWrittenUnderAnalysisGeometry(@TempDir Path run) throws IOException {
        GeometryInput input = SeedSelection.fromResults(SyntheticRuns.done(4, 5), SyntheticRuns.HIDDEN, false);
        GeometryReport report = GeometryAnalysis.analyze(input, SMALL);

        Path dir = GeometryFiles.write(run, report);

        assertThat(dir).isEqualTo(run.resolve("analysis/geometry"));
        assertThat(Files.readString(dir.resolve("summary.json"))).contains("\"format_version\" : 1")
                .contains("\"final\"").contains("\"gaussian\"").doesNotContain("NaN");
        assertThat(Files.readAllLines(dir.resolve("scree_final.csv"))).hasSize(1 + 3);
        assertThat(Files.readAllLines(dir.resolve("dimension_over_time.csv"))).hasSize(1 + 5);
        assertThat(Files.readAllLines(dir.resolve("trajectories.csv"))).hasSize(1 + 4 * 5);
        byte[] npy = Files.readAllBytes(dir.resolve("alphas_final.npy"));
        assertThat(npy.length % 64).as("header padded to 64 bytes, then 4 x 81 doubles")
                .isEqualTo((4 * 81 * 8) % 64);
        assertThat(new String(npy, 10, 60, java.nio.charset.StandardCharsets.ISO_8859_1))
                .contains("'shape': (4, 81)");
    }
}
