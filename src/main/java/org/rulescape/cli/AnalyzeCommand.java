package org.rulescape.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.rulescape.core.analysis.BootstrapScheme;
import org.rulescape.core.analysis.GeometryAnalysis;
import org.rulescape.core.analysis.GeometryFiles;
import org.rulescape.core.analysis.GeometryInput;
import org.rulescape.core.analysis.GeometryOptions;
import org.rulescape.core.analysis.GeometryReport;
import org.rulescape.core.analysis.GeometryReportText;
import org.rulescape.core.analysis.SeedSelection;
import org.rulescape.core.experiment.CancellationToken;
import org.rulescape.core.store.RunReader;
import org.rulescape.core.store.StoredRun;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;

/**
 * {@code rulescape analyze RUN}: the geometry of the learned optimizers of a run (experiments
 * A and B with their baselines), printed and stored under RUN/analysis/geometry/.
 */
@Command(name = "analyze",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
                "Measure whether the learned optimizers of a run collapse onto one point or spread over a"
                        + " low-dimensional set: norms, distances from initialization, pairwise distances, PCA"
                        + " with parallel-analysis nulls and bootstrap intervals, a symmetry-aligned view and"
                        + " D90 over meta-training time.",
                "Results are printed and written to RUN/analysis/geometry/ (replacing an earlier analysis)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:analyzed and stored",
                "1:the run could not be read, has fewer than 3 usable seeds, or the results could not be written",
                "2:invalid options"})
public final class AnalyzeCommand implements Callable<Integer> {
    static final int EXIT_FAILED = 1;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RUN", description = "Run folder written by `rulescape train`.")
    Path run;

    @Option(names = "--include-diverged",
            description = "Also analyze diverged, cancelled and unfinished seeds whose snapshots are all finite"
                    + " (left out by default and listed).")
    boolean includeDiverged;

    @Option(names = "--exclude-unstable",
            description = "Leave out seeds flagged UNSTABLE: the median meta-loss of their last 10 %% of meta-steps"
                    + " exceeds 10x their minimum meta-loss. By default they are analyzed and listed.")
    boolean excludeUnstable;

    @Option(names = "--bootstrap", paramLabel = "N",
            description = "Bootstrap draws over seeds for every interval. Default: ${DEFAULT-VALUE}.")
    int bootstrap = GeometryOptions.defaults().bootstrapDraws();

    @Option(names = "--null-draws", paramLabel = "N",
            description = "Random matrices per null model (parallel analysis) of the final, initial and aligned"
                    + " alphas. Default: ${DEFAULT-VALUE}.")
    int nullDraws = GeometryOptions.defaults().nullDraws();

    @Option(names = "--time-null-draws", paramLabel = "N",
            description = "Random matrices per snapshot time for the null band of D over time. Default: ${DEFAULT-VALUE}.")
    int timeNullDraws = GeometryOptions.defaults().trajectoryNullDraws();

    @Option(names = "--threshold", paramLabel = "R",
            description = "Cumulative explained-variance ratio defining D, in (0, 1]. Default: ${DEFAULT-VALUE} (D90).")
    double threshold = GeometryOptions.defaults().threshold();

    @Option(names = "--pca-bootstrap", paramLabel = "SCHEME",
            description = "Bootstrap of the PCA statistics: BAYESIAN (Dirichlet seed weights, keeps all seeds) or"
                    + " RESAMPLE (seeds drawn with replacement, caps D at distinct seeds - 1). Default: ${DEFAULT-VALUE}.")
    BootstrapScheme pcaBootstrap = GeometryOptions.defaults().pcaBootstrap();

    @Option(names = "--seed", paramLabel = "N",
            description = "Analysis seed: the same seed gives the same intervals and null bands. Default: ${DEFAULT-VALUE}.")
    long seed = GeometryOptions.defaults().analysisSeed();

    @Override
    public Integer call() {
        GeometryOptions options = options();
        StoredRun stored;
        try {
            stored = RunReader.read(run);
        } catch (IOException e) {
            spec.commandLine().getErr().println("Cannot read run " + run + ": " + e.getMessage());
            return EXIT_FAILED;
        }
        GeometryInput input = InterruptedRuns.relabel(stored,
                SeedSelection.fromStoredRun(stored, includeDiverged, excludeUnstable));
        var err = spec.commandLine().getErr();
        boolean interrupted = InterruptedRuns.isInterrupted(stored);
        if (!input.problem().isEmpty()) {
            if (interrupted) {
                err.println("Cannot analyze run " + run + ": it " + InterruptedRuns.wasInterrupted(stored) + ".");
                err.println(InterruptedRuns.capitalized(InterruptedRuns.tooFewSeeds(input)) + ".");
                err.println(InterruptedRuns.tooFewSeedsAdvice(run, input, "analyze the part-trained seeds as they are"));
            } else {
                err.println("Cannot analyze run " + run + ": " + input.problem()
                        + (includeDiverged ? "" : " (option --include-diverged)"));
            }
            return EXIT_FAILED;
        }
        if (interrupted) {
            err.println("Warning: run " + run + " " + InterruptedRuns.wasInterrupted(stored) + "; "
                    + (includeDiverged ? "its part-trained seeds are analyzed as they are (--include-diverged)"
                            : "its unfinished seeds are left out")
                    + ". " + InterruptedRuns.resumeSentence(run) + ", then analyze it again.");
        }

        GeometryReport report = GeometryAnalysis.analyze(input, options,
                (stage, fraction) -> err.printf(Locale.ROOT, "  [%3.0f %%] %s%n", 100 * fraction, stage),
                CancellationToken.none());
        spec.commandLine().getOut().print(GeometryReportText.format(report));

        try {
            Path folder = GeometryFiles.write(run, report);
            spec.commandLine().getOut().printf(Locale.ROOT, "Stored in %s (%.2f s of analysis)%n", folder,
                    report.seconds());
        } catch (IOException e) {
            err.println("Analysis done, but the results could not be stored: " + e.getMessage());
            return EXIT_FAILED;
        }
        return 0;
    }

    private GeometryOptions options() {
        List<String> problems = new ArrayList<>();
        if (!Files.isDirectory(run)) {
            problems.add("RUN " + run + ": folder not found");
        }
        positive(problems, "--bootstrap", bootstrap);
        positive(problems, "--null-draws", nullDraws);
        positive(problems, "--time-null-draws", timeNullDraws);
        if (!(threshold > 0 && threshold <= 1)) {
            problems.add("--threshold must lie in (0, 1], for example 0.9 for D90, got " + threshold);
        }
        if (!problems.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "Invalid options:\n  " + String.join("\n  ", problems));
        }
        return GeometryOptions.defaults().withAnalysisSeed(seed).withDraws(bootstrap, nullDraws, timeNullDraws)
                .withThreshold(threshold).withPcaBootstrap(pcaBootstrap);
    }

    private static void positive(List<String> problems, String option, int value) {
        if (value < 1) {
            problems.add(option + " must be at least 1, got " + value);
        }
    }
}
