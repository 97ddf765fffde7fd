package org.rulescape.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.rulescape.core.analysis.perturbation.AdamMoments;
import org.rulescape.core.analysis.perturbation.PerturbationExperiment;
import org.rulescape.core.analysis.perturbation.PerturbationListener;
import org.rulescape.core.analysis.perturbation.PerturbationRunner;
import org.rulescape.core.analysis.perturbation.PerturbationSettings;
import org.rulescape.core.analysis.perturbation.PerturbationStore;
import org.rulescape.core.analysis.perturbation.PerturbationStudy;
import org.rulescape.core.analysis.perturbation.ReferenceChoice;
import org.rulescape.core.analysis.perturbation.ReferencePoint;
import org.rulescape.core.analysis.perturbation.ReferencePoints;
import org.rulescape.core.analysis.perturbation.SummaryTable;
import org.rulescape.core.analysis.perturbation.TrialResult;
import org.rulescape.core.analysis.perturbation.TrialStatus;
import org.rulescape.core.engine.MetaGradients;
import org.rulescape.core.experiment.CancellationToken;
import org.rulescape.core.model.ExperimentConfig;
import org.rulescape.core.store.RunReader;
import org.rulescape.core.store.StoredRun;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;

/**
 * {@code rulescape perturb RUN}: the perturbation experiment on a stored run. Moves a seed's
 * final alpha by sigma along random directions, resumes meta-training and prints whether the
 * runs return. Results go to RUN/analysis/perturbation/. Exit codes: 0 done, 1 trials failed or
 * files could not be written, 2 invalid options, 130 cancelled.
 */
@Command(name = "perturb",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
                "Perturbation experiment: move a seed's final alpha by sigma along random unit directions, resume"
                        + " meta-training and measure whether the distance to the reference shrinks.",
                "A sigma = 0 control always runs. Every trial and the control see the reference seed's own task"
                        + " stream after its last step, so they differ only in where they start.",
                "Results are saved in RUN/analysis/perturbation/ and the summary table is printed."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:all trials ran (diverged trials are reported, not failures)",
                "1:no seed of the run finished all its meta-steps (so there is no reference), trials failed,"
                        + " or the results could not be written",
                "2:invalid options",
                "130:cancelled"})
public final class PerturbCommand implements Callable<Integer> {
    static final int EXIT_FAILED = 1;
    static final int EXIT_CANCELLED = 130;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "RUN",
            description = "Run folder written by 'rulescape train' (optional with --bench).")
    Path run;

    @Option(names = "--reference-seed", paramLabel = "SEED",
            description = "Seed whose final alpha is the reference. Default: the finished (DONE) seed that is not"
                    + " UNSTABLE with the lowest final level (median meta-loss of its last 10 %% of steps); when"
                    + " every finished seed is UNSTABLE, the lowest final level overall, with a warning.")
    Long referenceSeed;

    @Option(names = "--sigmas", paramLabel = "S", split = ",",
            description = "Perturbation sizes in alpha units, comma-separated, each > 0. Default: 0.1,0.5,1.0,2.0.")
    List<Double> sigmas = new ArrayList<>(PerturbationSettings.DEFAULT_SIGMAS);

    @Option(names = "--trials", paramLabel = "N", description = "Random directions per sigma. Default: ${DEFAULT-VALUE}.")
    int trials = PerturbationSettings.DEFAULT_TRIALS;

    @Option(names = "--recovery-steps", paramLabel = "T_REC",
            description = "Meta-steps of resumed training per trial. Default: ${DEFAULT-VALUE}.")
    int recoverySteps = PerturbationSettings.DEFAULT_RECOVERY_STEPS;

    @Option(names = "--direction-seed", paramLabel = "SEED",
            description = "Extra key of the random directions, to draw another independent set. Default: ${DEFAULT-VALUE}.")
    long directionSeed;

    @Option(names = "--adam", paramLabel = "fresh|continued", defaultValue = "fresh",
            description = "Adam moments the trials start with: fresh (zero) or continued (the reference seed's,"
                    + " recovered by replaying its training). Default: ${DEFAULT-VALUE}.")
    String adam;

    @Option(names = "--threads", paramLabel = "N",
            description = "Worker threads, each running one trial at a time. Default: available processors (${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--show", description = "Print the summary stored in RUN without running anything.")
    boolean show;

    @Option(names = "--bench",
            description = "Time one batch and print the wall time; nothing is saved. Without RUN the reference is"
                    + " seed 0's initial alpha under --bench-regime.")
    boolean bench;

    @Option(names = "--bench-regime", paramLabel = "debug|full", defaultValue = "full",
            description = "Settings of a benchmark without RUN. Default: ${DEFAULT-VALUE}.")
    String benchRegime;

    @Mixin
    TrainingOverrides overrides = new TrainingOverrides();

    /** Maximum wait for the vector kernel before the batch starts on the scalar kernel. */
    static final long KERNEL_WAIT_MILLIS = 3_000;

    @Override
    public Integer call() {
        if (threads <= 0) {
            throw invalid("--threads must be positive, got " + threads);
        }
        if (run == null && !bench) {
            throw invalid("RUN is required: the run folder to perturb (or use --bench to time a synthetic batch)");
        }
        // Compile the vector kernel while the run loads; the batch then starts closer to full speed.
        MetaGradients.prepare();
        if (show) {
            return showStored();
        }
        if (run == null) {
            return PerturbBench.runSynthetic(this);
        }
        StoredRun stored;
        try {
            stored = RunReader.read(run);
        } catch (IOException e) {
            throw invalid("RUN " + run + " cannot be read: " + e.getMessage());
        }
        Optional<String> missing = missingReference(stored, referenceSeed);
        if (missing.isPresent()) {
            System.err.println("Cannot perturb run " + run + ": " + missing.get());
            return referenceSeed != null ? CommandLine.ExitCode.USAGE : EXIT_FAILED;
        }
        if (InterruptedRuns.isInterrupted(stored) && referenceSeed == null) {
            System.err.println("Warning: run " + run + " " + InterruptedRuns.wasInterrupted(stored)
                    + "; the reference is the best of the finished seeds. " + InterruptedRuns.resumeSentence(run)
                    + ", then run perturb again.");
        }
        PerturbationSettings settings = settings(stored);
        if (bench) {
            return PerturbBench.runOnStoredRun(this, stored, settings);
        }
        CancellationToken cancel = new CancellationToken();
        CountDownLatch finished = new CountDownLatch(1);
        Thread cancelOnExit = new Thread(() -> {
            cancel.cancel();
            awaitQuietly(finished);
        }, "rulescape-perturb-cancel-on-exit");
        Runtime.getRuntime().addShutdownHook(cancelOnExit);
        try {
            return perturb(stored, settings, cancel);
        } finally {
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(cancelOnExit);
            } catch (IllegalStateException e) {
                // The JVM is already shutting down (Ctrl-C); the hook has cancelled the trials.
            }
        }
    }

    /**
     * Returns why {@code stored} offers no reference seed, with what to do about it, or empty when
     * it has one. Without {@code referenceSeed} the run needs a seed that finished all its
     * meta-steps; a given {@code referenceSeed} must not be a seed of an interrupted run that had
     * not finished. Other problems of a given seed are left to {@link ReferencePoints#of}.
     */
    static Optional<String> missingReference(StoredRun stored, Long referenceSeed) {
        Path run = stored.directory();
        if (referenceSeed != null) {
            return stored.interruptedSeeds().stream().filter(seed -> seed.seed() == referenceSeed).findFirst()
                    .map(seed -> "reference seed " + referenceSeed + " was " + stored.interruptedProgress(seed)
                            + ", because the process training run " + run + " stopped (killed or crashed), so it"
                            + " cannot be the reference. " + InterruptedRuns.resumeSentence(run)
                            + ", or choose a seed that finished with --reference-seed.");
        }
        if (PerturbationExperiment.defaultReference(stored).isPresent()) {
            return Optional.empty();
        }
        int metaSteps = stored.config().metaSteps();
        String noReference = "no seed has finished all " + metaSteps + " meta-steps with finite values, so there is"
                + " no reference seed";
        return Optional.of(switch (stored.state()) {
            case INTERRUPTED -> "the run " + InterruptedRuns.wasInterrupted(stored) + ", and " + noReference + ". "
                    + InterruptedRuns.resumeSentence(run) + ", then run perturb again.";
            case CANCELLED, FAILED -> noReference + ", and the run is " + stored.state() + ". "
                    + InterruptedRuns.resumeSentence(run) + ", then run perturb again.";
            case RUNNING -> noReference + " yet; the run is still training, so wait until a seed is DONE.";
            case FINISHED -> noReference + " (every seed diverged or failed); train a new run, for example with a"
                    + " smaller --meta-lr.";
        });
    }

    PerturbationSettings settings(StoredRun stored) {
        long seed;
        if (referenceSeed != null) {
            seed = referenceSeed;
        } else {
            Optional<ReferenceChoice> best = PerturbationExperiment.defaultReference(stored);
            if (best.isEmpty()) {
                throw invalid("RUN " + run + " has no seed that finished all its meta-steps, so there is no"
                        + " reference; train the run to the end first");
            }
            seed = best.get().seed();
            if (best.get().unstable()) {
                System.err.println("Warning: " + best.get().warning());
            }
        }
        try {
            ExperimentConfig training = overrides.apply(stored.config());
            return new PerturbationSettings(seed, sigmas, trials, recoverySteps, directionSeed,
                    AdamMoments.parse(adam), training);
        } catch (IllegalArgumentException e) {
            throw invalid(e.getMessage());
        }
    }

    private int perturb(StoredRun stored, PerturbationSettings settings, CancellationToken cancel) {
        Optional<ReferencePoint> reference;
        try {
            reference = PerturbationExperiment.reference(stored, settings.referenceSeed(), settings.adamMoments(),
                    MetaGradients::create, cancel);
        } catch (IllegalArgumentException | IllegalStateException e) {
            System.err.println(e.getMessage());
            return e instanceof IllegalArgumentException ? CommandLine.ExitCode.USAGE : EXIT_FAILED;
        }
        if (reference.isEmpty()) {
            System.err.println("Cancelled while replaying the reference seed; nothing was saved.");
            return EXIT_CANCELLED;
        }
        int total = 1 + settings.sigmas().size() * settings.trials();
        System.out.printf("Perturbing seed %d of %s: sigmas %s, %s each, %s, %s Adam moments,"
                + " %s on %s%n", settings.referenceSeed(), run, settings.sigmas(), Plurals.of(settings.trials(), "trial"),
                Plurals.of(settings.recoverySteps(), "recovery step"), settings.adamMoments().name().toLowerCase(java.util.Locale.ROOT),
                Plurals.of(total, "trial"), Plurals.of(threads, "thread"));
        // The vector kernel started compiling when the command began. A batch that starts before it is
        // ready shares the cores with its compilation: the FULL batch took 6.7 to 7.0 s that way on 2
        // cores, against about 4.3 s on the compiled kernel (docs/BENCHMARKS.md).
        MetaGradients.prepareAndAwait(KERNEL_WAIT_MILLIS);
        long start = System.nanoTime();
        PerturbationRunner runner = new PerturbationRunner(threads, MetaGradients::create);
        PerturbationStudy study = PerturbationExperiment.runAll(settings, reference.get(), runner,
                progress(total), cancel);
        double seconds = (System.nanoTime() - start) * 1e-9;

        System.out.print(SummaryTable.format(study.summaries()));
        System.out.printf("%d trials in %.2f s%n", total, seconds);
        try {
            PerturbationStore.save(run, study);
            System.out.println("Saved in " + run.resolve("analysis").resolve("perturbation"));
        } catch (IOException e) {
            System.err.println("Cannot save the results: " + e.getMessage());
            return EXIT_FAILED;
        }
        if (cancel.isCancelled()) {
            return EXIT_CANCELLED;
        }
        boolean failed = study.results().stream().anyMatch(r -> r.status() == TrialStatus.FAILED);
        return failed ? EXIT_FAILED : 0;
    }

    private int showStored() {
        try {
            Optional<PerturbationStudy> study = PerturbationStore.load(run);
            if (study.isEmpty()) {
                System.err.println("RUN " + run + " has no perturbation results; run 'rulescape perturb " + run + "' first");
                return EXIT_FAILED;
            }
            System.out.print(SummaryTable.format(study.get().summaries()));
            return 0;
        } catch (IOException e) {
            System.err.println(e.getMessage());
            return EXIT_FAILED;
        }
    }

    static PerturbationListener progress(int total) {
        AtomicInteger done = new AtomicInteger();
        return new PerturbationListener() {
            @Override
            public void trialFinished(TrialResult result) {
                System.err.printf("[%d/%d] %s: %s%s%n", done.incrementAndGet(), total, result.spec().label(),
                        result.status().name().toLowerCase(java.util.Locale.ROOT),
                        result.message().isEmpty() ? "" : " (" + result.message() + ")");
            }
        };
    }

    ParameterException invalid(String message) {
        return new ParameterException(spec.commandLine(), "Invalid options:\n  " + message);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
