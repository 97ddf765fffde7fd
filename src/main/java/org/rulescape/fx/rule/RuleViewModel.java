package org.rulescape.fx.rule;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.rulescape.core.analysis.rule.RuleSeeds;
import org.rulescape.core.analysis.GeometryOptions;
import org.rulescape.core.analysis.GeometryReportText;
import org.rulescape.core.analysis.rule.DistanceSummary;
import org.rulescape.core.analysis.rule.ProbeSet;
import org.rulescape.core.analysis.rule.ReferenceRates;
import org.rulescape.core.analysis.rule.RuleAnalysis;
import org.rulescape.core.analysis.rule.RuleAnalysisResult;
import org.rulescape.core.analysis.rule.RuleDistanceComparison;
import org.rulescape.core.analysis.rule.SeedRuleSummary;
import org.rulescape.core.experiment.SeedResult;
import org.rulescape.core.store.RunReader;
import org.rulescape.core.store.StoredRun;
import org.rulescape.figures.charts.RuleFigure;
import org.rulescape.figures.charts.RuleFigures;
import org.rulescape.fx.app.BackgroundTasks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * State of the Learned rule tab: the function-space analysis of the shown run, the seed and
 * inner step chosen, the reference rates, and the figures for that choice. Reading the run,
 * the analysis and the figures all run through {@link BackgroundTasks}; results of a superseded
 * request are dropped. Use on the FX thread.
 */
public final class RuleViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(RuleViewModel.class);
    private final BackgroundTasks tasks;
    private final ReadOnlyObjectWrapper<RuleAnalysisResult> result = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Map<String, RuleFigure>> figures = new ReadOnlyObjectWrapper<>(Map.of());
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Select a run to see its learned rules.");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper innerSteps = new ReadOnlyIntegerWrapper(1);
    private final ObservableList<Long> seeds = FXCollections.observableArrayList();
    private final ObservableList<Long> seedsView = FXCollections.unmodifiableObservableList(seeds);
    private final IntegerProperty seedIndex = new SimpleIntegerProperty(0);
    private final IntegerProperty step = new SimpleIntegerProperty(0);
    private final BooleanProperty fixedRate = new SimpleBooleanProperty(false);
    private final DoubleProperty rate = new SimpleDoubleProperty(ReferenceRates.DEFAULT_FIXED_RATE);

    private Path directory;
    private long loadGeneration;
    private long figureGeneration;
    private BackgroundTasks.TaskHandle loading;
    private BackgroundTasks.TaskHandle drawing;

    public RuleViewModel(BackgroundTasks tasks) {
        this.tasks = tasks;
        seedIndex.addListener((obs, old, now) -> redraw());
        step.addListener((obs, old, now) -> redraw());
        fixedRate.addListener((obs, old, now) -> redraw());
        rate.addListener((obs, old, now) -> redraw());
    }

    /** Shows the run in {@code runDirectory}, or nothing when it is null, reading it in the background. */
    public void show(Path runDirectory) {
        directory = runDirectory;
        reload();
    }

    /** Reads the shown run again, for example after more seeds finished. */
    public void reload() {
        cancel(loading);
        cancel(drawing);
        long generation = ++loadGeneration;
        result.set(null);
        figures.set(Map.of());
        seeds.clear();
        summary.set("");
        if (directory == null) {
            status.set("Select a run to see its learned rules.");
            return;
        }
        Path target = directory;
        status.set("Reading " + target.getFileName() + " ...");
        loading = tasks.run("Analyzing learned rules of " + target.getFileName(), progress -> analyze(target),
                analyzed -> {
                    if (generation == loadGeneration) {
                        accept(analyzed);
                    }
                },
                failure -> {
                    LOG.warn("Learned-rule analysis of {} failed", target, failure);
                    if (generation == loadGeneration) {
                        status.set("Cannot analyze " + target + ": " + failure.getMessage());
                    }
                });
    }

    private static Loaded analyze(Path runDirectory) throws java.io.IOException {
        StoredRun run = RunReader.read(runDirectory);
        RuleSeeds seeds = RuleSeeds.of(run);
        List<SeedResult> results = seeds.usable();
        List<String> skipped = new java.util.ArrayList<>(seeds.skipped());
        int innerSteps = run.config().innerSteps();
        ProbeSet probe = ProbeSet.defaults(innerSteps);
        RuleAnalysisResult analysis = RuleAnalysis.analyzeResults(results, probe);
        skipped.addAll(analysis.skipped());
        return new Loaded(analysis, innerSteps, skipped, compare(analysis, results, probe));
    }

    /**
     * Compares the analyzed seeds' final rules with their initial alphas, as {@code rulescape rule}
     * does (same bootstrap draws, level and key); null with fewer than two seeds.
     */
    private static RuleDistanceComparison compare(RuleAnalysisResult analysis, List<SeedResult> results,
            ProbeSet probe) {
        Map<Long, SeedResult> bySeed = new java.util.HashMap<>();
        results.forEach(r -> bySeed.put(r.seed(), r));
        long[] numbers = analysis.seedNumbers();
        double[][] initial = new double[numbers.length][];
        for (int i = 0; i < numbers.length; i++) {
            initial[i] = bySeed.get(numbers[i]).initialAlpha();
        }
        GeometryOptions options = GeometryOptions.defaults();
        return RuleDistanceComparison.of(analysis.alphas(), initial, probe, options.bootstrapDraws(),
                options.intervalLevel(), options.analysisSeed()).orElse(null);
    }

    private record Loaded(RuleAnalysisResult result, int innerSteps, List<String> skipped,
            RuleDistanceComparison comparison) {
    }

    private void accept(Loaded loaded) {
        RuleAnalysisResult analysis = loaded.result();
        innerSteps.set(loaded.innerSteps());
        step.set(Math.min(step.get(), loaded.innerSteps() - 1));
        for (long seed : analysis.seedNumbers()) {
            seeds.add(seed);
        }
        seedIndex.set(Math.min(seedIndex.get(), Math.max(0, seeds.size() - 1)));
        result.set(analysis);
        summary.set(describe(analysis, loaded.skipped(), loaded.comparison()));
        if (seeds.isEmpty()) {
            status.set("No seed of this run has a finite final alpha yet.");
            return;
        }
        status.set("");
        redraw();
    }

    /**
     * Returns the one-paragraph comparison of raw and function-space distances shown above the
     * charts. Each distance is the mean over seed pairs +/- the population std over pairs; with a
     * comparison, the bootstrap range of the mean follows and the same numbers for the seeds'
     * initial alphas give the baseline.
     *
     * @param comparison final against initial distances, or null when not computed
     */
    static String describe(RuleAnalysisResult analysis, List<String> skipped, RuleDistanceComparison comparison) {
        StringBuilder text = new StringBuilder();
        text.append(analysis.seeds().size()).append(" rules; mean rule RMS ").append(format(analysis.meanRuleRms()));
        analysis.rawSummary().ifPresent(raw -> {
            text.append(". Raw distance ").append(describe(raw));
            if (comparison != null) {
                text.append(' ').append(range(comparison.finalRaw())).append(", initial alphas ")
                        .append(describe(comparison.initialRaw())).append(' ').append(range(comparison.initialRaw()));
            }
        });
        analysis.functionSummary().ifPresent(function -> {
            text.append("; function-space distance ").append(describe(function));
            if (comparison != null) {
                text.append(' ').append(range(comparison.finalFunction())).append(", initial alphas ")
                        .append(describe(comparison.initialFunction())).append(' ')
                        .append(range(comparison.initialFunction())).append(" (final / initial ")
                        .append(format(comparison.functionRatio())).append(')');
            }
            text.append("; ").append(format(function.mean() / analysis.meanRuleRms())).append(" x the mean rule RMS");
        });
        text.append(". Distances: mean over seed pairs +/- population std over pairs");
        if (comparison != null) {
            text.append("; brackets: ").append(GeometryReportText.rangeLabel(
                    comparison.finalFunction().mean().interval().level())).append(" of the mean over seeds");
        }
        text.append('.');
        if (!skipped.isEmpty()) {
            text.append(" Left out: ").append(String.join(", ", skipped)).append('.');
        }
        return text.toString();
    }

    private static String describe(DistanceSummary summary) {
        return format(summary.mean()) + " +/- " + format(summary.std());
    }

    private static String describe(org.rulescape.core.analysis.DistanceSummary summary) {
        return format(summary.mean().value()) + " +/- " + format(summary.std().value());
    }

    private static String range(org.rulescape.core.analysis.DistanceSummary summary) {
        return "[" + format(summary.mean().interval().lower()) + ", " + format(summary.mean().interval().upper()) + "]";
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.3g", value);
    }

    private void redraw() {
        RuleAnalysisResult analysis = result.get();
        if (analysis == null || analysis.seeds().isEmpty()) {
            return;
        }
        cancel(drawing);
        long generation = ++figureGeneration;
        int index = Math.max(0, Math.min(seedIndex.get(), analysis.seeds().size() - 1));
        int t = Math.max(0, Math.min(step.get(), innerSteps.get() - 1));
        ReferenceRates references = references(analysis.seeds().get(index));
        drawing = tasks.run("Drawing learned rule", progress -> RuleFigures.forSeed(analysis, index, t, references),
                drawn -> {
                    if (generation == figureGeneration) {
                        figures.set(drawn);
                    }
                },
                failure -> {
                    LOG.warn("Drawing the learned rule of seed row {} at t = {} failed", index, t, failure);
                    status.set("Cannot draw the learned rule: " + failure.getMessage());
                });
    }

    /** Returns the reference rates to draw: the seed's fitted rates, or the fixed rate when chosen. */
    ReferenceRates references(SeedRuleSummary seed) {
        return fixedRate.get() ? ReferenceRates.fixed(rate.get()) : seed.fittedRates();
    }

    private static void cancel(BackgroundTasks.TaskHandle handle) {
        if (handle != null && !handle.isDone()) {
            handle.cancel();
        }
    }

    public ReadOnlyObjectProperty<RuleAnalysisResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** Figures of the chosen seed and step, keyed as in {@link RuleFigures}; empty while none is ready. */
    public ReadOnlyObjectProperty<Map<String, RuleFigure>> figuresProperty() {
        return figures.getReadOnlyProperty();
    }

    /** Progress or error line; empty when the figures are shown. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Raw against function-space distance summary of the shown run. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Inner steps T of the shown run; the step slider spans 0 .. T - 1. */
    public ReadOnlyIntegerProperty innerStepsProperty() {
        return innerSteps.getReadOnlyProperty();
    }

    /** Run seeds with a rule, in row order of the analysis. */
    public ObservableList<Long> seeds() {
        return seedsView;
    }

    /** Row of the chosen seed in {@link #seeds()}. */
    public IntegerProperty seedIndexProperty() {
        return seedIndex;
    }

    /** Inner step t of the heat maps and profiles, 0-based. */
    public IntegerProperty stepProperty() {
        return step;
    }

    /** True to draw the references at {@link #rateProperty()}, false for the seed's fitted rates. */
    public BooleanProperty fixedRateProperty() {
        return fixedRate;
    }

    /** Learning rate of both references when {@link #fixedRateProperty()} is set; default 0.1. */
    public DoubleProperty rateProperty() {
        return rate;
    }
}
