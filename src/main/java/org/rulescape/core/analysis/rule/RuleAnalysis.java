package org.rulescape.core.analysis.rule;

import java.util.ArrayList;
import java.util.List;
import org.rulescape.core.experiment.SeedResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Computes the function-space analysis of a run: each seed's rule evaluated on a probe set, its
 * fitted SGD and momentum rates, and the function-space distance matrix beside the raw one.
 *
 * <p>Cost: S rules x N probe points x K tanh evaluations (10 x 5,043 x 16, about 0.8 million, for
 * FULL with the default probe set), then S^2 / 2 distances over N points. Stateless and thread-safe.
 */
public final class RuleAnalysis {
    private static final Logger LOG = LoggerFactory.getLogger(RuleAnalysis.class);

    private RuleAnalysis() {
    }

    /**
     * Analyzes the final alphas of the given seed results. Seeds without a snapshot or with a
     * non-finite final alpha are left out, logged, and listed in {@link RuleAnalysisResult#skipped()}.
     */
    public static RuleAnalysisResult analyzeResults(List<SeedResult> results, ProbeSet probe) {
        List<RuleSeed> seeds = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (SeedResult result : results) {
            String reason = unusableReason(result);
            if (reason.isEmpty()) {
                seeds.add(new RuleSeed(result.seed(), result.finalAlpha()));
            } else {
                LOG.warn("Learned-rule analysis leaves out seed {}: {}", result.seed(), reason);
                skipped.add("seed " + result.seed() + ": " + reason);
            }
        }
        return analyze(seeds, probe, skipped);
    }

    /**
     * Analyzes the given rules.
     *
     * @param skipped messages about seeds of the run the caller left out, kept in the result
     * @throws IllegalArgumentException when the alphas differ in length or one is not finite
     */
    public static RuleAnalysisResult analyze(List<RuleSeed> seeds, ProbeSet probe, List<String> skipped) {
        int s = seeds.size();
        double[][] alphas = new double[s][];
        double[][] updates = new double[s][probe.size()];
        List<SeedRuleSummary> summaries = new ArrayList<>(s);
        for (int i = 0; i < s; i++) {
            RuleSeed seed = seeds.get(i);
            alphas[i] = seed.alpha().clone();
            new LearnedRule(alphas[i]).evaluate(probe.g(), probe.m(), probe.t(), updates[i]);
            summaries.add(new SeedRuleSummary(seed.seed(), FunctionDistances.rms(updates[i]),
                    ReferenceRates.fit(probe, updates[i])));
        }
        double[][] functionDistances = FunctionDistances.functionMatrix(updates);
        double[][] rawDistances = FunctionDistances.rawMatrix(alphas);
        return new RuleAnalysisResult(probe, summaries, alphas, updates, functionDistances, rawDistances, skipped);
    }

    /** Returns why a seed result cannot give a rule, or an empty string when it can. */
    static String unusableReason(SeedResult result) {
        if (!result.hasSnapshots()) {
            return "no alpha snapshot was recorded (state " + result.state() + ")";
        }
        double[] alpha = result.finalAlpha();
        for (int i = 0; i < alpha.length; i++) {
            if (!Double.isFinite(alpha[i])) {
                return "final alpha[" + i + "] is " + alpha[i];
            }
        }
        return "";
    }
}
