package org.rulescape.reproduce;

import static org.rulescape.reproduce.ReportFormat.compare;
import static org.rulescape.reproduce.ReportFormat.countEstimate;
import static org.rulescape.reproduce.ReportFormat.estimate;
import static org.rulescape.reproduce.ReportFormat.meanInterval;
import static org.rulescape.reproduce.ReportFormat.number;
import static org.rulescape.reproduce.ReportFormat.percent;
import static org.rulescape.reproduce.ReportFormat.percentEstimate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.rulescape.core.analysis.AlphaSetGeometry;
import org.rulescape.core.analysis.Estimate;
import org.rulescape.core.analysis.GeometryReport;
import org.rulescape.core.analysis.Interval;
import org.rulescape.core.analysis.NullSpectrum;
import org.rulescape.core.analysis.SeedMeasures;
import org.rulescape.core.analysis.perturbation.MeanInterval;
import org.rulescape.core.analysis.perturbation.PerturbationStudy;
import org.rulescape.core.analysis.perturbation.SigmaSummary;

/**
 * Compares a sample run with the values reported for the reference experiment, row by row. Every
 * verdict is computed from the numbers: a reference value inside or outside Rulescape's interval,
 * or inside or outside the range a qualitative statement is read as ({@link ReferenceValues}).
 */
public final class ReferenceComparison {

    private ReferenceComparison() {
    }

    /** The rows of experiments A, B and C, then the control and the diverged seeds. */
    public static List<ComparisonRow> rows(SampleRun sample) {
        List<ComparisonRow> rows = new ArrayList<>();
        if (sample.geometry().present()) {
            rows.addAll(geometryRows(sample.geometry().result()));
        } else {
            String problem = sample.geometry().problem();
            for (String quantity : List.of("Mean pairwise distance", "Spread of pairwise distances (std)",
                    "Final norms", "PC1", "PC2", "PC1 + PC2", "D90")) {
                rows.add(ComparisonRow.missing(quantity, "see table", problem));
            }
        }
        rows.addAll(perturbationRows(sample.perturbation()));
        rows.add(new ComparisonRow("Diverged seeds", "not reported",
                sample.divergedSeeds() + " of " + sample.run().seeds().size()
                        + (sample.failedSeeds() > 0 ? " (" + sample.failedSeeds() + " failed)" : ""),
                "-", "-", null));
        List<Long> unstable = sample.unstableSeeds();
        rows.add(new ComparisonRow("Unstable seeds (included above)", "not reported",
                unstable.size() + " of " + sample.run().seeds().size()
                        + (unstable.isEmpty() ? "" : " (seeds " + joinSeeds(unstable) + ")"),
                "-", "-", null));
        return rows;
    }

    private static String joinSeeds(List<Long> seeds) {
        StringBuilder text = new StringBuilder();
        for (long seed : seeds) {
            text.append(text.length() == 0 ? "" : ", ").append(seed);
        }
        return text.toString();
    }

    private static List<ComparisonRow> geometryRows(GeometryReport report) {
        AlphaSetGeometry finals = report.finals();
        AlphaSetGeometry initials = report.initials();
        List<ComparisonRow> rows = new ArrayList<>();

        rows.add(new ComparisonRow("Mean pairwise distance", number(ReferenceValues.MEAN_PAIRWISE_DISTANCE),
                estimate(finals.distances().mean()), "initial alphas: " + estimate(initials.distances().mean()),
                compare(ReferenceValues.MEAN_PAIRWISE_DISTANCE, finals.distances().mean().interval()),
                finals.distances().mean().interval().contains(ReferenceValues.MEAN_PAIRWISE_DISTANCE)));

        double spread = finals.distances().std().value();
        boolean fewTenths = spread >= ReferenceValues.DISTANCE_SPREAD_LOW && spread < ReferenceValues.DISTANCE_SPREAD_HIGH;
        rows.add(new ComparisonRow("Spread of pairwise distances (std)", "a few tenths (read as 0.2 to 1)",
                estimate(finals.distances().std()), "initial alphas: " + estimate(initials.distances().std()),
                fewTenths ? "inside 0.2 to 1" : "outside 0.2 to 1", fewTenths));

        rows.add(normRow(report.perSeed()));

        NullSpectrum gaussian = finals.gaussianNull();
        rows.add(ratioRow("PC1", ReferenceValues.PC1, finals, gaussian, 0));
        rows.add(ratioRow("PC2", ReferenceValues.PC2, finals, gaussian, 1));

        double[] cumulative = finals.pca().cumulative();
        double both = 0;
        if (cumulative.length > 0) {
            both = cumulative[Math.min(1, cumulative.length - 1)];
        }
        rows.add(new ComparisonRow("PC1 + PC2", percent(ReferenceValues.PC1_PLUS_PC2), percent(both)
                + " (no interval)", "-", String.format(Locale.ROOT, "differs by %+.1f percentage points",
                100 * (both - ReferenceValues.PC1_PLUS_PC2)), null));

        rows.add(bootstrapRow("D90", Integer.toString(ReferenceValues.D90),
                countEstimate(finals.bootstrap().dimension()),
                String.format(Locale.ROOT, "Gaussian null: %.0f %s", gaussian.dimensionMedian(),
                        dimensionBand(gaussian)),
                ReferenceValues.D90, finals.bootstrap().dimension()));
        return rows;
    }

    private static ComparisonRow normRow(SeedMeasures perSeed) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double norm : perSeed.finalNorms()) {
            min = Math.min(min, norm);
            max = Math.max(max, norm);
        }
        boolean orderOne = min >= ReferenceValues.NORM_LOW && max <= ReferenceValues.NORM_HIGH;
        return new ComparisonRow("Final norms", "order 1 (read as 0.3 to 3)",
                "mean " + estimate(perSeed.meanFinalNorm()) + ", range " + number(min) + " to " + number(max),
                "initial alphas: mean " + estimate(perSeed.meanInitialNorm()),
                orderOne ? "all inside 0.3 to 3" : "not all inside 0.3 to 3", orderOne);
    }

    private static ComparisonRow ratioRow(String name, double reference, AlphaSetGeometry finals, NullSpectrum gaussian,
            int component) {
        var estimate = component == 0 ? finals.bootstrap().pc1() : finals.bootstrap().pc2();
        String baseline = component < gaussian.median().length
                ? String.format(Locale.ROOT, "Gaussian null: %s [%.1f, %.1f]", percent(gaussian.median()[component]),
                        100 * gaussian.lower()[component], 100 * gaussian.upper()[component])
                : "-";
        return bootstrapRow(name, percent(reference), percentEstimate(estimate), baseline, reference, estimate);
    }

    /**
     * A row compared with a PCA bootstrap interval. When that interval misses its own observed
     * value, the bootstrap is biased (few seeds in many dimensions), so the row is not counted
     * as agreeing or differing.
     */
    private static ComparisonRow bootstrapRow(String name, String referenceText, String measured, String baseline,
            double reference, Estimate estimate) {
        String verdict = compare(reference, estimate.interval());
        if (!estimate.interval().contains(estimate.value())) {
            return new ComparisonRow(name, referenceText, measured, baseline, verdict + ", but the interval misses"
                    + " the observed value (bootstrap bias with few seeds), so not counted", null);
        }
        return new ComparisonRow(name, referenceText, measured, baseline, verdict,
                estimate.interval().contains(reference));
    }

    static String dimensionBand(NullSpectrum spectrum) {
        Interval band = spectrum.dimensionBand();
        return String.format(Locale.ROOT, "[%.0f, %.0f]", band.lower(), band.upper());
    }

    private static List<ComparisonRow> perturbationRows(Stage<PerturbationStudy> stage) {
        List<ComparisonRow> rows = new ArrayList<>();
        List<SigmaSummary> summaries = stage.present() ? stage.result().summaries() : List.of();
        for (ReferenceValues.Recovery recovery : ReferenceValues.RECOVERY) {
            String quantity = String.format(Locale.ROOT, "Perturbation d_T, sigma %.2f", recovery.sigma());
            String reference = String.format(Locale.ROOT, "%.2f -> %.2f", recovery.sigma(), recovery.endDistance());
            if (!stage.present()) {
                rows.add(ComparisonRow.missing(quantity, reference, stage.problem()));
                continue;
            }
            Optional<SigmaSummary> row = summaries.stream()
                    .filter(s -> !s.isControl() && Math.abs(s.sigma() - recovery.sigma()) < 1e-12).findFirst();
            if (row.isEmpty()) {
                rows.add(ComparisonRow.missing(quantity, reference, "sigma " + number(recovery.sigma())
                        + " was not among the sigmas of this reproduction"));
                continue;
            }
            rows.add(recoveryRow(quantity, reference, recovery.endDistance(), row.get()));
        }
        Optional<SigmaSummary> control = summaries.stream().filter(SigmaSummary::isControl).findFirst();
        if (control.isPresent()) {
            rows.add(new ComparisonRow("Control (sigma 0): drift D", "not reported",
                    number(control.get().controlDrift()), "-", "-", null));
        } else {
            rows.add(ComparisonRow.missing("Control (sigma 0): drift D", "not reported",
                    stage.present() ? "the control did not complete" : stage.problem()));
        }
        return rows;
    }

    private static ComparisonRow recoveryRow(String quantity, String reference, double referenceEnd, SigmaSummary row) {
        MeanInterval end = row.endDistance();
        String measured = String.format(Locale.ROOT, "%s -> %s (%d of %d trials%s)", number(row.startDistance().mean()),
                meanInterval(end), row.complete(), row.planned(), row.diverged() > 0 ? ", " + row.diverged()
                        + " diverged" : "");
        String baseline = "keeps offset: " + number(row.neutralDistance()) + "; verdict " + row.verdict().label();
        if (!end.hasInterval()) {
            return new ComparisonRow(quantity, reference, measured, baseline, "no interval (fewer than 2 trials)",
                    null);
        }
        Interval interval = new Interval(end.low(), end.high(), 0.95);
        return new ComparisonRow(quantity, reference, measured, baseline, compare(referenceEnd, interval),
                interval.contains(referenceEnd));
    }
}
