package org.rulescape.core.analysis;

import java.util.Locale;
import org.rulescape.core.experiment.SeedHealth;

/**
 * Formats a geometry report as plain text that shows every raw number beside its
 * bootstrap range and its baseline or null, for example
 * {@code D90 = 6 [5, 7]  null 8 [8, 8]  -> lower than null}.
 *
 * <p>Brackets after a statistic are bootstrap percentile ranges over seeds. With about ten seeds
 * in 81 dimensions they measure how stable a statistic is under reweighting of seeds, not where
 * the true value lies: the PCA ranges are biased (see {@link PcaBootstrap}) and can miss their own
 * observed value. The text says so wherever they appear.
 */
public final class GeometryReportText {
    private GeometryReportText() {
    }

    /** Returns the whole report as lines of text, for a terminal or a monospaced text area. */
    public static String format(GeometryReport report) {
        StringBuilder out = new StringBuilder();
        header(out, report);
        perSeed(out, report.perSeed());
        distances(out, report);
        pca(out, report);
        scree(out, report.finals());
        overTime(out, report);
        return out.toString();
    }

    private static void header(StringBuilder out, GeometryReport report) {
        var o = report.options();
        line(out, "Geometry of %d seeds (%d left out); analysis seed %d, %d bootstrap draws, %d null draws,"
                        + " %.0f-%.0f %% null bands",
                report.input().seeds().size(), report.input().excluded().size(), o.analysisSeed(),
                o.bootstrapDraws(), o.nullDraws(), 50 * (1 - o.bandLevel()), 50 * (1 + o.bandLevel()));
        line(out, "Brackets: %s; they show stability under reweighting of seeds, not confidence intervals",
                rangeLabel(o.intervalLevel()));
        for (ExcludedSeed e : report.input().excluded()) {
            line(out, "  left out: seed %d (%s): %s", e.seed(), e.state(), e.reason());
        }
        if (report.input().includedUnfinished()) {
            line(out, "  diverged and unfinished seeds with finite snapshots are included");
        }
        unstable(out, report.input());
        out.append('\n');
    }

    private static void unstable(StringBuilder out, GeometryInput input) {
        if (input.unstable().isEmpty() && !input.excludedUnstable()) {
            return;
        }
        if (input.unstable().isEmpty()) {
            line(out, "  UNSTABLE seeds were left out (--exclude-unstable); %s", SeedHealth.RULE);
            return;
        }
        line(out, "  %d UNSTABLE seed(s) included, as the reference experiment did (leave them out with"
                + " --exclude-unstable); %s:", input.unstable().size(), SeedHealth.RULE);
        for (SeedHealth health : input.unstable()) {
            line(out, "    seed %d %s", health.seed(), health.describe());
        }
    }

    /** Returns the label of the bootstrap brackets, for example "bootstrap percentile range (central 95 %)". */
    public static String rangeLabel(double level) {
        return String.format(Locale.ROOT, "bootstrap percentile range (central %.0f %%)", 100 * level);
    }

    private static void perSeed(StringBuilder out, SeedMeasures m) {
        line(out, "Per seed            final norm   initial norm   distance from initial");
        for (int i = 0; i < m.seeds().length; i++) {
            line(out, "  seed %-12d %10.4f   %12.4f   %21.4f", m.seeds()[i], m.finalNorms()[i],
                    m.initialNorms()[i], m.fromInitial()[i]);
        }
        line(out, "  mean final norm           %s   initial %s", estimate(m.meanFinalNorm()),
                estimate(m.meanInitialNorm()));
        line(out, "  mean distance from init   %s", estimate(m.meanFromInitial()));
        out.append('\n');
    }

    private static void distances(StringBuilder out, GeometryReport report) {
        Estimate initial = report.initials().distances().mean();
        line(out, "Pairwise distance over seed pairs (baseline: the same seeds' initial alphas)");
        for (AlphaSetGeometry set : new AlphaSetGeometry[] {report.finals(), report.aligned(), report.initials()}) {
            Estimate mean = set.distances().mean();
            String ratio = set != report.finals() || initial.value() == 0 ? ""
                    : String.format(Locale.ROOT, "  -> %.2fx the initial mean", mean.value() / initial.value());
            line(out, "  %-8s mean %s  sd %s%s", set.name(), estimate(mean), std(set.distances()), ratio);
        }
        Estimate alignedInitial = report.alignedInitialDistances().mean();
        line(out, "  aligned initial mean %s  sd %s  (baseline of aligned)", estimate(alignedInitial),
                std(report.alignedInitialDistances()));
        if (alignedInitial.value() > 0) {
            line(out, "  aligned final / aligned initial mean: %.2fx", report.aligned().distances().mean().value()
                    / alignedInitial.value());
        }
        line(out, "  (aligned: each pair minimized over hidden-unit permutations and sign flips)");
        DistanceSummary raw = report.finals().distances();
        line(out, "  brackets: %s of seeds resampled with replacement; %d of %d draws contained one distinct seed,"
                + " so no pair, and were skipped", rangeLabel(raw.mean().interval().level()), raw.skippedDraws(),
                raw.draws());
        if (!raw.stdRangeInformative()) {
            int needed = DistanceSummary.minSeedsForStdRange(raw.std().interval().level());
            line(out, "  sd range omitted: with %d seeds %.0f %% of resamples hold at most 2 distinct seeds, whose"
                    + " single pair has sd 0, so the range would start at 0 whatever the data (shown from %d seeds)",
                    raw.seeds(), 100 * DistanceSummary.probabilityAtMostTwoDistinct(raw.seeds()), needed);
        }
        out.append('\n');
    }

    private static void pca(StringBuilder out, GeometryReport report) {
        double threshold = report.options().threshold();
        String d = "D" + Math.round(100 * threshold);
        line(out, "PCA across seeds (null: parallel analysis, Gaussian with per-column scale; shuffled: columns permuted)");
        for (AlphaSetGeometry set : new AlphaSetGeometry[] {report.finals(), report.aligned(), report.initials()}) {
            PcaOutcome pca = set.pca();
            if (pca instanceof ZeroVariance) {
                line(out, "  %-8s no variance: all %d alphas coincide, so %s = 0", set.name(), pca.rows(), d);
                continue;
            }
            PcaBootstrap b = set.bootstrap();
            NullSpectrum g = set.gaussianNull();
            NullSpectrum s = set.shuffledNull();
            line(out, "  %-8s %s = %s  null %s  shuffled %s  -> %s", set.name(), d,
                    integerEstimate(b.dimension()), integerBand(g.dimensionMedian(), g.dimensionBand()),
                    integerBand(s.dimensionMedian(), s.dimensionBand()),
                    verdict(g.dimensionBand().compare(b.dimension().value())));
            for (int k = 0; k < 2 && k < pca.ratios().length; k++) {
                Estimate pc = k == 0 ? b.pc1() : b.pc2();
                line(out, "           PC%d = %s  null %s  shuffled %s  -> %s", k + 1, percent(pc),
                        percentBand(g.median()[k], g.band(k)), percentBand(s.median()[k], s.band(k)),
                        verdict(g.band(k).compare(pc.value())));
            }
            if (b.excludesObserved()) {
                line(out, "           note: a bootstrap range excludes its observed value; reweighting %d seeds"
                        + " in %d dimensions distorts the spectrum, so these ranges show stability and are not"
                        + " confidence intervals", pca.rows(), pca.columns());
            }
        }
        int seeds = report.finals().pca().rows();
        line(out, "  with %d seeds at most %d components can be non-zero, so %s <= %d for any data",
                seeds, PcaOutcome.maxComponents(seeds, report.finals().pca().columns()), d,
                PcaOutcome.maxComponents(seeds, report.finals().pca().columns()));
        line(out, "  PCA brackets: %s, %s bootstrap over seeds (%d draws, none skipped); stability, not a"
                + " confidence interval: reweighting few seeds inflates PC1 and lowers D", rangeLabel(
                report.options().intervalLevel()), report.options().pcaBootstrap().name().toLowerCase(Locale.ROOT),
                report.options().bootstrapDraws());
        out.append('\n');
    }

    private static void scree(StringBuilder out, AlphaSetGeometry set) {
        line(out, "Scree of the final alphas   ratio   cumulative   null band (Gaussian)");
        double[] ratios = set.pca().ratios();
        double[] cumulative = set.pca().cumulative();
        for (int k = 0; k < ratios.length; k++) {
            Interval band = set.gaussianNull().band(k);
            line(out, "  PC%-2d                    %6.1f %%   %8.1f %%   [%.1f, %.1f] %%", k + 1, 100 * ratios[k],
                    100 * cumulative[k], 100 * band.lower(), 100 * band.upper());
        }
        out.append('\n');
    }

    private static void overTime(StringBuilder out, GeometryReport report) {
        TrajectoryGeometry t = report.trajectories();
        int n = t.steps().length;
        if (n == 0) {
            return;
        }
        String d = "D" + Math.round(100 * report.options().threshold());
        line(out, "%s over meta-training (PCA across seeds at each snapshot; null: Gaussian per-column band)", d);
        int shown = Math.min(n, 6);
        for (int i = 0; i < shown; i++) {
            int index = shown == 1 ? 0 : (int) Math.round((double) i * (n - 1) / (shown - 1));
            line(out, "  step %-7d %s = %d  null %.0f [%d, %d]  PC1 = %.1f %%", t.steps()[index], d,
                    t.dimensions()[index], t.nullMedian()[index], t.nullLower()[index], t.nullUpper()[index],
                    100 * t.pc1()[index]);
        }
        out.append('\n');
    }

    /** Returns the wording of a comparison with a null band: -1 lower, 0 within, 1 higher. */
    public static String verdict(int comparison) {
        if (comparison < 0) {
            return "lower than null";
        }
        if (comparison > 0) {
            return "higher than null";
        }
        return "within null";
    }

    private static String estimate(Estimate e) {
        return String.format(Locale.ROOT, "%.4f [%.4f, %.4f]", e.value(), e.interval().lower(), e.interval().upper());
    }

    /** Returns the sd with its range, or the sd alone when its range is uninformative. */
    private static String std(DistanceSummary d) {
        if (!d.stdRangeInformative()) {
            return String.format(Locale.ROOT, "%.4f (range omitted)", d.std().value());
        }
        return estimate(d.std());
    }

    private static String integerEstimate(Estimate e) {
        return String.format(Locale.ROOT, "%d [%d, %d]", Math.round(e.value()), Math.round(e.interval().lower()),
                Math.round(e.interval().upper()));
    }

    private static String integerBand(double median, Interval band) {
        return String.format(Locale.ROOT, "%d [%d, %d]", Math.round(median), Math.round(band.lower()),
                Math.round(band.upper()));
    }

    private static String percent(Estimate e) {
        return String.format(Locale.ROOT, "%.1f %% [%.1f, %.1f]", 100 * e.value(), 100 * e.interval().lower(),
                100 * e.interval().upper());
    }

    private static String percentBand(double median, Interval band) {
        return String.format(Locale.ROOT, "%.1f %% [%.1f, %.1f]", 100 * median, 100 * band.lower(), 100 * band.upper());
    }

    private static void line(StringBuilder out, String format, Object... args) {
        out.append(String.format(Locale.ROOT, format, args)).append('\n');
    }
}
