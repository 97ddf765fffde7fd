package org.rulescape.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.rulescape.core.experiment.SeedResult;
import org.rulescape.core.experiment.SeedState;
import org.rulescape.core.experiment.TrainingJob;
import org.rulescape.core.model.ExperimentConfig;
import org.rulescape.core.store.NpyFiles;
import org.rulescape.core.store.ResumePlan;
import org.rulescape.core.store.RunState;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code rulescape train}: meta-trains every seed of a configuration into a run directory, or
 * continues an interrupted run. Exit codes: 0 when the run finished (diverged seeds included),
 * 1 when seeds failed or the run could not be written, 2 for invalid options, 130 when cancelled.
 */
@Command(name = "train",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
                "Meta-train the learned optimizer from every seed and record the run in a folder.",
                "Options left out keep the value of the --regime preset. All values are checked before training"
                        + " starts.",
                "Ctrl-C cancels and keeps what finished; a killed run continues with --resume RUN."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:the run finished (diverged seeds are reported, not failures)",
                "1:seeds failed or the run files could not be written",
                "2:invalid options",
                "130:cancelled"})
public final class TrainCommand implements Callable<Integer> {
    static final int EXIT_FAILED = 1;
    static final int EXIT_CANCELLED = 130;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    ConfigOptions settings = new ConfigOptions();

    @Option(names = "--threads", paramLabel = "N",
            description = "Worker threads, each training one seed at a time. Default: available processors (${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--checkpoint-every", paramLabel = "N",
            description = "Meta-steps between checkpoints of each running seed, so a killed run can resume;"
                    + " 0 turns them off. Default: ${DEFAULT-VALUE}.")
    int checkpointEvery = TrainingJob.DEFAULT_CHECKPOINT_EVERY;

    @Option(names = "--out", paramLabel = "DIR",
            description = "New or empty folder the run is written to (required unless --resume is given).")
    Path out;

    @Option(names = "--resume", paramLabel = "RUN",
            description = "Continue the interrupted, cancelled or failed run in folder RUN with its recorded settings.")
    Path resume;

    @Override
    public Integer call() {
        List<String> problems = new ArrayList<>();
        if (threads <= 0) {
            problems.add("--threads must be positive, got " + threads);
        }
        if (checkpointEvery < 0) {
            problems.add("--checkpoint-every must be >= 0, got " + checkpointEvery);
        }
        ExperimentConfig config = null;
        if (resume != null) {
            checkResumeOptions(problems);
        } else {
            ConfigOptions.Result result = settings.toConfig();
            problems.addAll(result.problems());
            config = result.config();
            if (out == null) {
                problems.add("--out DIR is required: the folder the new run is written to (or use --resume RUN)");
            } else {
                checkOutputFolder(out, problems);
            }
        }
        if (!problems.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "Invalid options:\n  " + String.join("\n  ", problems));
        }
        NpyFiles.preloadInBackground();
        return resume != null ? resumeRun() : train(config);
    }

    private void checkResumeOptions(List<String> problems) {
        if (out != null) {
            problems.add("--out cannot be combined with --resume: a resumed run stays in its folder " + resume);
        }
        if (settings.anyGiven() || !"debug".equalsIgnoreCase(settings.regime)) {
            problems.add("--resume continues with the settings recorded in " + resume
                    + "/run.json; remove the training settings from the command line");
        }
        if (!Files.isDirectory(resume)) {
            problems.add("--resume " + resume + ": folder not found");
        }
    }

    /** Rejects a folder that is a file, already contains files, or cannot be created or written. */
    static void checkOutputFolder(Path folder, List<String> problems) {
        if (Files.exists(folder)) {
            if (!Files.isDirectory(folder)) {
                problems.add("--out " + folder + " is a file; give a new or empty folder");
                return;
            }
            try (Stream<Path> entries = Files.list(folder)) {
                long count = entries.count();
                if (count > 0) {
                    problems.add("--out " + folder + " already contains " + Plurals.of(count, "entry", "entries")
                            + "; give a new or empty"
                            + " folder (or continue an interrupted run with --resume " + folder + ")");
                    return;
                }
            } catch (IOException e) {
                problems.add("--out " + folder + " cannot be listed: " + e.getMessage());
                return;
            }
            if (!Files.isWritable(folder)) {
                problems.add("--out " + folder + " is not writable; give a folder you can write to");
            }
            return;
        }
        Path ancestor = folder.toAbsolutePath().getParent();
        while (ancestor != null && !Files.exists(ancestor)) {
            ancestor = ancestor.getParent();
        }
        if (ancestor == null || !Files.isDirectory(ancestor) || !Files.isWritable(ancestor)) {
            problems.add("--out " + folder + " cannot be created because " + ancestor
                    + " is not a writable folder; give a folder you can write to");
        }
    }

    private int train(ExperimentConfig config) {
        ProgressReporter progress = new ProgressReporter(config, System.err, System.console() != null);
        TrainingJob job;
        try {
            job = TrainingJob.start(config, out, TrainingJob.Settings.of(threads).withCheckpointEvery(checkpointEvery),
                    progress);
        } catch (IOException e) {
            System.err.println("Cannot create the run in " + out + ": " + e.getMessage());
            return EXIT_FAILED;
        }
        System.out.printf("Training %s x %d meta-steps (%s, T = %d, meta-batch %d) on %s into %s%n",
                Plurals.of(config.seedCount(), "seed"), config.metaSteps(), config.regime().name().toLowerCase(),
                config.innerSteps(), config.metaBatch(), Plurals.of(threads, "thread"), out);
        return follow(job, progress);
    }

    private int resumeRun() {
        ResumePlan plan;
        try {
            plan = ResumePlan.load(resume);
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), "--resume " + resume + ": " + e.getMessage());
        }
        ExperimentConfig config = plan.document().config();
        ProgressReporter progress = new ProgressReporter(config, System.err, System.console() != null);
        plan.kept().forEach(progress::alreadyFinished);
        TrainingJob job;
        try {
            job = TrainingJob.resume(resume, TrainingJob.Settings.of(threads).withCheckpointEvery(checkpointEvery),
                    progress);
        } catch (IOException e) {
            System.err.println("Cannot resume " + resume + ": " + e.getMessage());
            return EXIT_FAILED;
        }
        System.out.printf("Resuming %s: %d seeds kept, %d continue from checkpoints, %d start over, on %s%n",
                resume, plan.kept().size(), plan.checkpoints().size(),
                plan.seedsToTrain().size() - plan.checkpoints().size(), Plurals.of(threads, "thread"));
        Path analyses = resume.resolve("analysis");
        if (Files.isDirectory(analyses)) {
            System.out.println("Note: the analyses in " + analyses + " were computed before this resume and describe"
                    + " the unfinished run; run analyze, rule and perturb again once it finishes.");
        }
        return follow(job, progress);
    }

    /** Shows progress until the job ends, then the summary; Ctrl-C cancels and waits for the files. */
    private int follow(TrainingJob job, ProgressReporter progress) {
        ExitHook hook = new ExitHook(job);
        Thread cancelOnExit = new Thread(hook, "rulescape-cancel-on-exit");
        Runtime.getRuntime().addShutdownHook(cancelOnExit);
        try {
            return follow(job, progress, hook, checkpointEvery, System.out, System.err);
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(cancelOnExit);
            } catch (IllegalStateException e) {
                // The JVM is already shutting down (Ctrl-C); the hook has cancelled the job.
            }
        }
    }

    /**
     * Waits for the job, prints the per-seed summary and how the run ended, then releases
     * {@code hook}, so that a JVM shutting down on Ctrl-C halts only after this output.
     */
    static int follow(TrainingJob job, ProgressReporter progress, ExitHook hook, int checkpointEvery,
            PrintStream out, PrintStream err) {
        try {
            progress.start();
            List<SeedResult> results = job.await();
            progress.close();
            return report(job, results, checkpointEvery, out, err);
        } finally {
            out.flush();
            hook.reported();
        }
    }

    private static int report(TrainingJob job, List<SeedResult> results, int checkpointEvery, PrintStream out,
            PrintStream err) {
        TrainSummary.print(out, results);
        RunState state = job.state();
        out.printf("Run %s: %s%n", state, job.directory());
        job.storageProblem().ifPresent(err::println);
        if (state == RunState.CANCELLED) {
            out.println(cancelled(job.directory(), results, job.config().seedCount(), checkpointEvery));
            return EXIT_CANCELLED;
        }
        boolean failed = results.stream().anyMatch(r -> r.state() == SeedState.FAILED);
        return failed || state == RunState.FAILED ? EXIT_FAILED : 0;
    }

    /** Returns the closing lines of a cancelled run: how many seeds finished and how to continue. */
    static String cancelled(Path run, List<SeedResult> results, int seedCount, int checkpointEvery) {
        long finished = results.stream()
                .filter(r -> r.state() == SeedState.DONE || r.state() == SeedState.DIVERGED).count();
        String others = checkpointEvery > 0
                ? "the others continue from their latest checkpoint (taken every " + checkpointEvery + " meta-steps)"
                : "the others start over, because checkpoints were off (--checkpoint-every 0)";
        return "Cancelled with " + finished + " of " + Plurals.of(seedCount, "seed") + " finished."
                + System.lineSeparator()
                + "Continue the run with `" + InterruptedRuns.resumeCommand(run) + "`. It keeps the finished seeds"
                + (finished == seedCount ? "." : ", and " + others + ".");
    }

    /**
     * Shutdown hook of {@code train}, run by the JVM on Ctrl-C (SIGINT) or SIGTERM. It cancels the
     * job, waits until the run files are final and then until {@link #follow} has printed the end of
     * the run, because the JVM halts as soon as every shutdown hook has returned.
     */
    static final class ExitHook implements Runnable {
        /** Upper bound of the wait for the summary, in case the main thread is stuck. */
        private static final long REPORT_WAIT_SECONDS = 10;

        private final TrainingJob job;
        private final CountDownLatch reported = new CountDownLatch(1);

        ExitHook(TrainingJob job) {
            this.job = job;
        }

        @Override
        public void run() {
            if (!job.isDone()) {
                job.cancel();
                job.await();
            }
            try {
                reported.await(REPORT_WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        void reported() {
            reported.countDown();
        }
    }
}
