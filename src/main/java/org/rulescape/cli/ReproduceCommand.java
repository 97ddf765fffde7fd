package org.rulescape.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.rulescape.core.analysis.BootstrapScheme;
import org.rulescape.core.analysis.GeometryOptions;
import org.rulescape.core.analysis.perturbation.PerturbationSettings;
import org.rulescape.core.model.ExperimentConfig;
import org.rulescape.core.model.Regime;
import org.rulescape.core.store.RunLayout;
import org.rulescape.core.store.RunState;
import org.rulescape.reproduce.ComparisonRow;
import org.rulescape.reproduce.ReferenceComparison;
import org.rulescape.reproduce.ReportContext;
import org.rulescape.reproduce.ReproductionReport;
import org.rulescape.reproduce.ReproductionSettings;
import org.rulescape.reproduce.SampleAnalyses;
import org.rulescape.reproduce.SampleFolders;
import org.rulescape.reproduce.SampleRun;
import org.rulescape.reproduce.SampleTraining;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code rulescape reproduce}: trains the DEBUG and FULL sample runs, runs the geometry,
 * perturbation, learned-rule and figure services on both, and writes the reproduction report
 * that sets the FULL values beside the reference values. Exit codes: 0 report written, 1 a run
 * could not be trained, read or cleared, or the report could not be written, 2 invalid options.
 */
@Command(name = "reproduce",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
                "Regenerate the sample runs and the reproduction report with one command: train a DEBUG and a FULL"
                        + " run into SAMPLES/debug and SAMPLES/full (replacing earlier sample runs), analyze both"
                        + " (geometry, perturbation, learned rule, figures) and write the report.",
                "Only Rulescape run folders are replaced; anything else in their place stops the command."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:report written (analyses that could not run are listed in it)",
                "1:a sample run could not be cleared, trained or read, or the report could not be written",
                "2:invalid options"})
public final class ReproduceCommand implements Callable<Integer> {
    static final int EXIT_FAILED = 1;
    static final String DEBUG = "debug";
    static final String FULL = "full";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--samples", paramLabel = "DIR",
            description = "Folder of the sample runs; the runs go to DIR/debug and DIR/full. Default: ${DEFAULT-VALUE}.")
    Path samples = Path.of("sample-runs");

    @Option(names = "--report", paramLabel = "FILE",
            description = "Markdown report to write (replaced). Default: ${DEFAULT-VALUE}.")
    Path report = Path.of("docs", "REPRODUCTION.md");

    @Option(names = "--reuse",
            description = "Do not train: analyze the sample runs already in --samples and write the report.")
    boolean reuse;

    @Option(names = "--threads", paramLabel = "N",
            description = "Worker threads for training and perturbation trials. Default: available processors"
                    + " (${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--sigmas", paramLabel = "S", split = ",",
            description = "Perturbation sizes in alpha units, comma-separated, each > 0; the sigma = 0 control always"
                    + " runs. Default: 0.1,0.5,1.0,2.0.")
    List<Double> sigmas = new ArrayList<>(PerturbationSettings.DEFAULT_SIGMAS);

    @Option(names = "--trials", paramLabel = "N", description = "Perturbation directions per sigma. Default: ${DEFAULT-VALUE}.")
    int trials = PerturbationSettings.DEFAULT_TRIALS;

    @Option(names = "--recovery-steps", paramLabel = "T_REC",
            description = "Meta-steps of resumed training per perturbation trial. Default: ${DEFAULT-VALUE}.")
    int recoverySteps = PerturbationSettings.DEFAULT_RECOVERY_STEPS;

    @Option(names = "--bootstrap", paramLabel = "N",
            description = "Bootstrap draws over seeds of the geometry analysis. Default: ${DEFAULT-VALUE}.")
    int bootstrap = GeometryOptions.defaults().bootstrapDraws();

    @Option(names = "--null-draws", paramLabel = "N",
            description = "Random matrices per null model of the geometry analysis. Default: ${DEFAULT-VALUE}.")
    int nullDraws = GeometryOptions.defaults().nullDraws();

    @Option(names = "--no-figures", description = "Skip the figure sets.")
    boolean noFigures;

    @Option(names = "--debug-meta-steps", paramLabel = "N",
            description = "Meta-steps of the DEBUG sample instead of the preset's 100 (for development; the run is"
                    + " then labelled CUSTOM).")
    Integer debugMetaSteps;

    @Option(names = "--full-meta-steps", paramLabel = "N",
            description = "Meta-steps of the FULL sample instead of 1000 (for development; the run is then labelled"
                    + " CUSTOM and the report says it is not comparable).")
    Integer fullMetaSteps;

    @Option(names = "--full-inner-steps", paramLabel = "T", description = "Inner steps of the FULL sample instead of 30.")
    Integer fullInnerSteps;

    @Option(names = "--full-meta-batch", paramLabel = "N", description = "Meta-batch of the FULL sample instead of 16.")
    Integer fullMetaBatch;

    @Option(names = "--full-seeds", paramLabel = "N", description = "Seeds of the FULL sample instead of 10.")
    Integer fullSeeds;

    @Override
    public Integer call() {
        ReproductionSettings settings = settings();
        ExperimentConfig debugConfig = config(Regime.DEBUG, debugMetaSteps, null, null, null);
        ExperimentConfig fullConfig = config(Regime.FULL, fullMetaSteps, fullInnerSteps, fullMetaBatch, fullSeeds);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        long start = System.nanoTime();

        List<SampleRun> runs = new ArrayList<>();
        for (ExperimentConfig config : List.of(debugConfig, fullConfig)) {
            String label = config == debugConfig ? DEBUG : FULL;
            Path folder = samples.resolve(label);
            double trainingSeconds = 0;
            if (!reuse) {
                try {
                    trainingSeconds = train(config, folder, out, err);
                } catch (IOException e) {
                    err.println("Cannot train the " + label + " sample in " + folder + ": " + e.getMessage());
                    return EXIT_FAILED;
                }
                if (trainingSeconds < 0) {
                    return EXIT_FAILED;
                }
            } else if (!Files.isRegularFile(RunLayout.runJson(folder))) {
                err.println("--reuse: " + folder + " holds no run (no run.json); run without --reuse to train it");
                return EXIT_FAILED;
            }
            try {
                runs.add(SampleAnalyses.analyze(label, folder, trainingSeconds, settings, line -> {
                    err.println(line);
                    err.flush();
                }));
            } catch (IOException e) {
                err.println("Cannot read the " + label + " sample " + folder + ": " + e.getMessage());
                return EXIT_FAILED;
            }
        }

        double total = (System.nanoTime() - start) * 1e-9;
        double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        ReportContext context = new ReportContext(runs.get(0), runs.get(1), settings, commandLine(), report,
                Instant.now(), total, machine(loadBefore, loadAfter));
        try {
            ReproductionReport.write(context);
        } catch (IOException e) {
            err.println("Cannot write the report " + report + ": " + e.getMessage());
            return EXIT_FAILED;
        }
        printSummary(out, runs.get(1), total);
        return 0;
    }

    /** Trains one sample and returns its wall time, or -1 after printing why the run did not finish. */
    private double train(ExperimentConfig config, Path folder, PrintWriter out, PrintWriter err) throws IOException {
        SampleFolders.clear(folder);
        out.printf(Locale.ROOT, "Training the %s sample: %d seeds x %d meta-steps (T = %d, meta-batch %d) into %s%n",
                config.regime().name().toLowerCase(Locale.ROOT), config.seedCount(), config.metaSteps(),
                config.innerSteps(), config.metaBatch(), folder);
        out.flush();
        ProgressReporter progress = new ProgressReporter(config, System.err, System.console() != null);
        progress.start();
        SampleTraining.Outcome outcome;
        try {
            outcome = SampleTraining.train(config, folder, threads, progress);
        } finally {
            progress.close();
        }
        out.printf(Locale.ROOT, "  %s in %.1f s%n", outcome.state(), outcome.seconds());
        if (outcome.state() != RunState.FINISHED) {
            err.println("The sample run " + folder + " ended " + outcome.state() + "; see its run.json for the"
                    + " seeds' messages");
            return -1;
        }
        return outcome.seconds();
    }

    private ReproductionSettings settings() {
        List<String> problems = new ArrayList<>(PerturbationSettings.problems(sigmas, trials, recoverySteps)
                .stream().map(p -> "--" + p).toList());
        if (threads <= 0) {
            problems.add("--threads must be positive, got " + threads);
        }
        if (bootstrap < 1) {
            problems.add("--bootstrap must be at least 1, got " + bootstrap);
        }
        if (nullDraws < 1) {
            problems.add("--null-draws must be at least 1, got " + nullDraws);
        }
        if (reuse && (debugMetaSteps != null || fullMetaSteps != null || fullInnerSteps != null
                || fullMetaBatch != null || fullSeeds != null)) {
            problems.add("--reuse analyzes the runs as they were trained; remove the --debug-* and --full-* options");
        }
        if (!problems.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "Invalid options:\n  " + String.join("\n  ", problems));
        }
        GeometryOptions geometry = GeometryOptions.defaults().withDraws(bootstrap, nullDraws,
                GeometryOptions.defaults().trajectoryNullDraws()).withPcaBootstrap(BootstrapScheme.BAYESIAN);
        return new ReproductionSettings(sigmas, trials, recoverySteps, threads, geometry, !noFigures);
    }

    /** The preset with the given sizes replaced; labelled CUSTOM when any differs from the preset. */
    private ExperimentConfig config(Regime preset, Integer metaSteps, Integer innerSteps, Integer metaBatch,
            Integer seeds) {
        ExperimentConfig base = preset.config();
        ExperimentConfig config;
        try {
            config = base.toBuilder()
                    .metaSteps(metaSteps != null ? metaSteps : base.metaSteps())
                    .innerSteps(innerSteps != null ? innerSteps : base.innerSteps())
                    .metaBatch(metaBatch != null ? metaBatch : base.metaBatch())
                    .seedCount(seeds != null ? seeds : base.seedCount())
                    .build();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "Invalid " + preset.name().toLowerCase(Locale.ROOT)
                    + " sample size: " + e.getMessage());
        }
        return config.equals(base) ? config : config.toBuilder().regime(Regime.CUSTOM).build();
    }

    private String commandLine() {
        List<String> args = new ArrayList<>(spec.commandLine().getParseResult().originalArgs());
        if (!args.isEmpty() && args.get(0).equals(spec.name())) {
            args.remove(0);
        }
        return "bin/rulescape reproduce" + (args.isEmpty() ? "" : " " + String.join(" ", args));
    }

    private static String machine(double loadBefore, double loadAfter) {
        return String.format(Locale.ROOT, "Java %s (%s), %s %s %s, %d cores, load average %.1f at the start and %.1f"
                        + " at the end", System.getProperty("java.version"), System.getProperty("java.vendor"),
                System.getProperty("os.name"), System.getProperty("os.version"), System.getProperty("os.arch"),
                Runtime.getRuntime().availableProcessors(), loadBefore, loadAfter);
    }

    private void printSummary(PrintWriter out, SampleRun full, double total) {
        out.println();
        out.println("FULL sample against the reference:");
        for (ComparisonRow row : ReferenceComparison.rows(full)) {
            out.printf(Locale.ROOT, "  %-36s reference %-28s Rulescape %s  (%s)%n", row.quantity(), row.reference(),
                    row.measured(), row.verdict());
        }
        out.printf(Locale.ROOT, "Wrote %s in %.1f s%n", report, total);
        out.flush();
    }
}
