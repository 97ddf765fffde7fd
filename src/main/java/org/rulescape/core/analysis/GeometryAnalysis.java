package org.rulescape.core.analysis;

import java.util.concurrent.CancellationException;
import org.rulescape.core.experiment.CancellationToken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs every geometry analysis on the usable seeds of a run: per-seed norms and distances
 * from initialization, distances and PCA of the final, initial and symmetry-aligned alphas
 * with bootstrap intervals and parallel-analysis nulls, and PCA across seeds over time.
 * One service for the command line and the workbench.
 */
public final class GeometryAnalysis {
    private static final Logger LOG = LoggerFactory.getLogger(GeometryAnalysis.class);

    /** Receives the name of each stage as it starts and the fraction of work done, in [0, 1]. */
    @FunctionalInterface
    public interface Progress {
        void stage(String name, double fraction);

        /** Returns a listener that ignores every report. */
        static Progress none() {
            return (name, fraction) -> { };
        }
    }

    private GeometryAnalysis() {
    }

    /** Runs the analysis without progress reports or cancellation. */
    public static GeometryReport analyze(GeometryInput input, GeometryOptions options) {
        return analyze(input, options, Progress.none(), CancellationToken.none());
    }

    /**
     * Runs the analysis. Progress is reported on the calling thread.
     *
     * @throws IllegalArgumentException when the input has fewer than {@link GeometryInput#MIN_SEEDS}
     *                                  usable seeds (the message lists the seeds left out and why),
     *                                  or a snapshot is not finite or beyond {@link AlphaMagnitude#MAX_NORM}
     * @throws CancellationException    when {@code cancel} is set; checked between stages
     */
    public static GeometryReport analyze(GeometryInput input, GeometryOptions options,
            Progress progress, CancellationToken cancel) {
        String problem = input.problem();
        if (!problem.isEmpty()) {
            throw new IllegalArgumentException(problem);
        }
        checkMagnitudes(input);
        long start = System.nanoTime();
        Runnable checkpoint = () -> {
            if (cancel.isCancelled()) {
                throw new CancellationException("geometry analysis cancelled");
            }
        };
        LOG.info("Geometry analysis of {} seeds ({} left out), analysis seed {}",
                input.seeds().size(), input.excluded().size(), options.analysisSeed());

        double[][] finals = input.finalAlphas();
        double[][] initials = input.initialAlphas();
        progress.stage("per-seed sizes", 0.0);
        SeedMeasures perSeed = perSeed(input, finals, initials, options);

        checkpoint.run();
        progress.stage("final alphas", 0.05);
        AlphaSetGeometry finalSet = analyzeSet("final", finals, Distances.pairwise(finals), options, 0);

        checkpoint.run();
        progress.stage("initial alphas", 0.25);
        AlphaSetGeometry initialSet = analyzeSet("initial", initials, Distances.pairwise(initials),
                options, 1);

        checkpoint.run();
        progress.stage("symmetry-aligned alphas", 0.45);
        double[][] alignedDistances = OptimizerSymmetry.pairwiseAlignedDistances(finals, input.hidden());
        double[][] aligned = OptimizerSymmetry.commonFrame(finals, alignedDistances, input.hidden(),
                options.alignmentRounds());
        // NOTE: the nulls of the aligned set draw random matrices at the aligned alphas' column
        // scales but do not align those matrices, so they leave out the spread that alignment
        // itself removes; compare aligned distances with alignedInitial instead.
        AlphaSetGeometry alignedSet = analyzeSet("aligned", aligned, alignedDistances, options, 2);
        DistanceSummary alignedInitial = Distances.summarize(
                OptimizerSymmetry.pairwiseAlignedDistances(initials, input.hidden()),
                options.bootstrapDraws(), options.intervalLevel(), options.analysisSeed());

        checkpoint.run();
        progress.stage("trajectories", 0.6);
        TrajectoryGeometry trajectories = Trajectories.analyze(input.seeds(), finalSet.pca(), options,
                checkpoint);

        progress.stage("done", 1.0);
        double seconds = (System.nanoTime() - start) / 1e9;
        LOG.info("Geometry analysis finished in {} s", String.format("%.2f", seconds));
        return new GeometryReport(input, options, perSeed, finalSet, initialSet, alignedSet,
                alignedInitial, trajectories, seconds);
    }

    /**
     * Analyses one set of alphas.
     *
     * @param context separates the null streams of the sets; must be below
     *                {@link Trajectories#CONTEXT_BASE}
     */
    static AlphaSetGeometry analyzeSet(String name, double[][] alphas, double[][] distances,
            GeometryOptions options, long context) {
        long seed = options.analysisSeed();
        DistanceSummary summary = Distances.summarize(distances, options.bootstrapDraws(),
                options.intervalLevel(), seed);
        PcaOutcome pca = Pca.fit(alphas);
        PcaBootstrap bootstrap = PcaBootstrap.of(alphas, pca, options.pcaBootstrap(),
                options.bootstrapDraws(), options.threshold(), options.intervalLevel(), seed);
        NullSpectrum gaussian = ParallelAnalysis.run(alphas, NullModel.GAUSSIAN, options.nullDraws(),
                options.threshold(), options.bandLevel(), seed, context);
        NullSpectrum shuffled = ParallelAnalysis.run(alphas, NullModel.SHUFFLED, options.nullDraws(),
                options.threshold(), options.bandLevel(), seed, context);
        return new AlphaSetGeometry(name, Matrices.copy(alphas), summary, pca, bootstrap, gaussian,
                shuffled);
    }

    /**
     * Rejects alphas that would overflow the analysis; {@link SeedSelection} leaves such seeds
     * out, so this fires only for inputs assembled by hand.
     */
    private static void checkMagnitudes(GeometryInput input) {
        for (SeedAlphas seed : input.seeds()) {
            for (int row = 0; row < seed.snapshots().length; row++) {
                String magnitude = AlphaMagnitude.problem(seed.snapshots()[row]);
                if (!magnitude.isEmpty()) {
                    throw new IllegalArgumentException("seed " + seed.seed() + ": snapshot at meta-step "
                            + seed.snapshotSteps()[row] + " is " + magnitude
                            + "; select seeds with SeedSelection, which leaves such seeds out");
                }
            }
        }
    }

    private static SeedMeasures perSeed(GeometryInput input, double[][] finals, double[][] initials,
            GeometryOptions options) {
        double[] finalNorms = Distances.norms(finals);
        double[] initialNorms = Distances.norms(initials);
        double[] fromInitial = Distances.rowDistances(finals, initials);
        int draws = options.bootstrapDraws();
        double level = options.intervalLevel();
        long seed = options.analysisSeed();
        return new SeedMeasures(input.seedIds(), finalNorms, initialNorms, fromInitial,
                Distances.meanOverSeeds(finalNorms, draws, level, seed),
                Distances.meanOverSeeds(initialNorms, draws, level, seed),
                Distances.meanOverSeeds(fromInitial, draws, level, seed));
    }
}
