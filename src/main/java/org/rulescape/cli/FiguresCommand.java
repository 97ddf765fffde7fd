package org.rulescape.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

import org.rulescape.core.analysis.GeometryAnalysis;
import org.rulescape.core.analysis.GeometryFiles;
import org.rulescape.core.analysis.GeometryInput;
import org.rulescape.core.analysis.GeometryReport;
import org.rulescape.core.analysis.SeedSelection;
import org.rulescape.core.analysis.StoredGeometryOptions;
import org.rulescape.core.analysis.perturbation.PerturbationStore;
import org.rulescape.core.analysis.perturbation.PerturbationStudy;
import org.rulescape.core.experiment.CancellationToken;
import org.rulescape.core.store.RunReader;
import org.rulescape.core.store.StoredRun;
import org.rulescape.figures.export.DataFormat;
import org.rulescape.figures.export.FigureFormat;
import org.rulescape.figures.export.FigureIndex;
import org.rulescape.figures.export.FigureSetWriter;
import org.rulescape.figures.export.FigureSize;
import org.rulescape.figures.export.RunFigure;
import org.rulescape.figures.export.RunFigures;
import org.rulescape.figures.export.RunFigures.Analysis;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * {@code rulescape figures RUN}: writes the standard figure set of a run for a paper, each
 * figure with its data, and an index with a caption per figure. Missing analyses are computed
 * first unless {@code --no-compute} is given.
 */
@Command(name = "figures",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
                "Write the standard figures of a run for print: meta-loss curves, norms and distances from"
                        + " initialization, the distance heat map, the scree plot with its null band, the PC1/PC2"
                        + " projection, D90 over meta-training time and perturbation recovery.",
                "Each figure comes with its data (CSV, .npy and a JSON sidecar of column names) and a caption in"
                        + " OUT/index.md stating the settings, the seeds used and the seeds left out.",
                "The geometry is recomputed with the options stored by `rulescape analyze` in"
                        + " RUN/analysis/geometry/summary.json, or with the defaults when the run has no stored"
                        + " analysis; a stored analysis is never replaced."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:figures written (skipped figures are listed in the index)",
                "1:the run could not be read or the figures could not be written",
                "2:invalid options"})
public final class FiguresCommand implements Callable<Integer> {
    static final int EXIT_FAILED = 1;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RUN", description = "Run folder written by `rulescape train`.")
    Path run;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder. Default: RUN/figures.")
    Path out;

    @Option(names = "--format", paramLabel = "FORMAT", split = ",",
            description = "Figure formats, comma-separated: pdf, svg, png. Default: pdf,png.")
    List<String> formats = List.of("pdf", "png");

    @Option(names = "--data", paramLabel = "FORMAT", split = ",",
            description = "Data formats written beside each figure, comma-separated: csv, npy. Default: csv,npy.")
    List<String> dataFormats = List.of("csv", "npy");

    @Option(names = "--dpi", paramLabel = "N", description = "PNG resolution in dots per inch. Default: ${DEFAULT-VALUE}.")
    int dpi = FigureSize.DEFAULT_DPI;

    @Option(names = "--width-in", paramLabel = "INCHES",
            description = "Figure width in inches: 3.5 for a single journal column, 7 for a page. Default: ${DEFAULT-VALUE}.")
    double widthInches = FigureSize.SINGLE_COLUMN_INCHES;

    @Option(names = "--height-in", paramLabel = "INCHES",
            description = "Figure height in inches. Default: three quarters of the width.")
    Double heightInches;

    @Option(names = "--font-size", paramLabel = "PT",
            description = "Axis label size in points; titles are 1 pt larger, ticks and legends 1 pt smaller."
                    + " Default: ${DEFAULT-VALUE}.")
    float fontSize = FigureSize.DEFAULT_FONT_SIZE;

    @Option(names = "--titles",
            description = "Keep chart titles in the figures. By default a title's text moves into the caption in"
                    + " the index, as journals expect.")
    boolean keepTitles;

    @Option(names = "--include-diverged", negatable = true,
            description = "Let diverged, cancelled and unfinished seeds with finite snapshots enter the geometry"
                    + " figures, or keep them out with --no-include-diverged. Default: as the stored analysis of"
                    + " 'rulescape analyze' did, else left out (and listed in the captions).")
    Boolean includeDiverged;

    @Option(names = "--exclude-unstable", negatable = true,
            description = "Leave UNSTABLE seeds out of the geometry figures, or keep them with"
                    + " --no-exclude-unstable. Default: as the stored analysis did, else kept.")
    Boolean excludeUnstable;

    @Option(names = "--no-compute",
            description = "Do not compute missing analyses (the perturbation study can take minutes); skip their"
                    + " figures instead.")
    boolean noCompute;

    @Override
    public Integer call() {
        FigureSize size = size();
        Set<FigureFormat> figureFormats = parse(formats, FigureFormat::parse, "--format");
        Set<DataFormat> dataFileFormats = parse(dataFormats, DataFormat::parse, "--data");
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();

        StoredRun stored;
        try {
            stored = RunReader.read(run);
        } catch (IOException e) {
            err.println("Cannot read run " + run + ": " + e.getMessage());
            return EXIT_FAILED;
        }
        if (InterruptedRuns.isInterrupted(stored)) {
            err.println("Warning: run " + run + " " + InterruptedRuns.wasInterrupted(stored) + ". "
                    + InterruptedRuns.resumeSentence(run) + ", then write the figures again.");
        }
        Analysis<GeometryReport> geometry = geometry(stored, err);
        Analysis<PerturbationStudy> perturbation = perturbation(stored, err);
        List<RunFigure> figures = RunFigures.build(stored, geometry, perturbation, keepTitles);

        Path folder = out != null ? out : run.resolve("figures");
        try {
            FigureSetWriter.write(stored, figures, folder, figureFormats, dataFileFormats, size,
                    (figure, files) -> stdout.println(figure.skipped()
                            ? "  skipped " + figure.stem() + ": " + figure.caption()
                            : "  wrote   " + figure.stem() + " (" + files.size() + " files)"));
        } catch (IOException e) {
            err.println("Cannot write figures: " + e.getMessage());
            return EXIT_FAILED;
        }
        long drawn = figures.stream().filter(figure -> !figure.skipped()).count();
        stdout.printf(Locale.ROOT, "Wrote %d of %d figures to %s; captions in %s%n", drawn, figures.size(),
                folder, folder.resolve(FigureIndex.FILE_NAME));
        return 0;
    }

    private FigureSize size() {
        double height = heightInches != null ? heightInches : widthInches * 0.75;
        try {
            return new FigureSize(widthInches, height, dpi, fontSize);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "Invalid options: " + e.getMessage());
        }
    }

    private <T> Set<T> parse(List<String> names, java.util.function.Function<String, T> parser, String option) {
        Set<T> parsed = new LinkedHashSet<>();
        List<String> problems = new ArrayList<>();
        for (String name : names) {
            try {
                parsed.add(parser.apply(name));
            } catch (IllegalArgumentException e) {
                problems.add(option + ": " + e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "Invalid options:\n  " + String.join("\n  ", problems));
        }
        return parsed;
    }

    /**
     * Computes the geometry with the options and seed selection of the analysis stored under
     * RUN/analysis/geometry/, so the figures show its numbers. The seed-selection options, when
     * given, override the stored selection. Uses the defaults when no analysis is stored, or when its
     * options cannot be read, and then prints a warning naming the file and the field. Stores the
     * result only when no analysis is stored yet, so a stored analysis is never replaced.
     */
    private Analysis<GeometryReport> geometry(StoredRun stored, PrintWriter err) {
        StoredGeometryOptions options = GeometryFiles.readOptionsOrDefaults(run);
        boolean include = includeDiverged != null ? includeDiverged : options.includeUnfinished();
        boolean exclude = excludeUnstable != null ? excludeUnstable : options.excludeUnstable();
        GeometryInput input = InterruptedRuns.relabel(stored, SeedSelection.fromStoredRun(stored, include, exclude));
        if (!input.problem().isEmpty()) {
            if (InterruptedRuns.isInterrupted(stored)) {
                return Analysis.missing("run " + run + " " + InterruptedRuns.wasInterrupted(stored) + ", and "
                        + InterruptedRuns.tooFewSeeds(input) + ". "
                        + InterruptedRuns.tooFewSeedsAdvice(run, input, "draw the part-trained seeds as they are"));
            }
            return Analysis.missing(input.problem());
        }
        if (options.fellBackToDefaults()) {
            err.println("Warning: computing the geometry analysis with " + options.description());
        } else {
            err.println("Computing the geometry analysis with " + options.description() + "...");
        }
        GeometryReport report = GeometryAnalysis.analyze(input, options.options(),
                (stage, fraction) -> { }, CancellationToken.none());
        if (options.source() == StoredGeometryOptions.Source.NOT_STORED
                && !Files.isDirectory(GeometryFiles.folder(run))) {
            try {
                GeometryFiles.write(run, report);
            } catch (IOException e) {
                err.println("Geometry computed, but it could not be stored: " + e.getMessage());
            }
        }
        return Analysis.of(report);
    }

    /**
     * Loads the stored perturbation study, running `rulescape perturb RUN` first when there is none.
     * When the run has no reference seed, or the inner perturb rejects its options or fails, the
     * figure is skipped and its caption, printed with the other figures, states why in one line.
     */
    private Analysis<PerturbationStudy> perturbation(StoredRun stored, PrintWriter err) {
        try {
            Optional<PerturbationStudy> study = PerturbationStore.load(run);
            if (study.isPresent()) {
                return Analysis.of(study.get());
            }
            if (noCompute) {
                return Analysis.missing("the perturbation study has not been computed (run `rulescape perturb "
                        + run + "`, or leave out --no-compute).");
            }
            Optional<String> missingReference = PerturbCommand.missingReference(stored, null);
            if (missingReference.isPresent()) {
                return Analysis.missing("no perturbation study is stored, and none can be computed. "
                        + InterruptedRuns.capitalized(missingReference.get()));
            }
            err.println("No perturbation study stored; running `rulescape perturb " + run + "` with its defaults...");
            String[] failure = {""};
            CommandLine perturb = new CommandLine(new PerturbCommand());
            perturb.setOut(spec.commandLine().getOut());
            perturb.setErr(err);
            perturb.setParameterExceptionHandler((ex, args) -> {
                failure[0] = ex.getMessage().replaceAll("\\s*\\R\\s*", " ");
                return ex.getCommandLine().getCommandSpec().exitCodeOnInvalidInput();
            });
            perturb.setExecutionExceptionHandler((ex, line, parsed) -> {
                failure[0] = "it failed: " + CliErrors.cause(ex);
                return CliErrors.EXIT_ERROR;
            });
            int exit = perturb.execute(run.toString());
            study = PerturbationStore.load(run);
            if (study.isPresent()) {
                return Analysis.of(study.get());
            }
            return Analysis.missing("the perturbation study could not be computed (`rulescape perturb` exited with "
                    + exit + (failure[0].isEmpty() ? "" : "; " + failure[0]) + ").");
        } catch (IOException e) {
            return Analysis.missing("the stored perturbation study cannot be read: " + e.getMessage());
        }
    }
}
