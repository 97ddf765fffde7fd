package org.rulescape.core.analysis;

/**
 * Per-seed sizes: how long each alpha is and how far it moved from its own start. Arrays are
 * in seed order and owned by the record.
 *
 * @param seeds            run seeds
 * @param finalNorms       ||alpha_final||
 * @param initialNorms     ||alpha_0||
 * @param fromInitial      ||alpha_final - alpha_0||
 * @param meanFinalNorm    mean of {@code finalNorms} with its bootstrap interval
 * @param meanInitialNorm  mean of {@code initialNorms} with its bootstrap interval
 * @param meanFromInitial  mean of {@code fromInitial} with its bootstrap interval
 */
public record SeedMeasures(
        long[] seeds,
        double[] finalNorms,
        double[] initialNorms,
        double[] fromInitial,
        Estimate meanFinalNorm,
        Estimate meanInitialNorm,
        Estimate meanFromInitial) {
}
