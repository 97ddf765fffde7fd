package org.rulescape.reproduce;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Consumer;
import org.rulescape.core.analysis.rule.RuleSeeds;
import org.rulescape.core.analysis.GeometryAnalysis;
import org.rulescape.core.analysis.GeometryFiles;
import org.rulescape.core.analysis.GeometryInput;
import org.rulescape.core.analysis.GeometryReport;
import org.rulescape.core.analysis.SeedSelection;
import org.rulescape.core.analysis.perturbation.AdamMoments;
import org.rulescape.core.analysis.perturbation.PerturbationExperiment;
import org.rulescape.core.analysis.perturbation.PerturbationListener;
import org.rulescape.core.analysis.perturbation.PerturbationRunner;
import org.rulescape.core.analysis.perturbation.PerturbationSettings;
import org.rulescape.core.analysis.perturbation.PerturbationStore;
import org.rulescape.core.analysis.perturbation.PerturbationStudy;
import org.rulescape.core.analysis.perturbation.ReferencePoint;
import org.rulescape.core.analysis.rule.GradientSurvey;
import org.rulescape.core.analysis.rule.ProbeSet;
import org.rulescape.core.analysis.rule.RuleAnalysis;
import org.rulescape.core.analysis.rule.RuleAnalysisResult;
import org.rulescape.core.analysis.rule.RuleResultStore;
import org.rulescape.core.engine.MetaGradients;
import org.rulescape.core.experiment.CancellationToken;
import org.rulescape.core.experiment.SeedResult;
import org.rulescape.core.store.RunReader;
import org.rulescape.core.store.StoredRun;
import org.rulescape.figures.export.DataFormat;
import org.rulescape.figures.export.FigureFormat;
import org.rulescape.figures.export.FigureSetWriter;
import org.rulescape.figures.export.FigureSize;
import org.rulescape.figures.export.RunFigure;
import org.rulescape.figures.export.RunFigures;
import org.rulescape.figures.export.RunFigures.Analysis;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs every analysis on one stored run with the services behind `rulescape analyze`, `perturb`,
 * `rule` and `figures`, with their default settings unless {@link ReproductionSettings} says
 * otherwise, and stores each result in the run folder as those commands do. A step that cannot
 * run or fails is recorded with its reason and the other steps still run.
 */
public final class SampleAnalyses {
    private static final Logger LOG = LoggerFactory.getLogger(SampleAnalyses.class);

    private SampleAnalyses() {
    }

    /**
     * Reads the run in {@code folder} and analyzes it.
     *
     * @param trainingSeconds wall time of the training that made the run, 0 when it was reused
     * @param progress        receives one line per step started or finished
     * @throws IOException naming the file when the run cannot be read
     */
    public static SampleRun analyze(String label, Path folder, double trainingSeconds, ReproductionSettings settings,
            Consumer<String> progress) throws IOException {
        StoredRun run = RunReader.read(folder);
        progress.accept(label + ": geometry analysis");
        Stage<GeometryReport> geometry = geometry(run, settings);
        progress.accept(label + ": perturbation experiment");
        Stage<PerturbationStudy> perturbation = perturbation(run, settings, progress);
        progress.accept(label + ": learned-rule analysis");
        Stage<RuleAnalysisResult> rule = rule(run);
        Stage<SampleRun.FigureSet> figures;
        if (settings.figures()) {
            progress.accept(label + ": figure set");
            figures = figures(run, geometry, perturbation);
        } else {
            figures = Stage.missing("figures were turned off for this reproduction (--no-figures)", 0);
        }
        return new SampleRun(label, run, trainingSeconds, geometry, perturbation, rule, figures);
    }

    static Stage<GeometryReport> geometry(StoredRun run, ReproductionSettings settings) {
        long start = System.nanoTime();
        GeometryInput input = SeedSelection.fromStoredRun(run, false);
        if (!input.problem().isEmpty()) {
            return Stage.missing(input.problem(), 0);
        }
        try {
            GeometryReport report = GeometryAnalysis.analyze(input, settings.geometry(), (stage, fraction) -> { },
                    CancellationToken.none());
            GeometryFiles.write(run.directory(), report);
            return Stage.done(report, seconds(start));
        } catch (IOException | RuntimeException e) {
            LOG.error("Geometry analysis of {} failed", run.directory(), e);
            return Stage.missing("the geometry analysis failed: " + e.getMessage(), seconds(start));
        }
    }

    static Stage<PerturbationStudy> perturbation(StoredRun run, ReproductionSettings settings,
            Consumer<String> progress) {
        long start = System.nanoTime();
        OptionalLong seed = PerturbationExperiment.defaultReferenceSeed(run);
        if (seed.isEmpty()) {
            return Stage.missing("no seed finished all its meta-steps, so there is no reference alpha", 0);
        }
        try {
            PerturbationSettings perturb = new PerturbationSettings(seed.getAsLong(), settings.sigmas(),
                    settings.trials(), settings.recoverySteps(), 0L, AdamMoments.FRESH, run.config());
            Optional<ReferencePoint> reference = PerturbationExperiment.reference(run, seed.getAsLong(),
                    AdamMoments.FRESH, MetaGradients::create, CancellationToken.none());
            if (reference.isEmpty()) {
                return Stage.missing("the reference seed could not be prepared", seconds(start));
            }
            PerturbationRunner runner = new PerturbationRunner(settings.threads(), MetaGradients::create);
            PerturbationStudy study = PerturbationExperiment.runAll(perturb, reference.get(), runner,
                    PerturbationListener.NONE, CancellationToken.none());
            PerturbationStore.save(run.directory(), study);
            progress.accept(String.format(java.util.Locale.ROOT, "  %d trials of seed %d in %.1f s",
                    study.results().size(), seed.getAsLong(), seconds(start)));
            return Stage.done(study, seconds(start));
        } catch (IOException | RuntimeException e) {
            LOG.error("Perturbation experiment on {} failed", run.directory(), e);
            return Stage.missing("the perturbation experiment failed: " + e.getMessage(), seconds(start));
        }
    }

    /** The learned-rule analysis as `rulescape rule RUN` runs it with its defaults (range 1, 41 x 41). */
    static Stage<RuleAnalysisResult> rule(StoredRun run) {
        long start = System.nanoTime();
        RuleSeeds seeds = RuleSeeds.of(run);
        List<SeedResult> results = seeds.usable();
        List<String> skipped = seeds.skipped();
        if (results.isEmpty()) {
            return Stage.missing("no seed has a finite final alpha", 0);
        }
        try {
            ProbeSet probe = ProbeSet.defaults(run.config().innerSteps());
            SeedResult first = results.get(0);
            GradientSurvey survey = GradientSurvey.measure(run.config(), first.seed(), first.finalAlpha(),
                    GradientSurvey.DEFAULT_META_STEPS, probe);
            RuleAnalysisResult result = RuleAnalysis.analyzeResults(results, probe);
            List<String> allSkipped = new ArrayList<>(skipped);
            allSkipped.addAll(result.skipped());
            result = new RuleAnalysisResult(probe, result.seeds(), result.alphas(), result.updates(),
                    result.functionDistances(), result.rawDistances(), allSkipped);
            RuleResultStore.write(run.directory(), result, survey);
            return Stage.done(result, seconds(start));
        } catch (IOException | RuntimeException e) {
            LOG.error("Learned-rule analysis of {} failed", run.directory(), e);
            return Stage.missing("the learned-rule analysis failed: " + e.getMessage(), seconds(start));
        }
    }

    /** The figure set of `rulescape figures RUN` with its default formats, written to RUN/figures/. */
    static Stage<SampleRun.FigureSet> figures(StoredRun run, Stage<GeometryReport> geometry,
            Stage<PerturbationStudy> perturbation) {
        long start = System.nanoTime();
        Path folder = run.directory().resolve("figures");
        try {
            List<RunFigure> figures = RunFigures.build(run, analysis(geometry), analysis(perturbation), false);
            FigureSetWriter.write(run, figures, folder, Set.of(FigureFormat.PDF, FigureFormat.PNG),
                    Set.of(DataFormat.CSV, DataFormat.NPY), FigureSize.singleColumn(), (figure, files) -> { });
            List<String> drawn = figures.stream().filter(f -> !f.skipped()).map(RunFigure::stem).toList();
            List<String> skipped = figures.stream().filter(RunFigure::skipped)
                    .map(f -> f.stem() + ": " + f.caption()).toList();
            return Stage.done(new SampleRun.FigureSet(folder, drawn, skipped), seconds(start));
        } catch (IOException | RuntimeException e) {
            LOG.error("Figure set of {} failed", run.directory(), e);
            return Stage.missing("the figure set could not be written: " + e.getMessage(), seconds(start));
        }
    }

    private static <T> Analysis<T> analysis(Stage<T> stage) {
        return stage.present() ? Analysis.of(stage.result()) : Analysis.missing(stage.problem());
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) * 1e-9;
    }
}
