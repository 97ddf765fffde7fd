package org.rulescape.cli;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.rulescape.core.analysis.perturbation.AdamMoments;
import org.rulescape.core.analysis.perturbation.PerturbationExperiment;
import org.rulescape.core.analysis.perturbation.PerturbationListener;
import org.rulescape.core.analysis.perturbation.PerturbationRunner;
import org.rulescape.core.analysis.perturbation.PerturbationSettings;
import org.rulescape.core.analysis.perturbation.PerturbationStudy;
import org.rulescape.core.analysis.perturbation.ReferencePoint;
import org.rulescape.core.engine.MetaGradients;
import org.rulescape.core.engine.VectorSupport;
import org.rulescape.core.engine.VectorWarmup;
import org.rulescape.core.experiment.CancellationToken;
import org.rulescape.core.model.AlphaLayout;
import org.rulescape.core.model.ExperimentConfig;
import org.rulescape.core.model.Regime;
import org.rulescape.core.store.StoredRun;

/**
 * {@code perturb --bench}: times one batch of trials and writes no file. Without a run the
 * reference is seed 0's initial alpha; the cost of a meta-step does not depend on where alpha is
 * (unless a trial diverges), so the time stands for a batch on a trained run with the same
 * settings. With a run the reference is the run's reference seed, and the stored results under
 * RUN/analysis/perturbation/ stay as they are.
 */
final class PerturbBench {
    /** How long the benchmarks wait for the vector kernel's warm-up before timing, in seconds. */
    static final long VECTOR_WAIT_SECONDS = 60;

    private PerturbBench() {
    }

    static int runSynthetic(PerturbCommand command) {
        ExperimentConfig run;
        try {
            run = Regime.parse(command.benchRegime).config();
        } catch (IllegalArgumentException e) {
            throw command.invalid("--bench-" + e.getMessage());
        }
        PerturbationSettings settings;
        ExperimentConfig training;
        try {
            training = command.overrides.apply(run);
            settings = new PerturbationSettings(0, command.sigmas, command.trials, command.recoverySteps,
                    command.directionSeed, AdamMoments.FRESH, training);
        } catch (IllegalArgumentException e) {
            throw command.invalid(e.getMessage());
        }
        ReferencePoint reference = new ReferencePoint(0, run.metaSteps(), AlphaLayout.initialAlpha(run, 0), 1.0, null);
        printHeader(command, settings, run.regime().name().toLowerCase(java.util.Locale.ROOT) + " settings");
        return time(command, settings, reference);
    }

    /**
     * Times one batch from the reference seed of a stored run, replaying its training first when
     * the trials continue its Adam moments. Nothing is written into the run.
     */
    static int runOnStoredRun(PerturbCommand command, StoredRun stored, PerturbationSettings settings) {
        Optional<ReferencePoint> reference;
        try {
            reference = PerturbationExperiment.reference(stored, settings.referenceSeed(), settings.adamMoments(),
                    MetaGradients::create, CancellationToken.none());
        } catch (IllegalArgumentException e) {
            throw command.invalid(e.getMessage());
        }
        if (reference.isEmpty()) {
            throw new IllegalStateException("the reference seed " + settings.referenceSeed() + " of "
                    + stored.directory() + " could not be replayed");
        }
        printHeader(command, settings, "seed " + settings.referenceSeed() + " of " + stored.directory());
        int code = time(command, settings, reference.get());
        System.out.println("Benchmark only: nothing was saved in " + stored.directory());
        return code;
    }

    private static void printHeader(PerturbCommand command, PerturbationSettings settings, String source) {
        ExperimentConfig training = settings.training();
        int total = 1 + settings.sigmas().size() * settings.trials();
        System.out.printf("Benchmark: %d trials (control + sigmas %s x %d) x %d recovery steps from %s"
                + " (meta-batch %d, T = %d, %s), %s, %s%n", total, settings.sigmas(), settings.trials(),
                settings.recoverySteps(), source, training.metaBatch(), training.innerSteps(), training.precision(),
                Plurals.of(command.threads, "thread"), Plurals.of(Runtime.getRuntime().availableProcessors(), "core"));
    }

    /** Waits for the vector kernel's background compilation, so the batch times the compiled kernel. */
    static void awaitVectorKernel() {
        MetaGradients.prepareAndAwait(VECTOR_WAIT_SECONDS * 1000);
    }

    /**
     * Returns the "Float kernel: ..." line of {@code bench} and {@code perturb --bench}: the float
     * kernel that runs from now on, for example "vector (16 tasks per instruction), compiled", or
     * "scalar (vector kernel not compiled: ...)" with the reason.
     */
    static String floatKernelLine() {
        return "Float kernel: " + floatKernel(System.getProperty(VectorSupport.KERNEL_PROPERTY, "auto"),
                VectorSupport.available(), VectorWarmup.isReady());
    }

    /**
     * Describes the float kernel from the kernel choice (the system property
     * {@value VectorSupport#KERNEL_PROPERTY}), whether the Vector API module is present and whether
     * {@link VectorWarmup} has compiled the vector kernel. The choice follows {@link MetaGradients#create}.
     */
    static String floatKernel(String choice, boolean vectorApi, boolean vectorReady) {
        String normalized = choice.trim().toLowerCase(Locale.ROOT);
        if (normalized.equals("scalar")) {
            return "scalar (forced with -D" + VectorSupport.KERNEL_PROPERTY + "=scalar)";
        }
        if (!vectorApi) {
            return "scalar (vector kernel not available: start java with --add-modules " + VectorSupport.MODULE + ")";
        }
        String vector = "vector (" + VectorWidth.lanes() + " tasks per instruction)";
        if (vectorReady) {
            return vector + ", compiled";
        }
        if (normalized.equals("vector")) {
            return vector + ", forced with -D" + VectorSupport.KERNEL_PROPERTY + "=vector before its warm-up compiled it";
        }
        return "scalar (vector kernel not compiled: its warm-up did not finish within " + VECTOR_WAIT_SECONDS
                + " s, or measured it no faster than the scalar kernel; the log says which)";
    }

    /** Keeps the Vector API types out of this class, which must load without the module. */
    private static final class VectorWidth {
        /** Lanes of the species that the engine's vector kernel uses: the widest float vector of the machine. */
        static int lanes() {
            return jdk.incubator.vector.FloatVector.SPECIES_PREFERRED.length();
        }
    }

    /** Runs a short warm-up and then the timed batch; prints the times and returns exit code 0. */
    private static int time(PerturbCommand command, PerturbationSettings settings, ReferencePoint reference) {
        int total = 1 + settings.sigmas().size() * settings.trials();
        PerturbationRunner runner = new PerturbationRunner(command.threads, MetaGradients::create);
        // A short warm-up lets the JIT compile the kernel before the timed batch.
        PerturbationSettings warmUp = settings.withSigmas(List.of(settings.sigma(0))).withTrials(1,
                Math.min(20, settings.recoverySteps()));
        PerturbationExperiment.runAll(warmUp, reference, runner, PerturbationListener.NONE, CancellationToken.none());
        awaitVectorKernel();
        System.out.println(floatKernelLine());

        long start = System.nanoTime();
        long cpuStart = processCpuNanos();
        PerturbationStudy study = PerturbationExperiment.runAll(settings, reference, runner,
                PerturbationListener.NONE, CancellationToken.none());
        double seconds = (System.nanoTime() - start) * 1e-9;
        double cpuSeconds = (processCpuNanos() - cpuStart) * 1e-9;
        long metaSteps = (long) total * settings.recoverySteps();
        System.out.printf("Batch: %.2f s wall, %.2f s process CPU, %d meta-steps, %.2f ms CPU per meta-step,"
                + " %d complete trials%n", seconds, cpuSeconds, metaSteps, cpuSeconds * 1e3 / metaSteps,
                study.results().stream().filter(r -> r.isComplete()).count());
        return 0;
    }

    /**
     * Returns the CPU time of the whole process, or -1 when the JVM does not report it. On a
     * shared machine it varies less than wall time.
     */
    private static long processCpuNanos() {
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }
}
