package org.rulescape.core.analysis.rule;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Function-space analysis of a run's final alphas. Arrays are owned by the result and must not be
 * modified. Row and column i of every matrix belong to {@code seeds.get(i)}.
 *
 * @param probe             the probe set the updates were evaluated on
 * @param seeds             per-seed summaries, in run order
 * @param alphas            S x P final alphas the rules came from
 * @param updates           S x N updates of each rule at the N probe points, in {@link ProbeSet} order
 * @param functionDistances S x S RMS update differences over the probe set, in theta units
 * @param rawDistances      S x S Euclidean distances between the alphas
 * @param skipped           one message per seed of the run left out (no snapshot or a non-finite
 *                          alpha), naming the seed and the reason; empty when none was
 */
public record RuleAnalysisResult(ProbeSet probe, List<SeedRuleSummary> seeds, double[][] alphas,
        double[][] updates, double[][] functionDistances, double[][] rawDistances, List<String> skipped) {

    public RuleAnalysisResult {
        Objects.requireNonNull(probe, "probe");
        seeds = List.copyOf(seeds);
        skipped = List.copyOf(skipped);
        int s = seeds.size();
        requireRows("alphas", alphas, s);
        requireRows("updates", updates, s);
        requireRows("functionDistances", functionDistances, s);
        requireRows("rawDistances", rawDistances, s);
        for (int i = 0; i < s; i++) {
            if (updates[i].length != probe.size()) {
                throw new IllegalArgumentException("updates row " + i + " must have one entry per probe point ("
                        + probe.size() + "), got " + updates[i].length);
            }
            if (functionDistances[i].length != s || rawDistances[i].length != s) {
                throw new IllegalArgumentException("distance matrices must be " + s + " x " + s + ", row " + i
                        + " has " + functionDistances[i].length + " and " + rawDistances[i].length + " entries");
            }
        }
    }

    /** Mean and spread of the function-space distances, empty with fewer than two seeds. */
    public Optional<DistanceSummary> functionSummary() {
        return DistanceSummary.of(functionDistances);
    }

    /** Mean and spread of the raw parameter-space distances, empty with fewer than two seeds. */
    public Optional<DistanceSummary> rawSummary() {
        return DistanceSummary.of(rawDistances);
    }

    /** Mean of the per-seed rule RMS values, NaN without seeds. */
    public double meanRuleRms() {
        return seeds.stream().mapToDouble(SeedRuleSummary::ruleRms).average().orElse(Double.NaN);
    }

    /** Returns the seeds' run seed numbers in row order. */
    public long[] seedNumbers() {
        return seeds.stream().mapToLong(SeedRuleSummary::seed).toArray();
    }

    private static void requireRows(String name, double[][] matrix, int rows) {
        Objects.requireNonNull(matrix, name);
        if (matrix.length != rows) {
            throw new IllegalArgumentException(name + " must have one row per seed (" + rows + "), got "
                    + matrix.length);
        }
    }
}
