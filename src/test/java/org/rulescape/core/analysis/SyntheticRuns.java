package org.rulescape.core.analysis;

import java.util.ArrayList;
import java.util.List;
import org.rulescape.core.experiment.SeedResult;
import org.rulescape.core.experiment.SeedState;
import org.rulescape.core.model.Rng;

/** Seed results with random-walk alpha trajectories, shaped like a FULL run, for analysis tests. */
final class SyntheticRuns {
    static final int HIDDEN = 16;
    static final int P = 5 * HIDDEN + 1;

    private SyntheticRuns() {
    }

    /** {@code seeds} DONE seeds with {@code snapshots} snapshots every 10 meta-steps. */
    static List<SeedResult> done(int seeds, int snapshots) {
        List<SeedResult> results = new ArrayList<>();
        for (int s = 0; s < seeds; s++) {
            results.add(seed(s, SeedState.DONE, snapshots, new Rng(100 + s)));
        }
        return results;
    }

    static SeedResult seed(long seed, SeedState state, int snapshots, Rng rng) {
        int[] steps = new int[snapshots];
        double[][] alphas = new double[snapshots][P];
        for (int j = 0; j < P; j++) {
            alphas[0][j] = 0.1 * rng.nextGaussian();
        }
        for (int t = 1; t < snapshots; t++) {
            steps[t] = 10 * t;
            for (int j = 0; j < P; j++) {
                alphas[t][j] = alphas[t - 1][j] + 0.02 * rng.nextGaussian();
            }
        }
        int recorded = steps[snapshots - 1];
        return new SeedResult(seed, state, recorded, state == SeedState.DIVERGED ? recorded + 1 : -1,
                state == SeedState.DONE ? "" : "synthetic " + state, new double[recorded],
                new double[recorded], steps, alphas, 1.0);
    }

    /** The same seed result with every snapshot replaced by {@code alpha}. */
    static SeedResult constant(long seed, double[] alpha, int snapshots) {
        int[] steps = new int[snapshots];
        double[][] alphas = new double[snapshots][];
        for (int t = 0; t < snapshots; t++) {
            steps[t] = 10 * t;
            alphas[t] = alpha.clone();
        }
        return new SeedResult(seed, SeedState.DONE, steps[snapshots - 1], -1, "", new double[0],
                new double[0], steps, alphas, 1.0);
    }
}
