package org.rulescape.core.analysis;

import java.util.Objects;

/**
 * Settings of a geometry analysis. Results are a deterministic function of the input and
 * these settings.
 *
 * @param analysisSeed        key of every random draw (bootstrap, null models); default 0
 * @param bootstrapDraws      bootstrap draws over seeds; default 1000
 * @param nullDraws           random matrices per null model of the final, initial and aligned
 *                            alphas; default 500
 * @param trajectoryNullDraws random matrices per snapshot time for the D(t) null band; default 100
 * @param threshold           cumulative explained-variance threshold of D; default 0.9 (D90)
 * @param intervalLevel       coverage of bootstrap intervals; default 0.95
 * @param bandLevel           central coverage of null bands; default 0.9 (5-95 % quantiles)
 * @param pcaBootstrap        bootstrap scheme of the PCA statistics; default BAYESIAN, because
 *                            resampling with replacement caps D at the number of distinct seeds
 *                            drawn minus one (distances always use resampling with replacement)
 * @param alignmentRounds     most rounds of re-aligning to the mean for the aligned PCA; default 10
 */
public record GeometryOptions(
        long analysisSeed,
        int bootstrapDraws,
        int nullDraws,
        int trajectoryNullDraws,
        double threshold,
        double intervalLevel,
        double bandLevel,
        BootstrapScheme pcaBootstrap,
        int alignmentRounds) {

    public GeometryOptions {
        Objects.requireNonNull(pcaBootstrap, "pcaBootstrap");
        atLeastOne("bootstrap draws", bootstrapDraws);
        atLeastOne("null draws", nullDraws);
        atLeastOne("trajectory null draws", trajectoryNullDraws);
        Pca.checkThreshold(threshold);
        if (!(intervalLevel > 0 && intervalLevel < 1)) {
            throw new IllegalArgumentException("interval level must lie in (0, 1), got " + intervalLevel);
        }
        if (!(bandLevel > 0 && bandLevel < 1)) {
            throw new IllegalArgumentException("null band level must lie in (0, 1), got " + bandLevel);
        }
        if (alignmentRounds < 0) {
            throw new IllegalArgumentException("alignment rounds must be >= 0, got " + alignmentRounds);
        }
    }

    /** Returns the defaults listed on the record. */
    public static GeometryOptions defaults() {
        return new GeometryOptions(0L, 1000, 500, 100, 0.9, 0.95, 0.9, BootstrapScheme.BAYESIAN, 10);
    }

    public GeometryOptions withAnalysisSeed(long seed) {
        return new GeometryOptions(seed, bootstrapDraws, nullDraws, trajectoryNullDraws, threshold,
                intervalLevel, bandLevel, pcaBootstrap, alignmentRounds);
    }

    public GeometryOptions withDraws(int bootstrap, int nulls, int trajectoryNulls) {
        return new GeometryOptions(analysisSeed, bootstrap, nulls, trajectoryNulls, threshold,
                intervalLevel, bandLevel, pcaBootstrap, alignmentRounds);
    }

    public GeometryOptions withThreshold(double value) {
        return new GeometryOptions(analysisSeed, bootstrapDraws, nullDraws, trajectoryNullDraws, value,
                intervalLevel, bandLevel, pcaBootstrap, alignmentRounds);
    }

    public GeometryOptions withPcaBootstrap(BootstrapScheme scheme) {
        return new GeometryOptions(analysisSeed, bootstrapDraws, nullDraws, trajectoryNullDraws,
                threshold, intervalLevel, bandLevel, scheme, alignmentRounds);
    }

    private static void atLeastOne(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, got " + value);
        }
    }
}
