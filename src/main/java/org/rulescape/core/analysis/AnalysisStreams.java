package org.rulescape.core.analysis;

import org.rulescape.core.model.Rng;

/**
 * Keys of the random streams the analyses draw from. Every draw gets its own stream keyed by
 * (analysis seed, purpose, counters), so a draw's numbers do not depend on other draws, on
 * their order or on the thread that makes them. The purpose codes are part of the stored
 * results' meaning: changing one changes every interval computed with it.
 */
final class AnalysisStreams {
    /** Seed resamples with replacement, shared by all per-seed bootstrap statistics. */
    static final long RESAMPLE = 1;
    /** Dirichlet(1, ..., 1) seed weights of the Bayesian bootstrap. */
    static final long BAYESIAN_WEIGHTS = 2;
    /** Random matrices of a parallel-analysis null model; further keyed by the model and a context index. */
    static final long NULL_MATRIX = 3;

    private AnalysisStreams() {
    }

    static Rng stream(long analysisSeed, long purpose, long... counters) {
        long[] keys = new long[counters.length + 1];
        keys[0] = purpose;
        System.arraycopy(counters, 0, keys, 1, counters.length);
        return Rng.stream(analysisSeed, Rng.Stream.ANALYSIS, keys);
    }

    /** Seed counts of resample {@code draw}: S draws with replacement from S seeds. */
    static int[] resampleCounts(long analysisSeed, int draw, int seeds) {
        Rng rng = stream(analysisSeed, RESAMPLE, draw);
        int[] counts = new int[seeds];
        for (int i = 0; i < seeds; i++) {
            counts[rng.nextInt(seeds)]++;
        }
        return counts;
    }

    /** Dirichlet(1, ..., 1) weights of Bayesian-bootstrap draw {@code draw} (Rubin 1981). */
    static double[] bayesianWeights(long analysisSeed, int draw, int seeds) {
        Rng rng = stream(analysisSeed, BAYESIAN_WEIGHTS, draw);
        double[] w = new double[seeds];
        for (int i = 0; i < seeds; i++) {
            w[i] = -Math.log(1.0 - rng.nextDouble());
        }
        return w;
    }
}
