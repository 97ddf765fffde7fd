package org.rulescape.reproduce;

import static org.rulescape.reproduce.ReportFormat.countEstimate;
import static org.rulescape.reproduce.ReportFormat.estimate;
import static org.rulescape.reproduce.ReportFormat.meanInterval;
import static org.rulescape.reproduce.ReportFormat.number;
import static org.rulescape.reproduce.ReportFormat.percentEstimate;
import static org.rulescape.reproduce.ReportFormat.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.rulescape.core.analysis.AlphaSetGeometry;
import org.rulescape.core.analysis.GeometryReport;
import org.rulescape.core.analysis.NullSpectrum;
import org.rulescape.core.analysis.SeedMeasures;
import org.rulescape.core.analysis.perturbation.PerturbationStudy;
import org.rulescape.core.analysis.perturbation.SigmaSummary;
import org.rulescape.core.analysis.rule.DistanceSummary;
import org.rulescape.core.analysis.rule.RuleAnalysisResult;
import org.rulescape.core.analysis.rule.SeedRuleSummary;

/** The tables of the report that qualify the raw numbers: nulls, initial alphas, aligned and function-space views. */
final class BaselineTables {

    private BaselineTables() {
    }

    /** Distances and PCA of the final, initial and aligned alphas, each beside its parallel-analysis nulls. */
    static void geometry(StringBuilder out, Stage<GeometryReport> stage) {
        if (!stage.present()) {
            out.append("Geometry not computed: ").append(stage.problem()).append("\n\n");
            return;
        }
        GeometryReport report = stage.result();
        List<List<String>> rows = new ArrayList<>();
        for (AlphaSetGeometry set : List.of(report.finals(), report.initials(), report.aligned())) {
            rows.add(List.of(set.name(), estimate(set.distances().mean()), estimate(set.distances().std()),
                    percentEstimate(set.bootstrap().pc1()), percentEstimate(set.bootstrap().pc2()),
                    countEstimate(set.bootstrap().dimension()), nullDimension(set.gaussianNull()),
                    nullDimension(set.shuffledNull())));
        }
        table(out, List.of("alphas", "mean pairwise distance", "std of distances", "PC1", "PC2", "D90",
                "Gaussian null D90", "shuffled null D90"), rows);
        out.append(String.format(Locale.ROOT, "Null D90 values are the median over %d random matrices with the"
                + " %.0f %% band in brackets. The aligned distances take each pair's minimum over hidden-unit"
                + " permutations and sign flips; the same alignment applied to the initial alphas gives a mean"
                + " of %s, the baseline of the aligned row. Bootstrap intervals (%s, %d draws) are %.0f %%"
                + " percentile intervals over seeds%s.%n%n",
                report.finals().gaussianNull().draws(), 100 * report.finals().gaussianNull().bandLevel(),
                estimate(report.alignedInitialDistances().mean()), report.options().pcaBootstrap(),
                report.options().bootstrapDraws(), 100 * report.options().intervalLevel(),
                report.finals().bootstrap().excludesObserved()
                        ? "; the PCA interval of the final alphas misses its own observed value, a bias of the"
                                + " bootstrap with few seeds in 81 dimensions"
                        : ""));
        perSeed(out, report.perSeed());
    }

    private static String nullDimension(NullSpectrum spectrum) {
        return String.format(Locale.ROOT, "%.0f %s", spectrum.dimensionMedian(),
                ReferenceComparison.dimensionBand(spectrum));
    }

    private static void perSeed(StringBuilder out, SeedMeasures measures) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < measures.seeds().length; i++) {
            rows.add(List.of(Long.toString(measures.seeds()[i]), number(measures.finalNorms()[i]),
                    number(measures.initialNorms()[i]), number(measures.fromInitial()[i])));
        }
        rows.add(List.of("mean", estimate(measures.meanFinalNorm()), estimate(measures.meanInitialNorm()),
                estimate(measures.meanFromInitial())));
        table(out, List.of("seed", "final norm", "initial norm", "distance from initial alpha"), rows);
    }

    /** Raw against function-space distances of the final rules, and the fitted SGD and momentum rates. */
    static void functionSpace(StringBuilder out, Stage<RuleAnalysisResult> stage) {
        if (!stage.present()) {
            out.append("Learned-rule analysis not computed: ").append(stage.problem()).append("\n\n");
            return;
        }
        RuleAnalysisResult result = stage.result();
        List<List<String>> rows = new ArrayList<>();
        result.rawSummary().ifPresent(s -> rows.add(distanceRow("raw, Euclidean distance of the alphas", s)));
        result.functionSummary().ifPresent(s -> rows.add(distanceRow("function space, RMS update difference", s)));
        table(out, List.of("distance between final rules", "mean", "std", "min", "max", "pairs"), rows);

        double sgd = result.seeds().stream().mapToDouble(s -> s.fittedRates().sgdRate()).average().orElse(Double.NaN);
        double momentum = result.seeds().stream().mapToDouble(s -> s.fittedRates().momentumRate()).average()
                .orElse(Double.NaN);
        out.append(String.format(Locale.ROOT, "Probe set: g and m on [-%s, %s], %d x %d grid, %d inner steps, %d"
                        + " points. Mean RMS update of a rule: %s (theta units). Mean fitted rates: SGD %s,"
                        + " momentum %s.",
                number(result.probe().gRange()), number(result.probe().gRange()), result.probe().gValues().length,
                result.probe().mValues().length, result.probe().steps().length, result.probe().size(),
                number(result.meanRuleRms()), number(sgd), number(momentum)));
        result.functionSummary().ifPresent(s -> out.append(String.format(Locale.ROOT,
                " The mean function-space distance is %s times the mean RMS update.", number(s.mean()
                        / result.meanRuleRms()))));
        out.append("\n\n");
        if (!result.skipped().isEmpty()) {
            out.append("Left out: ").append(String.join("; ", result.skipped())).append(".\n\n");
        }
        List<List<String>> seedRows = new ArrayList<>();
        for (SeedRuleSummary seed : result.seeds()) {
            seedRows.add(List.of(Long.toString(seed.seed()), number(seed.ruleRms()),
                    number(seed.fittedRates().sgdRate()), number(seed.fittedRates().momentumRate())));
        }
        table(out, List.of("seed", "RMS update", "fitted SGD rate", "fitted momentum rate"), seedRows);
    }

    private static List<String> distanceRow(String label, DistanceSummary s) {
        return List.of(label, number(s.mean()), number(s.std()), number(s.min()), number(s.max()),
                Integer.toString(s.pairs()));
    }

    /** The full perturbation summary, control first. */
    static void perturbation(StringBuilder out, Stage<PerturbationStudy> stage) {
        if (!stage.present()) {
            out.append("Perturbation experiment not computed: ").append(stage.problem()).append("\n\n");
            return;
        }
        PerturbationStudy study = stage.result();
        out.append(String.format(Locale.ROOT, "Reference: seed %d (lowest final level among seeds not UNSTABLE), %d recovery steps, %d"
                        + " trials per sigma, %s Adam moments. Intervals are 95 %% t intervals over trials.%n%n",
                study.reference().seed(), study.settings().recoverySteps(), study.settings().trials(),
                study.settings().adamMoments().name().toLowerCase(Locale.ROOT)));
        List<List<String>> rows = new ArrayList<>();
        for (SigmaSummary row : study.summaries()) {
            rows.add(List.of(number(row.sigma()), row.complete() + "/" + row.planned()
                            + (row.diverged() > 0 ? " (" + row.diverged() + " diverged)" : ""),
                    number(row.startDistance().mean()), meanInterval(row.endDistance()),
                    meanInterval(row.distanceRatio()), meanInterval(row.separationRatio()),
                    meanInterval(row.alignedEndDistance()), number(row.neutralDistance()),
                    meanInterval(row.endLossVsControl()), row.verdict().label()));
        }
        table(out, List.of("sigma", "trials", "d_0", "d_T", "d_T / d_0", "s_T / sigma", "aligned d_T",
                "sqrt(sigma^2 + D^2)", "end loss / control", "verdict"), rows);
        out.append("s_T is the distance to the sigma = 0 control at the same step; D is the control's own drift. ")
                .append("Verdict rule: ").append(org.rulescape.core.analysis.perturbation.VerdictRule.TEXT)
                .append(".\n\n");
    }
}
