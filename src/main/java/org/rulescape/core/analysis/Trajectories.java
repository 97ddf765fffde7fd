package org.rulescape.core.analysis;

import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/** PCA across seeds at each snapshot time, and projections of every snapshot on the final PCs. */
final class Trajectories {
    /** Context index of the first snapshot time's null streams; other null uses stay below it. */
    static final long CONTEXT_BASE = 1000;

    private Trajectories() {
    }

    static TrajectoryGeometry analyze(List<SeedAlphas> seeds, PcaOutcome finalPca,
            GeometryOptions options, Runnable checkpoint) {
        int[] steps = commonSteps(seeds);
        int n = steps.length;
        int[] dimensions = new int[n];
        double[] pc1 = new double[n];
        int[] nullLower = new int[n];
        double[] nullMedian = new double[n];
        int[] nullUpper = new int[n];
        for (int t = 0; t < n; t++) {
            checkpoint.run();
            double[][] rows = rowsAt(seeds, steps[t]);
            double[] ratios = Pca.ratios(rows, null);
            dimensions[t] = Pca.dimensionAt(ratios, options.threshold());
            pc1[t] = ratios.length > 0 ? ratios[0] : 0;
            NullSpectrum band = ParallelAnalysis.run(rows, NullModel.GAUSSIAN,
                    options.trajectoryNullDraws(), options.threshold(), options.bandLevel(),
                    options.analysisSeed(), CONTEXT_BASE + t);
            Interval dimensionBand = band.dimensionBand();
            nullLower[t] = (int) dimensionBand.lower();
            nullMedian[t] = band.dimensionMedian();
            nullUpper[t] = (int) dimensionBand.upper();
        }

        double[][][] projections = new double[seeds.size()][][];
        int[][] seedSteps = new int[seeds.size()][];
        for (int i = 0; i < seeds.size(); i++) {
            SeedAlphas seed = seeds.get(i);
            seedSteps[i] = seed.snapshotSteps().clone();
            projections[i] = new double[seed.snapshots().length][];
            for (int r = 0; r < seed.snapshots().length; r++) {
                projections[i][r] = finalPca instanceof PcaResult pca
                        ? pca.project(seed.snapshots()[r]) : new double[0];
            }
        }
        return new TrajectoryGeometry(steps, dimensions, pc1, nullLower, nullMedian, nullUpper,
                projections, seedSteps);
    }

    /** Meta-steps at which every seed has a snapshot. */
    static int[] commonSteps(List<SeedAlphas> seeds) {
        TreeSet<Integer> common = new TreeSet<>();
        for (int step : seeds.get(0).snapshotSteps()) {
            common.add(step);
        }
        for (SeedAlphas seed : seeds.subList(1, seeds.size())) {
            TreeSet<Integer> own = new TreeSet<>();
            for (int step : seed.snapshotSteps()) {
                own.add(step);
            }
            common.retainAll(own);
        }
        return common.stream().mapToInt(Integer::intValue).toArray();
    }

    private static double[][] rowsAt(List<SeedAlphas> seeds, int step) {
        double[][] rows = new double[seeds.size()][];
        for (int i = 0; i < seeds.size(); i++) {
            SeedAlphas seed = seeds.get(i);
            int index = Arrays.binarySearch(seed.snapshotSteps(), step);
            rows[i] = seed.snapshots()[index];
        }
        return rows;
    }
}
