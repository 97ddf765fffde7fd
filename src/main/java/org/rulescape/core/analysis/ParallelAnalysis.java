package org.rulescape.core.analysis;

import java.util.stream.IntStream;
import org.rulescape.core.model.Rng;

/**
 * Parallel analysis (Horn 1965, Psychometrika 30:179-185): the same PCA on many random
 * matrices of the data's shape and per-column scale. A component of the data explains more
 * than chance only where its ratio lies above the null band. With S rows every PCA has at most
 * S - 1 non-zero components, so for 10 isotropic points in 81 dimensions D90 is 8 in nearly
 * all draws: a D90 of 6 means something only beside that null.
 *
 * <p>Draws run in parallel on the common fork-join pool; each has its own keyed random stream,
 * so the result is the same for any thread count.
 */
public final class ParallelAnalysis {
    private ParallelAnalysis() {
    }

    /**
     * Draws {@code draws} null matrices for {@code data} and summarizes their PCA.
     *
     * @param context index that separates the streams of different uses of the same model
     *                within one analysis (for example the snapshot time)
     * @throws IllegalArgumentException when draws < 1, the data are not a finite matrix or the
     *                                  threshold or band level is out of range
     */
    public static NullSpectrum run(double[][] data, NullModel model, int draws, double threshold,
            double bandLevel, long analysisSeed, long context) {
        Matrices.checkRows(data, "parallel-analysis data");
        Pca.checkThreshold(threshold);
        if (draws < 1) {
            throw new IllegalArgumentException("null draws must be at least 1, got " + draws);
        }
        double[] std = Matrices.columnStds(data);
        double[][] ratios = new double[draws][];
        IntStream.range(0, draws).parallel().forEach(d -> {
            Rng rng = AnalysisStreams.stream(analysisSeed, AnalysisStreams.NULL_MATRIX,
                    model.ordinal(), context, d);
            double[][] matrix = model == NullModel.GAUSSIAN ? gaussian(std, data.length, rng)
                    : shuffled(data, rng);
            ratios[d] = Pca.ratios(matrix, null);
        });
        return summarize(model, threshold, bandLevel, ratios);
    }

    static NullSpectrum summarize(NullModel model, double threshold, double bandLevel,
            double[][] ratios) {
        int m = ratios[0].length;
        double[] lower = new double[m];
        double[] median = new double[m];
        double[] upper = new double[m];
        double[] column = new double[ratios.length];
        for (int k = 0; k < m; k++) {
            for (int d = 0; d < ratios.length; d++) {
                column[d] = ratios[d][k];
            }
            Interval band = Quantiles.central(column, bandLevel, false);
            lower[k] = band.lower();
            upper[k] = band.upper();
            median[k] = Quantiles.linear(column, 0.5);
        }
        int[] dimensions = new int[ratios.length];
        for (int d = 0; d < ratios.length; d++) {
            dimensions[d] = Pca.dimensionAt(ratios[d], threshold);
        }
        return new NullSpectrum(model, threshold, bandLevel, lower, median, upper, ratios, dimensions);
    }

    /**
     * Fills a matrix with independent N(0, std_j^2) entries by Marsaglia's polar method, which
     * yields two normal draws per accepted pair without trigonometric calls; these draws
     * dominate the cost of parallel analysis.
     */
    private static double[][] gaussian(double[] std, int rows, Rng rng) {
        int p = std.length;
        double[][] x = new double[rows][p];
        int total = rows * p;
        for (int n = 0; n < total; n += 2) {
            double u;
            double v;
            double radius2;
            do {
                u = 2 * rng.nextDouble() - 1;
                v = 2 * rng.nextDouble() - 1;
                radius2 = u * u + v * v;
            } while (radius2 >= 1 || radius2 == 0);
            double factor = Math.sqrt(-2 * Math.log(radius2) / radius2);
            x[n / p][n % p] = std[n % p] * u * factor;
            if (n + 1 < total) {
                x[(n + 1) / p][(n + 1) % p] = std[(n + 1) % p] * v * factor;
            }
        }
        return x;
    }

    /** Permutes every column independently (Fisher-Yates). */
    private static double[][] shuffled(double[][] data, Rng rng) {
        int s = data.length;
        int p = data[0].length;
        double[][] x = new double[s][p];
        int[] order = new int[s];
        for (int j = 0; j < p; j++) {
            for (int i = 0; i < s; i++) {
                order[i] = i;
            }
            for (int i = s - 1; i > 0; i--) {
                int k = rng.nextInt(i + 1);
                int t = order[i];
                order[i] = order[k];
                order[k] = t;
            }
            for (int i = 0; i < s; i++) {
                x[i][j] = data[order[i]][j];
            }
        }
        return x;
    }
}
