package org.rulescape.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.rulescape.core.engine.MetaGradient;
import org.rulescape.core.engine.MetaGradients;
import org.rulescape.core.experiment.CancellationToken;
import org.rulescape.core.experiment.ExperimentRunner;
import org.rulescape.core.experiment.SeedResult;
import org.rulescape.core.experiment.SeedState;
import org.rulescape.core.experiment.TrainingListener;
import org.rulescape.core.model.AlphaLayout;
import org.rulescape.core.model.ExperimentConfig;
import org.rulescape.core.model.GradientMode;
import org.rulescape.core.model.Precision;
import org.rulescape.core.model.Regime;
import org.rulescape.core.tasks.TaskBatch;
import org.rulescape.core.tasks.TaskSampler;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Times the meta-gradient kernel and the seed runner. First every thread times its own kernel
 * on the regime's meta-batch (all threads at once, as in a run), then the runner trains the
 * regime's seeds for {@code --run-meta-steps} meta-steps. Both are projected to the regime's
 * full size: seeds x meta-steps x meta-batch x T task-steps.
 */
@Command(name = "bench",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = "Time the meta-gradient kernel and the trainer, and project the time of a whole run.")
public final class BenchCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--regime", paramLabel = "debug|full", defaultValue = "full",
            description = "Preset whose meta-batch, T and seeds are timed (default: ${DEFAULT-VALUE}).")
    String regime;

    @Option(names = "--precision", paramLabel = "float|double", defaultValue = "float",
            description = "Kernel precision (default: ${DEFAULT-VALUE}).")
    String precision;

    @Option(names = "--gradient-mode", paramLabel = "exact|first-order", defaultValue = "exact",
            description = "Meta-gradient mode (default: ${DEFAULT-VALUE}).")
    String gradientMode;

    @Option(names = "--threads", paramLabel = "N",
            description = "Threads, one kernel each (default: available processors, ${DEFAULT-VALUE}).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "300",
            description = "Untimed meta-steps per thread before the kernel timing, for the JIT (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--steps", paramLabel = "N", defaultValue = "100",
            description = "Timed meta-steps per thread in one kernel measurement (default: ${DEFAULT-VALUE}).")
    int steps;

    @Option(names = "--repeats", paramLabel = "N", defaultValue = "5",
            description = "Kernel measurements; the best and the spread are reported (default: ${DEFAULT-VALUE}).")
    int repeats;

    @Option(names = "--run-meta-steps", paramLabel = "N", defaultValue = "100",
            description = "Meta-steps per seed of the timed runner run; 0 skips it; the regime's own count"
                    + " times the whole run (default: ${DEFAULT-VALUE}).")
    int runMetaSteps;

    @Option(names = "--run-first",
            description = "Time the runner before the kernel, so it starts on a cold JVM (use for DEBUG).")
    boolean runFirst;

    @Override
    public Integer call() {
        ExperimentConfig config = parseConfig();
        System.out.printf(Locale.ROOT, "Bench: %s, %s, %s, meta-batch %d, T = %d, %d seeds x %d meta-steps;"
                        + " %d threads on %d processors; %s%n",
                config.regime(), config.precision(), config.gradientMode(), config.metaBatch(),
                config.innerSteps(), config.seedCount(), config.metaSteps(), threads,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.version"));
        if (runFirst) {
            timeRunner(config);
        }
        if (repeats > 0 && steps > 0) {
            PerturbBench.awaitVectorKernel();
            System.out.println(PerturbBench.floatKernelLine());
            timeKernel(config);
        }
        if (!runFirst) {
            timeRunner(config);
        }
        System.out.printf(Locale.ROOT, "JVM uptime at end: %.2f s%n",
                ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0);
        return 0;
    }

    private ExperimentConfig parseConfig() {
        if (threads <= 0 || warmup < 0 || steps < 0 || repeats < 0 || runMetaSteps < 0) {
            throw invalid("--threads must be positive and --warmup, --steps, --repeats, --run-meta-steps"
                    + " must be >= 0, got " + threads + ", " + warmup + ", " + steps + ", " + repeats
                    + ", " + runMetaSteps);
        }
        try {
            return Regime.parse(regime).config().toBuilder()
                    .precision(Precision.valueOf(precision.trim().toUpperCase(Locale.ROOT)))
                    .gradientMode(GradientMode.valueOf(
                            gradientMode.trim().toUpperCase(Locale.ROOT).replace('-', '_')))
                    .build();
        } catch (IllegalArgumentException e) {
            throw invalid("invalid --regime, --precision or --gradient-mode: " + e.getMessage()
                    + " (accepted: debug|full|custom, float|double, exact|first-order)");
        }
    }

    /** Runs one kernel per thread at once and reports microseconds per task-step. */
    private void timeKernel(ExperimentConfig config) {
        long taskStepsPerMetaStep = (long) config.metaBatch() * config.innerSteps();
        List<double[]> perThread = new ArrayList<>();
        List<double[]> cpuPerThread = new ArrayList<>();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            double[] seconds = new double[repeats];
            double[] cpuSeconds = new double[repeats];
            perThread.add(seconds);
            cpuPerThread.add(cpuSeconds);
            long seed = t;
            workers.add(new Thread(() -> measureKernel(config, seed, seconds, cpuSeconds), "bench-kernel-" + t));
        }
        workers.forEach(Thread::start);
        for (Thread worker : workers) {
            try {
                worker.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the kernel timing", e);
            }
        }

        double bestOverall = Double.MAX_VALUE;
        double worstOverall = 0;
        for (int t = 0; t < threads; t++) {
            double best = Double.MAX_VALUE;
            double worst = 0;
            double bestCpu = Double.MAX_VALUE;
            for (int r = 0; r < repeats; r++) {
                double micros = perThread.get(t)[r] * 1e6 / (steps * taskStepsPerMetaStep);
                best = Math.min(best, micros);
                worst = Math.max(worst, micros);
                bestCpu = Math.min(bestCpu, cpuPerThread.get(t)[r] * 1e6 / (steps * taskStepsPerMetaStep));
            }
            bestOverall = Math.min(bestOverall, best);
            worstOverall = Math.max(worstOverall, worst);
            System.out.printf(Locale.ROOT, "Kernel, thread %d: %.2f us per task-step (best of %d), worst %.2f;"
                            + " %.1f meta-steps/s; thread CPU time %.2f us per task-step (best)%n", t, best,
                    repeats, worst, 1e6 / (best * taskStepsPerMetaStep), bestCpu);
        }
        double totalTaskSteps = (double) config.seedCount() * config.metaSteps() * taskStepsPerMetaStep;
        System.out.printf(Locale.ROOT, "Kernel projection for the whole %s run (%.3g task-steps on %s):"
                        + " %.1f s at the best rate, %.1f s at the worst%n", config.regime(), totalTaskSteps,
                Plurals.of(threads, "thread"), totalTaskSteps * bestOverall * 1e-6 / threads,
                totalTaskSteps * worstOverall * 1e-6 / threads);
    }

    private void measureKernel(ExperimentConfig config, long seed, double[] seconds, double[] cpuSeconds) {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        MetaGradient kernel = MetaGradients.create(config);
        TaskSampler sampler = new TaskSampler(config);
        TaskBatch batch = sampler.newBatch();
        double[] alpha = AlphaLayout.initialAlpha(config, seed);
        double[] gradient = new double[alpha.length];
        long step = 0;
        for (int i = 0; i < warmup; i++) {
            sampler.sample(seed, step++, batch);
            kernel.evaluate(alpha, batch, gradient);
        }
        for (int r = 0; r < seconds.length; r++) {
            long start = System.nanoTime();
            long cpuStart = cpu.getCurrentThreadCpuTime();
            for (int i = 0; i < steps; i++) {
                sampler.sample(seed, step++, batch);
                kernel.evaluate(alpha, batch, gradient);
            }
            seconds[r] = (System.nanoTime() - start) * 1e-9;
            cpuSeconds[r] = (cpu.getCurrentThreadCpuTime() - cpuStart) * 1e-9;
        }
    }

    /** Trains the regime's seeds for {@code runMetaSteps} meta-steps with the runner and projects the full run. */
    private void timeRunner(ExperimentConfig config) {
        if (runMetaSteps == 0) {
            return;
        }
        ExperimentConfig shortened = config.toBuilder().metaSteps(runMetaSteps).build();
        long start = System.nanoTime();
        List<SeedResult> results = new ExperimentRunner(threads).run(shortened, TrainingListener.NONE,
                CancellationToken.none());
        double seconds = (System.nanoTime() - start) * 1e-9;
        long done = results.stream().filter(r -> r.state() == SeedState.DONE).count();
        double projected = seconds * config.metaSteps() / runMetaSteps;
        System.out.printf(Locale.ROOT, "Runner: %d seeds x %d meta-steps in %.2f s (%d of %d seeds DONE);"
                        + " %.1f meta-steps/s in total; projected whole %s run (%d meta-steps): %.1f s%n",
                shortened.seedCount(), runMetaSteps, seconds, done, results.size(),
                shortened.seedCount() * runMetaSteps / seconds, config.regime(), config.metaSteps(), projected);
    }

    private CommandLine.ParameterException invalid(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
