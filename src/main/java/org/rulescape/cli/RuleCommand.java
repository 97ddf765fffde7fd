package org.rulescape.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.rulescape.core.analysis.rule.RuleSeeds;
import org.rulescape.core.analysis.GeometryOptions;
import org.rulescape.core.analysis.GeometryReportText;
import org.rulescape.core.analysis.rule.DistanceSummary;
import org.rulescape.core.analysis.rule.RuleDistanceComparison;
import org.rulescape.core.analysis.rule.GradientSurvey;
import org.rulescape.core.analysis.rule.ProbeSet;
import org.rulescape.core.analysis.rule.RuleAnalysis;
import org.rulescape.core.analysis.rule.RuleAnalysisResult;
import org.rulescape.core.analysis.rule.RuleResultStore;
import org.rulescape.core.analysis.rule.SeedRuleSummary;
import org.rulescape.core.experiment.SeedResult;
import org.rulescape.core.store.RunReader;
import org.rulescape.core.store.StoredRun;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code rulescape rule RUN}: compares the final learned rules of a run in function space, stores
 * the result under RUN/analysis/rule/ and prints raw against function-space distances and the
 * fitted SGD and momentum rates of every seed. Exit codes: 0 done, 1 the run or the results could
 * not be read or written, 2 invalid options.
 */
@Command(name = "rule",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
                "Compare the final learned rules of a run in function space and fit SGD and momentum rates to"
                        + " each rule.",
                "Function-space distances come from the updates the rules produce on a grid of (g, m, t) and are"
                        + " printed beside the raw parameter-space distances.",
                "Only seeds that finished every meta-step (DONE) are compared, as in `analyze`; the others are"
                        + " listed, and --include-diverged lets those with a finite final alpha in.",
                "Results go to RUN/analysis/rule/."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:the run or the results could not be read or written", "2:invalid options"})
public final class RuleCommand implements Callable<Integer> {
    static final int EXIT_IO = 1;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RUN", description = "Run folder written by `rulescape train`.")
    Path run;

    @Option(names = "--range", paramLabel = "R|auto",
            description = "Half-width of the probe grid over g and m: a positive number, or `auto` for the"
                    + " 99th percentile of |g| and |m| that the first seed's rule meets on its training tasks,"
                    + " rounded up. Default: ${DEFAULT-VALUE}.")
    String range = "1";

    @Option(names = "--count", paramLabel = "N",
            description = "Grid values along g and along m, both ends included. Default: ${DEFAULT-VALUE}.")
    int count = ProbeSet.DEFAULT_COUNT;

    @Option(names = "--steps", paramLabel = "T", split = ",",
            description = "Inner steps t of the probe set, comma separated. Default: 0, T/2 and T-1 of the run.")
    int[] steps;

    @Option(names = "--survey-meta-steps", paramLabel = "N",
            description = "Meta-steps whose tasks the gradient survey draws. Default: ${DEFAULT-VALUE}.")
    int surveyMetaSteps = GradientSurvey.DEFAULT_META_STEPS;

    @Option(names = "--bootstrap", paramLabel = "N",
            description = "Bootstrap draws over seeds for the ranges of the mean and std distances (as in `analyze`)."
                    + " Default: ${DEFAULT-VALUE}.")
    int bootstrap = GeometryOptions.defaults().bootstrapDraws();

    @Option(names = "--include-diverged",
            description = "Also analyze diverged, cancelled and unfinished seeds whose final alpha is finite"
                    + " (left out by default and listed, as in `analyze`).")
    boolean includeDiverged;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (count < 2) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--count must be at least 2, got " + count);
        }
        if (bootstrap < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--bootstrap must be at least 1, got " + bootstrap);
        }
        if (surveyMetaSteps < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--survey-meta-steps must be at least 1, got " + surveyMetaSteps);
        }
        Double fixedRange = parseRange();

        StoredRun stored;
        try {
            stored = RunReader.read(run);
        } catch (IOException e) {
            err.println("Cannot read the run " + run + ": " + e.getMessage());
            return EXIT_IO;
        }
        RuleSeeds seeds = RuleSeeds.of(stored, includeDiverged);
        List<SeedResult> results = seeds.usable();
        List<String> skipped = seeds.skipped();
        boolean interrupted = InterruptedRuns.isInterrupted(stored);
        if (results.isEmpty()) {
            if (interrupted) {
                err.println("Cannot analyze the rules of run " + run + ": it " + InterruptedRuns.wasInterrupted(stored)
                        + ". Left out:");
                skipped.forEach(reason -> err.println("  " + reason));
                err.println(InterruptedRuns.resumeSentence(run) + (seeds.unfinished().isEmpty() ? "."
                        : ", or analyze the part-trained seeds as they are with --include-diverged."));
            } else {
                err.println("The run " + run + " has no seed to analyze; " + String.join("; ", skipped)
                        + (seeds.unfinished().isEmpty() ? "" : ". Seeds that did not finish enter with --include-diverged."));
            }
            return EXIT_IO;
        }
        if (interrupted) {
            err.println("Warning: run " + run + " " + InterruptedRuns.wasInterrupted(stored) + "; "
                    + (includeDiverged ? "its part-trained rules are analyzed as they are (--include-diverged)"
                            : "its unfinished seeds are left out")
                    + ". " + InterruptedRuns.resumeSentence(run) + ", then run rule again.");
        }

        int innerSteps = stored.config().innerSteps();
        int[] probeSteps = steps != null ? steps : ProbeSet.defaultSteps(innerSteps);
        ProbeSet provisional = ProbeSet.grid(1.0, 1.0, count, count, probeSteps);
        SeedResult first = results.get(0);
        GradientSurvey survey = GradientSurvey.measure(stored.config(), first.seed(), first.finalAlpha(),
                surveyMetaSteps, provisional);
        double half = fixedRange != null ? fixedRange : survey.suggestedRange();
        ProbeSet probe = ProbeSet.grid(half, half, count, count, probeSteps);
        if (half != 1.0) {
            survey = GradientSurvey.measure(stored.config(), first.seed(), first.finalAlpha(), surveyMetaSteps, probe);
        }

        RuleAnalysisResult result = RuleAnalysis.analyzeResults(results, probe);
        List<String> allSkipped = new ArrayList<>(skipped);
        allSkipped.addAll(result.skipped());
        result = new RuleAnalysisResult(probe, result.seeds(), result.alphas(), result.updates(),
                result.functionDistances(), result.rawDistances(), allSkipped);
        RuleDistanceComparison comparison = compare(result, results, probe);
        try {
            RuleResultStore.write(run, result, survey, comparison);
        } catch (IOException e) {
            err.println("Cannot store the analysis: " + e.getMessage());
            return EXIT_IO;
        }
        print(out, result, survey, innerSteps);
        if (!seeds.unfinished().isEmpty()) {
            out.println("(Seeds that did not finish are left out; --include-diverged analyzes those with a finite"
                    + " final alpha.)");
        }
        printComparison(out, comparison);
        out.println("Wrote " + RuleResultStore.directory(run));
        out.flush();
        return 0;
    }

    /** Compares the analyzed seeds' final rules with their initial ones; null with fewer than two seeds. */
    private RuleDistanceComparison compare(RuleAnalysisResult result, List<SeedResult> results, ProbeSet probe) {
        java.util.Map<Long, SeedResult> bySeed = new java.util.HashMap<>();
        results.forEach(r -> bySeed.put(r.seed(), r));
        long[] seeds = result.seedNumbers();
        double[][] initial = new double[seeds.length][];
        for (int i = 0; i < seeds.length; i++) {
            initial[i] = bySeed.get(seeds[i]).initialAlpha();
        }
        GeometryOptions defaults = GeometryOptions.defaults();
        return RuleDistanceComparison.of(result.alphas(), initial, probe, bootstrap, defaults.intervalLevel(),
                defaults.analysisSeed()).orElse(null);
    }

    private static void printComparison(PrintWriter out, RuleDistanceComparison c) {
        if (c == null) {
            return;
        }
        out.println();
        out.printf(Locale.ROOT, "Final rules against their initial alphas (baseline); brackets: %s over seeds,"
                + " %d draws (%d skipped: one distinct seed, no pair); std is the population std over pairs,"
                + " as in `analyze`:%n", GeometryReportText.rangeLabel(c.finalRaw().mean().interval().level()),
                c.finalRaw().draws(), c.finalRaw().skippedDraws());
        comparisonLine(out, "raw, final", c.finalRaw());
        comparisonLine(out, "raw, initial", c.initialRaw());
        comparisonLine(out, "function, final", c.finalFunction());
        comparisonLine(out, "function, initial", c.initialFunction());
        out.printf(Locale.ROOT, "  final / initial mean: raw %s, function %s%n", fmt(c.rawRatio()),
                fmt(c.functionRatio()));
        if (!c.finalRaw().stdRangeInformative()) {
            out.printf(Locale.ROOT, "  std ranges omitted: with %d seeds the std range starts at 0 whatever the data"
                    + " (shown from %d seeds)%n", c.finalRaw().seeds(),
                    org.rulescape.core.analysis.DistanceSummary.minSeedsForStdRange(
                            c.finalRaw().std().interval().level()));
        }
        out.println("  (ranges show stability under resampling of seeds, not confidence intervals)");
    }

    private static void comparisonLine(PrintWriter out, String label, org.rulescape.core.analysis.DistanceSummary d) {
        String std = d.stdRangeInformative() ? range(d.std()) : fmt(d.std().value());
        out.printf(Locale.ROOT, "  %-18s mean %s  std %s%n", label, range(d.mean()), std);
    }

    private static String range(org.rulescape.core.analysis.Estimate e) {
        return fmt(e.value()) + " [" + fmt(e.interval().lower()) + ", " + fmt(e.interval().upper()) + "]";
    }

    private Double parseRange() {
        if (range.equalsIgnoreCase("auto")) {
            return null;
        }
        double value;
        try {
            value = Double.parseDouble(range);
        } catch (NumberFormatException e) {
            value = Double.NaN;
        }
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--range must be a positive number or `auto`, got " + range);
        }
        return value;
    }

    private static void print(PrintWriter out, RuleAnalysisResult result, GradientSurvey survey, int innerSteps) {
        ProbeSet probe = result.probe();
        String stepList = java.util.Arrays.stream(probe.steps()).mapToObj(Integer::toString)
                .collect(Collectors.joining(", "));
        out.printf(Locale.ROOT, "Probe set: g, m in [-%s, %s], %d x %d grid, t in {%s} of T = %d; %d points%n",
                fmt(probe.gRange()), fmt(probe.gRange()), probe.gValues().length, probe.mValues().length,
                stepList, innerSteps, probe.size());
        out.printf(Locale.ROOT, "Inputs met by seed %d's rule on its training tasks: |g| median %s, 99%% %s, max %s;"
                        + " |m| median %s, 99%% %s; %.1f%% of (g, m) inside the probe grid%s%n",
                survey.seed(), fmt(survey.gMedian()), fmt(survey.gQuantile99()), fmt(survey.gMax()),
                fmt(survey.mMedian()), fmt(survey.mQuantile99()), 100 * survey.insideProbeRange(),
                survey.nonFinite() > 0 ? " (" + survey.nonFinite() + " non-finite values skipped)" : "");
        out.println();
        out.printf(Locale.ROOT, "%6s  %10s  %10s  %10s  %12s  %10s%n", "seed", "rule RMS", "SGD lr", "residual",
                "momentum lr", "residual");
        for (SeedRuleSummary seed : result.seeds()) {
            out.printf(Locale.ROOT, "%6d  %10s  %10s  %10s  %12s  %10s%n", seed.seed(), fmt(seed.ruleRms()),
                    fmt(seed.fittedRates().sgdRate()), fmt(seed.fittedRates().sgdResidualRms()),
                    fmt(seed.fittedRates().momentumRate()), fmt(seed.fittedRates().momentumResidualRms()));
        }
        out.println("(rule RMS: RMS of delta over the probe set; residual: RMS of delta minus the fitted reference)");
        out.println();
        out.println("Distances between final rules:");
        printSummary(out, "raw parameter space ||alpha_i - alpha_j||", result.rawSummary());
        printSummary(out, "function space (RMS update difference)", result.functionSummary());
        result.functionSummary().ifPresent(summary -> out.printf(Locale.ROOT,
                "  function distance / mean rule RMS (%s): %s%n", fmt(result.meanRuleRms()),
                fmt(summary.mean() / result.meanRuleRms())));
        for (String message : result.skipped()) {
            out.println("Left out " + message);
        }
    }

    private static void printSummary(PrintWriter out, String label, Optional<DistanceSummary> summary) {
        if (summary.isEmpty()) {
            out.printf("  %-42s  needs at least two seeds%n", label);
            return;
        }
        DistanceSummary s = summary.get();
        out.printf(Locale.ROOT, "  %-42s  mean %s, population std %s, min %s, max %s over %d pairs%n", label, fmt(s.mean()),
                fmt(s.std()), fmt(s.min()), fmt(s.max()), s.pairs());
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.4g", value);
    }
}
