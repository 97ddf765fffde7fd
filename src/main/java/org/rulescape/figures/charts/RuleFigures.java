package org.rulescape.figures.charts;

import java.util.LinkedHashMap;
import java.util.Map;
import org.rulescape.core.analysis.rule.ProbeSet;
import org.rulescape.core.analysis.rule.ProfileLine;
import org.rulescape.core.analysis.rule.ReferenceRates;
import org.rulescape.core.analysis.rule.RuleAnalysisResult;
import org.rulescape.core.analysis.rule.RuleMaps;

/**
 * The standard set of learned-rule figures for one seed and one inner step, as the workbench's
 * Learned rule tab shows them and the {@code figures} command exports them.
 */
public final class RuleFigures {
    /** Keys of {@link #forSeed}'s map, in display order. */
    public static final String RULE_MAP = "rule_map";
    public static final String SGD_MAP = "sgd_map";
    public static final String MOMENTUM_MAP = "momentum_map";
    public static final String PROFILE_DIAGONAL = "rule_profile_diagonal";
    public static final String PROFILE_ZERO_MOMENTUM = "rule_profile_zero_momentum";
    public static final String FUNCTION_DISTANCES = "function_distances";
    public static final String RAW_DISTANCES = "raw_distances";

    private RuleFigures() {
    }

    /**
     * Builds every figure for seed row {@code seedIndex} of {@code result} at inner step {@code step}.
     * The three heat maps share one colour scale, bounded by the largest |delta| among them.
     *
     * @param references rates of the SGD and momentum references (fitted to this seed, or fixed)
     * @throws IndexOutOfBoundsException when seedIndex is not a row of the result
     */
    public static Map<String, RuleFigure> forSeed(RuleAnalysisResult result, int seedIndex, int step,
            ReferenceRates references) {
        ProbeSet probe = result.probe();
        long seed = result.seeds().get(seedIndex).seed();
        double[] learned = RuleMaps.learned(result.alphas()[seedIndex], probe, step);
        double[] sgd = RuleMaps.sgd(probe, references.sgdRate());
        double[] momentum = RuleMaps.momentum(probe, references.momentumRate());
        double bound = AnchoredPaintScale.symmetricBound(learned, sgd, momentum);

        Map<String, RuleFigure> figures = new LinkedHashMap<>();
        figures.put(RULE_MAP, RuleCharts.ruleMap("learned rule, seed " + seed + ", t = " + step,
                RULE_MAP + "_seed" + seed + "_t" + step, probe, learned, bound));
        figures.put(SGD_MAP, RuleCharts.ruleMap(String.format(java.util.Locale.ROOT, "SGD, lr %.3g",
                references.sgdRate()), SGD_MAP, probe, sgd, bound));
        figures.put(MOMENTUM_MAP, RuleCharts.ruleMap(String.format(java.util.Locale.ROOT, "momentum, lr %.3g",
                references.momentumRate()), MOMENTUM_MAP, probe, momentum, bound));
        figures.put(PROFILE_DIAGONAL, profiles(result, ProfileLine.DIAGONAL, step, references));
        figures.put(PROFILE_ZERO_MOMENTUM, profiles(result, ProfileLine.ZERO_MOMENTUM, step, references));
        figures.put(FUNCTION_DISTANCES, RuleCharts.distanceMatrix("function-space distance",
                FUNCTION_DISTANCES, result.seedNumbers(), result.functionDistances(), "RMS update difference", 0));
        figures.put(RAW_DISTANCES, RuleCharts.distanceMatrix("raw parameter-space distance", RAW_DISTANCES,
                result.seedNumbers(), result.rawDistances(), "||alpha_i - alpha_j||", 0));
        return figures;
    }

    private static RuleFigure profiles(RuleAnalysisResult result, ProfileLine line, int step,
            ReferenceRates references) {
        double[] g = result.probe().gValues();
        int seeds = result.seeds().size();
        double[][] deltas = new double[seeds][];
        String[] labels = new String[seeds];
        for (int s = 0; s < seeds; s++) {
            deltas[s] = RuleMaps.profile(result.alphas()[s], g, line, step);
            labels[s] = "seed " + result.seeds().get(s).seed();
        }
        return RuleCharts.profiles(line, g, labels, deltas, references, step);
    }
}
