package org.rulescape.figures.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.rulescape.core.analysis.ExcludedSeed;
import org.rulescape.core.analysis.GeometryReport;
import org.rulescape.core.analysis.GeometryOptions;
import org.rulescape.core.analysis.perturbation.PerturbationSettings;
import org.rulescape.core.analysis.perturbation.PerturbationStudy;
import org.rulescape.core.experiment.SeedHealth;
import org.rulescape.core.experiment.SeedResult;
import org.rulescape.core.experiment.SeedState;
import org.rulescape.core.model.ExperimentConfig;
import org.rulescape.core.store.StoredRun;
import org.rulescape.core.store.StoredSeed;
import org.rulescape.figures.charts.GeometryChart;
import org.rulescape.figures.charts.GeometryCharts;
import org.rulescape.figures.charts.MetaLossChart;
import org.rulescape.figures.charts.MetaLossSeries;
import org.jfree.chart.title.TextTitle;
import org.rulescape.figures.charts.RecoveryChart;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the standard figure set of a run from its records and analyses. The set is meta-loss
 * curves, norms and distances from initialization, the pairwise distance heat map, the scree
 * plot with its null band, the projection on PC1 and PC2, D90 over meta-training time and
 * perturbation recovery. A figure whose analysis is missing, or whose factory fails on this run, is returned
 * as skipped with the reason. Each caption states the settings, the seeds used and the seeds
 * left out.
 */
public final class RunFigures {
    private static final Logger LOG = LoggerFactory.getLogger(RunFigures.class);

    private RunFigures() {
    }

    /**
     * An analysis result, or why there is none.
     *
     * @param result  the result, or null
     * @param problem why {@code result} is null, as a sentence; empty when present
     */
    public record Analysis<T>(T result, String problem) {
        public static <T> Analysis<T> of(T result) {
            return new Analysis<>(result, "");
        }

        public static <T> Analysis<T> missing(String problem) {
            return new Analysis<>(null, problem);
        }
    }

    /**
     * Builds every figure of the standard set, in index order.
     *
     * @param keepTitles keep the chart titles in the figures; when false (usual for papers) each
     *                   title's text moves to the start of the caption instead
     */
    public static List<RunFigure> build(StoredRun run, Analysis<GeometryReport> geometry,
            Analysis<PerturbationStudy> perturbation, boolean keepTitles) {
        List<RunFigure> figures = new ArrayList<>();
        for (RunFigure figure : standardSet(run, geometry, perturbation)) {
            figures.add(keepTitles || figure.skipped() ? figure : titleToCaption(figure));
        }
        return figures;
    }

    private static RunFigure titleToCaption(RunFigure figure) {
        TextTitle title = figure.chart().getTitle();
        if (title == null || title.getText() == null || title.getText().isBlank()) {
            return figure;
        }
        String text = title.getText().strip();
        figure.chart().setTitle((TextTitle) null);
        String headline = Character.toUpperCase(text.charAt(0)) + text.substring(1);
        String caption = headline + (headline.endsWith(".") ? " " : ". ") + figure.caption();
        return RunFigure.drawn(figure.stem(), figure.title(), figure.chart(), figure.data(), caption);
    }

    private static List<RunFigure> standardSet(StoredRun run, Analysis<GeometryReport> geometry,
            Analysis<PerturbationStudy> perturbation) {
        List<RunFigure> figures = new ArrayList<>();
        figures.add(metaLoss(run));
        figures.add(geometryFigure("seed_norms", "Norms and distances from initialization", geometry,
                () -> GeometryCharts.seedBars(geometry.result()), run));
        figures.add(geometryFigure("distance_heatmap", "Pairwise distances of the final alphas", geometry,
                () -> GeometryCharts.distanceHeatMap(geometry.result(), false), run));
        figures.add(geometryFigure("scree", "Scree plot with parallel-analysis null band", geometry,
                () -> GeometryCharts.scree(geometry.result().finals()), run));
        figures.add(geometryFigure("projection", "Final alphas projected on PC1 and PC2", geometry,
                () -> GeometryCharts.projection(geometry.result(), 0, 1, true, false), run));
        figures.add(geometryFigure("d90_over_time", "D90 over meta-training time", geometry,
                () -> GeometryCharts.dimensionOverTime(geometry.result()), run));
        figures.add(recovery(run, perturbation));
        return figures;
    }

    private static RunFigure metaLoss(StoredRun run) {
        String title = "Meta-loss curves";
        List<MetaLossSeries> series = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<String> diverged = new ArrayList<>();
        List<String> unstable = new ArrayList<>();
        int index = 0;
        for (StoredSeed seed : run.seeds()) {
            SeedResult result = seed.result();
            if (result == null) {
                missing.add("seed " + seed.seed() + " (" + seed.problem() + ")");
            } else {
                double[] values = java.util.Arrays.copyOf(result.metaLoss(), result.stepsRecorded());
                series.add(MetaLossSeries.of(seed.seed(), index, values, result.divergedAt()));
                if (result.state() == SeedState.DIVERGED) {
                    diverged.add("seed " + seed.seed() + " at meta-step " + result.divergedAt());
                }
                SeedHealth health = SeedHealth.of(result);
                if (health.isUnstable()) {
                    unstable.add("seed " + seed.seed() + " (" + health.describe() + ")");
                }
            }
            index++;
        }
        if (series.isEmpty()) {
            return RunFigure.skipped("meta_loss", title, "No seed of this run has readable records: "
                    + String.join("; ", missing) + ".");
        }
        StringBuilder caption = new StringBuilder("Meta-loss J(alpha) (validation MSE after T inner steps, mean"
                + " over the meta-batch) per meta-step, one line per seed, log scale. ")
                .append(settings(run.config())).append(' ')
                .append("Seeds drawn: ").append(seedList(series.stream().map(MetaLossSeries::seed).toList()))
                .append('.');
        if (!diverged.isEmpty()) {
            caption.append(" Diverged (drawn up to divergence, marked): ").append(String.join(", ", diverged))
                    .append('.');
        }
        if (!unstable.isEmpty()) {
            caption.append(" UNSTABLE (").append(SeedHealth.RULE).append("): ").append(String.join("; ", unstable))
                    .append('.');
        }
        if (!missing.isEmpty()) {
            caption.append(" Left out, records unreadable: ").append(String.join("; ", missing)).append('.');
        }
        try {
            return RunFigure.drawn("meta_loss", title, MetaLossChart.of(series, true), MetaLossChart.data(series)
                    .toBuilder().meta("run", run.directory()).meta("settings", settings(run.config())).build(),
                    caption.toString());
        } catch (RuntimeException e) {
            LOG.warn("Meta-loss figure of run {} failed", run.directory(), e);
            return RunFigure.skipped("meta_loss", title, "The meta-loss chart failed on this run: " + e.getMessage());
        }
    }

    private static RunFigure geometryFigure(String stem, String title, Analysis<GeometryReport> geometry,
            Supplier<GeometryChart> factory, StoredRun run) {
        if (geometry.result() == null) {
            return RunFigure.skipped(stem, title, "Not drawn: " + geometry.problem());
        }
        GeometryChart drawn;
        try {
            drawn = factory.get();
        } catch (RuntimeException e) {
            LOG.warn("Figure {} of run {} failed", stem, run.directory(), e);
            return RunFigure.skipped(stem, title, "Not drawn: " + e.getMessage());
        }
        GeometryReport report = geometry.result();
        String caption = settings(run.config()) + ' ' + geometrySettings(report.options()) + ' '
                + "Seeds used: " + seedList(longs(report.input().seedIds())) + '.' + leftOut(report.input().excluded())
                + unstableSeeds(report.input().unstable());
        if (!drawn.statistics().isEmpty()) {
            caption = drawn.statistics() + ' ' + caption;
        }
        FigureData data = drawn.data().toBuilder()
                .meta("run", run.directory())
                .meta("seeds_used", seedList(longs(report.input().seedIds())))
                .meta("settings", settings(run.config()))
                .meta("analysis", geometrySettings(report.options()))
                .build();
        return RunFigure.drawn(stem, title, drawn.chart(), data, caption);
    }

    private static RunFigure recovery(StoredRun run, Analysis<PerturbationStudy> perturbation) {
        String stem = "perturbation_recovery";
        String title = "Perturbation recovery";
        if (perturbation.result() == null) {
            return RunFigure.skipped(stem, title, "Not drawn: " + perturbation.problem());
        }
        PerturbationStudy study = perturbation.result();
        PerturbationSettings settings = study.settings();
        try {
            var curves = RecoveryChart.curves(study);
            if (curves.isEmpty()) {
                return RunFigure.skipped(stem, title, "Not drawn: the stored perturbation study has no finished trial.");
            }
            String caption = String.format(Locale.ROOT,
                    "Distance to the reference d_t = ||alpha_t - alpha_ref|| during %d recovery steps after a"
                            + " perturbation of size sigma in a random unit direction; thin lines are trials, thick"
                            + " lines the mean per sigma with a 95 %% band, dashed black the unperturbed control."
                            + " Reference: final alpha of seed %d. Sigmas %s, %d trials each, direction seed %d. %s",
                    settings.recoverySteps(), settings.referenceSeed(), settings.sigmas(), settings.trials(),
                    settings.directionSeed(), settings(run.config()));
            FigureData data = RecoveryChart.data(curves).toBuilder()
                    .meta("run", run.directory())
                    .meta("reference_seed", settings.referenceSeed())
                    .meta("sigmas", settings.sigmas())
                    .meta("trials", settings.trials())
                    .meta("recovery_steps", settings.recoverySteps())
                    .build();
            return RunFigure.drawn(stem, title, RecoveryChart.of(study), data, caption);
        } catch (RuntimeException e) {
            LOG.warn("Recovery figure of run {} failed", run.directory(), e);
            return RunFigure.skipped(stem, title, "Not drawn: " + e.getMessage());
        }
    }

    /** Formats one sentence with the training settings that shape every figure. */
    static String settings(ExperimentConfig config) {
        return String.format(Locale.ROOT,
                "Training: regime %s, %d meta-steps, T = %d inner steps, meta-batch %d, %d seeds from %d,"
                        + " Adam learning rate %s with gradient clipping at %s, %s meta-gradient in %s precision,"
                        + " optimizer width %d, base model width %d.",
                config.regime(), config.metaSteps(), config.innerSteps(), config.metaBatch(), config.seedCount(),
                config.firstSeed(), number(config.metaLearningRate()), number(config.clipNorm()),
                config.gradientMode().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                config.precision().name().toLowerCase(Locale.ROOT), config.optHidden(), config.baseHidden());
    }

    private static String geometrySettings(GeometryOptions options) {
        return String.format(Locale.ROOT,
                "Analysis: brackets are bootstrap percentile ranges over seeds (central %s, %d draws, %s PCA"
                        + " bootstrap), which show stability under reweighting of seeds and are not confidence"
                        + " intervals; D is the"
                        + " number of components reaching %s cumulative explained variance; null bands are the"
                        + " central %s of %d Gaussian draws (%d per snapshot time); analysis seed %d.",
                percent(options.intervalLevel()), options.bootstrapDraws(),
                options.pcaBootstrap().name().toLowerCase(Locale.ROOT), number(options.threshold()),
                percent(options.bandLevel()), options.nullDraws(), options.trajectoryNullDraws(),
                options.analysisSeed());
    }

    private static String leftOut(List<ExcludedSeed> excluded) {
        if (excluded.isEmpty()) {
            return " No seed left out.";
        }
        StringBuilder text = new StringBuilder(" Left out: ");
        for (int i = 0; i < excluded.size(); i++) {
            ExcludedSeed seed = excluded.get(i);
            text.append(i == 0 ? "" : "; ").append("seed ").append(seed.seed()).append(" (").append(seed.reason())
                    .append(')');
        }
        return text.append('.').toString();
    }

    private static String unstableSeeds(List<SeedHealth> unstable) {
        if (unstable.isEmpty()) {
            return "";
        }
        List<Long> seeds = unstable.stream().map(SeedHealth::seed).toList();
        return " Included although UNSTABLE (" + SeedHealth.RULE + "): seeds " + seedList(seeds) + '.';
    }

    private static List<Long> longs(long[] values) {
        List<Long> list = new ArrayList<>();
        for (long value : values) {
            list.add(value);
        }
        return list;
    }

    private static String seedList(List<Long> seeds) {
        List<String> text = new ArrayList<>();
        for (long seed : seeds) {
            text.add(Long.toString(seed));
        }
        return String.join(", ", text);
    }

    private static String number(double value) {
        return DataExporter.format(value);
    }

    private static String percent(double fraction) {
        return DataExporter.format(Math.round(fraction * 1000) / 10.0) + " %";
    }
}
