package org.rulescape.core.analysis.rule;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import java.util.Optional;
import org.rulescape.core.analysis.DistanceSummary;
import org.rulescape.core.analysis.Distances;
import org.rulescape.core.analysis.Estimate;

/**
 * Raw and function-space distances between the seeds' final rules beside the same distances
 * between their initial alphas, each with bootstrap ranges over seeds computed as in the geometry
 * analysis ({@link Distances#summarize}: seeds resampled with replacement, pairs of copies of one
 * seed left out, population std over pairs). If the final rules sit about as far apart in
 * function space as the initial ones, meta-training did not bring the rules together.
 *
 * @param finalRaw        ||alpha_i - alpha_j|| between final alphas
 * @param finalFunction   RMS update difference between final rules over the probe set, in theta units
 * @param initialRaw      ||alpha_i - alpha_j|| between the seeds' initial alphas
 * @param initialFunction RMS update difference between the initial rules over the same probe set
 */
public record RuleDistanceComparison(DistanceSummary finalRaw, DistanceSummary finalFunction,
        DistanceSummary initialRaw, DistanceSummary initialFunction) {

    public RuleDistanceComparison {
        Objects.requireNonNull(finalRaw, "finalRaw");
        Objects.requireNonNull(finalFunction, "finalFunction");
        Objects.requireNonNull(initialRaw, "initialRaw");
        Objects.requireNonNull(initialFunction, "initialFunction");
    }

    /**
     * Compares final and initial rules, row i of both matrices belonging to the same seed, or
     * returns empty with fewer than two seeds (no pair).
     *
     * @param draws        bootstrap draws over seeds
     * @param level        central fraction of the draws each range spans, for example 0.95
     * @param analysisSeed key of the resamples; the geometry analysis with the same key resamples
     *                     the same seeds in draw d
     * @throws IllegalArgumentException when the row counts differ or an alpha has the wrong length
     */
    public static Optional<RuleDistanceComparison> of(double[][] finalAlphas, double[][] initialAlphas,
            ProbeSet probe, int draws, double level, long analysisSeed) {
        if (finalAlphas.length != initialAlphas.length) {
            throw new IllegalArgumentException("final and initial alphas need one row per seed each, got "
                    + finalAlphas.length + " and " + initialAlphas.length);
        }
        if (finalAlphas.length < 2) {
            return Optional.empty();
        }
        return Optional.of(new RuleDistanceComparison(
                Distances.summarize(FunctionDistances.rawMatrix(finalAlphas), draws, level, analysisSeed),
                Distances.summarize(functionMatrix(finalAlphas, probe), draws, level, analysisSeed),
                Distances.summarize(FunctionDistances.rawMatrix(initialAlphas), draws, level, analysisSeed),
                Distances.summarize(functionMatrix(initialAlphas, probe), draws, level, analysisSeed)));
    }

    /** Mean final function distance over mean initial function distance; NaN when the latter is 0. */
    public double functionRatio() {
        double initial = initialFunction.mean().value();
        return initial > 0 ? finalFunction.mean().value() / initial : Double.NaN;
    }

    /** Mean final raw distance over mean initial raw distance; NaN when the latter is 0. */
    public double rawRatio() {
        double initial = initialRaw.mean().value();
        return initial > 0 ? finalRaw.mean().value() / initial : Double.NaN;
    }

    /** Returns the comparison as the {@code distance_bootstrap} object of rule.json. */
    public ObjectNode toJson() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("method", "percentile bootstrap over seeds resampled with replacement; pairs of copies of one"
                + " seed left out; std is the population std over pairs");
        node.put("draws", finalRaw.draws());
        node.set("final_raw", summary(finalRaw));
        node.set("final_function", summary(finalFunction));
        node.set("initial_raw", summary(initialRaw));
        node.set("initial_function", summary(initialFunction));
        return node;
    }

    private static ObjectNode summary(DistanceSummary d) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.set("mean", estimate(d.mean()));
        node.set("std", estimate(d.std()));
        node.put("std_interval_informative", d.stdRangeInformative());
        node.put("bootstrap_draws_skipped", d.skippedDraws());
        return node;
    }

    private static ObjectNode estimate(Estimate e) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("value", e.value());
        node.put("lower", e.interval().lower());
        node.put("upper", e.interval().upper());
        node.put("level", e.interval().level());
        return node;
    }

    private static double[][] functionMatrix(double[][] alphas, ProbeSet probe) {
        double[][] updates = new double[alphas.length][];
        for (int i = 0; i < alphas.length; i++) {
            updates[i] = FunctionDistances.updates(alphas[i], probe);
        }
        return FunctionDistances.functionMatrix(updates);
    }
}
