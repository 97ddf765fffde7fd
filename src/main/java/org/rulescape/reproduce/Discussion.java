package org.rulescape.reproduce;

import org.rulescape.core.experiment.SeedHealth;

import static org.rulescape.reproduce.ReportFormat.number;
import static org.rulescape.reproduce.ReportFormat.percent;

import java.util.List;
import java.util.Locale;
import org.rulescape.core.analysis.AlphaSetGeometry;
import org.rulescape.core.analysis.GeometryReport;
import org.rulescape.core.analysis.Interval;
import org.rulescape.core.analysis.NullSpectrum;
import org.rulescape.core.analysis.perturbation.SigmaSummary;
import org.rulescape.core.model.ExperimentConfig;

/**
 * The discussion of the report. Each sentence about a result is chosen by comparing numbers of
 * the runs. The list of possible causes names settings and differences that were not varied here
 * and states that their effect is unknown.
 */
final class Discussion {

    private Discussion() {
    }

    static void write(StringBuilder out, SampleRun full, List<ComparisonRow> rows) {
        List<ComparisonRow> agree = rows.stream().filter(r -> Boolean.TRUE.equals(r.agrees())).toList();
        List<ComparisonRow> differ = rows.stream().filter(r -> Boolean.FALSE.equals(r.agrees())).toList();
        out.append("### What agrees and what does not\n\n");
        out.append(String.format(Locale.ROOT, "Of %d comparisons with a yes-or-no answer, %d agree with the reference"
                + " and %d do not.%n%n", agree.size() + differ.size(), agree.size(), differ.size()));
        for (ComparisonRow row : agree) {
            out.append("- Agrees: ").append(row.quantity()).append(" (reference ").append(row.reference())
                    .append("; Rulescape ").append(row.measured()).append(": ").append(row.verdict()).append(").\n");
        }
        for (ComparisonRow row : differ) {
            out.append("- Differs: ").append(row.quantity()).append(" (reference ").append(row.reference())
                    .append("; Rulescape ").append(row.measured()).append(": ").append(row.verdict()).append(").\n");
        }
        for (ComparisonRow row : rows) {
            if (row.agrees() == null && !row.verdict().equals("-")) {
                out.append("- Not counted: ").append(row.quantity()).append(" (reference ").append(row.reference())
                        .append("; Rulescape ").append(row.measured()).append(": ").append(row.verdict())
                        .append(").\n");
            }
        }
        out.append('\n');

        out.append("### What the baselines say\n\n");
        unstable(out, full);
        if (full.geometry().present()) {
            baselines(out, full.geometry().result());
        } else {
            out.append("- The geometry analysis is missing: ").append(full.geometry().problem()).append('\n');
        }
        if (full.perturbation().present()) {
            perturbation(out, full.perturbation().result().summaries());
        }
        out.append('\n');

        causes(out, full.run().config());
    }

    private static void unstable(StringBuilder out, SampleRun full) {
        int unstable = full.unstableSeeds().size();
        if (unstable == 0) {
            return;
        }
        out.append(String.format(Locale.ROOT, "- %d of %d seeds are UNSTABLE (%s). Their final alphas are "
                + "included in every number above, as in the reference experiment, but they are not at a "
                + "learned minimum; `analyze --exclude-unstable` leaves them out.%n", unstable,
                full.run().seeds().size(), SeedHealth.RULE));
    }

    private static void baselines(StringBuilder out, GeometryReport report) {
        AlphaSetGeometry finals = report.finals();
        NullSpectrum gaussian = finals.gaussianNull();
        int dimension = finals.dimension();
        Interval band = gaussian.dimensionBand();
        String position = dimension < band.lower() ? "below" : dimension > band.upper() ? "above" : "inside";
        out.append(String.format(Locale.ROOT, "- D90 of the final alphas is %d, %s the Gaussian null band %s of %d"
                        + " isotropic points of the same shape and column scale (%.0f %% of null draws have D90 <= %d).",
                dimension, position, ReferenceComparison.dimensionBand(gaussian), finals.alphas().length,
                100 * gaussian.fractionDimensionAtMost(dimension), dimension));
        out.append(dimension < band.lower()
                ? " The final alphas spread over fewer directions than such random points.\n"
                : " By this measure the final alphas are not more concentrated than random points.\n");
        if (gaussian.upper().length > 0) {
            double pc1 = finals.pca().ratio(0);
            String pc1Position = pc1 > gaussian.upper()[0] ? "above" : pc1 < gaussian.lower()[0] ? "below" : "inside";
            out.append(String.format(Locale.ROOT, "- PC1 is %s, %s the Gaussian null band [%.1f, %.1f] %%.%n",
                    percent(pc1), pc1Position, 100 * gaussian.lower()[0], 100 * gaussian.upper()[0]));
        }
        double finalMean = finals.distances().mean().value();
        double initialMean = report.initials().distances().mean().value();
        out.append(String.format(Locale.ROOT, "- The final alphas lie %s apart on average; the initial alphas lie %s"
                        + " apart (ratio %s). Each seed moved %s on average from its own initial alpha.%n",
                number(finalMean), number(initialMean), number(finalMean / initialMean),
                number(report.perSeed().meanFromInitial().value())));
        double shell = Math.sqrt(2) * report.perSeed().meanFinalNorm().value();
        out.append(String.format(Locale.ROOT, "- sqrt(2) times the mean final norm is %s against a mean pairwise"
                        + " distance of %s: points on a sphere of that radius at random directions would be about"
                        + " that far apart.%n", number(shell), number(finalMean)));
        double aligned = report.aligned().distances().mean().value();
        double alignedInitial = report.alignedInitialDistances().mean().value();
        out.append(String.format(Locale.ROOT, "- After removing hidden-unit permutations and sign flips the mean"
                        + " distance is %s, against %s for the initial alphas aligned the same way.%n",
                number(aligned), number(alignedInitial)));
    }

    private static void perturbation(StringBuilder out, List<SigmaSummary> summaries) {
        for (SigmaSummary row : summaries) {
            if (row.isControl()) {
                out.append(String.format(Locale.ROOT, "- The sigma = 0 control drifts %s from the reference alpha"
                        + " over the recovery steps, from task sampling alone.%n", number(row.controlDrift())));
            } else if (row.endDistance().count() > 0) {
                out.append(String.format(Locale.ROOT, "- sigma %s: d_T %s against %s for a trial that keeps its"
                                + " offset and drifts like the control; verdict %s.%n", number(row.sigma()),
                        number(row.endDistance().mean()), number(row.neutralDistance()), row.verdict().label()));
            }
        }
    }

    private static void causes(StringBuilder out, ExperimentConfig config) {
        out.append("### Possible causes of differences (not tested here)\n\n");
        out.append("These differences between this reproduction and the reference were not varied in this run, so"
                + " their effect is unknown:\n\n");
        out.append(String.format(Locale.ROOT, "- Settings the reference leaves open, set here to: %d training points,"
                        + " %d validation grid points, training noise std %s, base-model weights N(0, %s^2 / fan_in),"
                        + " optimizer weights N(0, %s^2).%n", config.trainPoints(), config.gridPoints(),
                number(config.noiseStd()), number(config.baseInitGain()), number(config.optInitStd())));
        out.append(String.format(Locale.ROOT, "- Arithmetic: the meta-gradient kernel ran in %s precision (%s"
                        + " meta-gradient), with records stored as float64.%n",
                config.precision().name().toLowerCase(Locale.ROOT),
                config.gradientMode().name().toLowerCase(Locale.ROOT).replace('_', '-')));
        out.append("- The task stream: tasks and base-model initializations come from Rulescape's own keyed random"
                + " streams, so no seed here sees the tasks of the reference's seeds.\n");
        out.append("- The perturbation trials start with fresh Adam moments; the reference does not say which it"
                + " used.\n");
        out.append(String.format(Locale.ROOT, "- Few points: with %d seeds, PCA has at most %d non-zero components,"
                + " and the bootstrap intervals above show how much the statistics move under reweighting of"
                + " seeds.%n%n", config.seedCount(), Math.max(0, config.seedCount() - 1)));
    }
}
