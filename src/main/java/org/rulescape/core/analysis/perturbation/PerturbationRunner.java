package org.rulescape.core.analysis.perturbation;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.rulescape.core.analysis.Matrices;
import org.rulescape.core.engine.MetaGradient;
import org.rulescape.core.engine.MetaGradients;
import org.rulescape.core.experiment.AdamState;
import org.rulescape.core.experiment.CancellationToken;
import org.rulescape.core.experiment.SeedResult;
import org.rulescape.core.experiment.SeedTrainer;
import org.rulescape.core.experiment.TrainingListener;
import org.rulescape.core.experiment.TrainingStart;
import org.rulescape.core.model.ExperimentConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs perturbation trials in parallel, one trial per task on a fixed pool of workers.
 *
 * <p>Trial (sigma, u) starts at alpha_ref + sigma u and resumes meta-training for T_rec steps
 * with {@code TrainingStart(referenceSeed, reference.firstStep(), T_rec, start, adam)}. Every
 * trial and the control therefore see the same task batches: the reference seed's own stream
 * continuing after its last step (common random numbers). Differences between trials come from
 * where they start, not from the tasks they see, and the control with continued Adam moments
 * reproduces the reference seed's own continued training bit for bit.
 *
 * <p>Results do not depend on the number of threads. Cancellation is polled before every
 * meta-step; trials cut short are returned as CANCELLED and never as COMPLETE.
 */
public final class PerturbationRunner {
    private static final Logger LOG = LoggerFactory.getLogger(PerturbationRunner.class);
    private static final AtomicInteger POOL_NUMBER = new AtomicInteger();

    private final int threads;
    private final Function<ExperimentConfig, MetaGradient> kernels;

    /** Creates a runner with one worker per available processor and the configured kernel. */
    public PerturbationRunner() {
        this(Runtime.getRuntime().availableProcessors(), MetaGradients::create);
    }

    /**
     * Creates a runner.
     *
     * @param threads number of workers, positive
     * @param kernels creates one kernel per worker for the trials' training settings
     */
    public PerturbationRunner(int threads, Function<ExperimentConfig, MetaGradient> kernels) {
        if (threads <= 0) {
            throw new IllegalArgumentException("threads must be positive, got " + threads);
        }
        this.threads = threads;
        this.kernels = kernels;
    }

    /** Returns the specs of the control followed by every trial of every sigma of the settings. */
    public static List<TrialSpec> allTrials(PerturbationSettings settings) {
        List<TrialSpec> specs = new ArrayList<>();
        specs.add(TrialSpec.control());
        for (int i = 0; i < settings.sigmas().size(); i++) {
            specs.addAll(trialsOf(settings, i));
        }
        return specs;
    }

    /** Returns the specs of the trials of sigma number {@code sigmaIndex}. */
    public static List<TrialSpec> trialsOf(PerturbationSettings settings, int sigmaIndex) {
        List<TrialSpec> specs = new ArrayList<>();
        for (int trial = 0; trial < settings.trials(); trial++) {
            specs.add(new TrialSpec(sigmaIndex, settings.sigma(sigmaIndex), trial));
        }
        return specs;
    }

    /**
     * Runs the given trials and blocks until each is terminal.
     *
     * @param settings  perturbation settings; their training settings drive the trials
     * @param reference the reference point; must carry an Adam state when the settings ask for
     *                  continued moments
     * @param specs     trials to run, such as {@link #allTrials}
     * @return one result per spec, in the order of {@code specs}
     * @throws IllegalArgumentException when alpha_ref does not fit the training settings or
     *                                  continued moments are requested without an Adam state
     */
    public List<TrialResult> run(PerturbationSettings settings, ReferencePoint reference,
            List<TrialSpec> specs, PerturbationListener listener, CancellationToken cancel) {
        check(settings, reference);
        if (specs.isEmpty()) {
            return List.of();
        }
        ExperimentConfig everyStep = settings.training().toBuilder().snapshotEvery(1).build();
        int pool = POOL_NUMBER.incrementAndGet();
        AtomicInteger threadNumber = new AtomicInteger();
        ThreadFactory factory = runnable -> {
            Thread thread = new Thread(runnable, "rulescape-perturb-" + pool + "-" + threadNumber.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        ExecutorService executor = Executors.newFixedThreadPool(Math.min(threads, specs.size()), factory);
        ThreadLocal<SeedTrainer> trainers = ThreadLocal.withInitial(
                () -> new SeedTrainer(everyStep, kernels.apply(everyStep)));
        try {
            List<Future<TrialResult>> futures = new ArrayList<>();
            for (TrialSpec spec : specs) {
                futures.add(executor.submit(() -> runGuarded(trainers, spec, settings, reference, listener, cancel)));
            }
            List<TrialResult> results = new ArrayList<>();
            for (Future<TrialResult> future : futures) {
                results.add(future.get());
            }
            return results;
        } catch (InterruptedException e) {
            cancel.cancel();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for perturbation trials", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a perturbation trial failed outside its own error handling", e.getCause());
        } finally {
            executor.shutdownNow();
        }
    }

    private static void check(PerturbationSettings settings, ReferencePoint reference) {
        int size = settings.training().alphaSize();
        if (reference.alpha().length != size) {
            throw new IllegalArgumentException("reference alpha of seed " + reference.seed() + " has "
                    + reference.alpha().length + " entries but the training settings need " + size
                    + " (opt-hidden " + settings.training().optHidden() + "); keep opt-hidden at the run's value");
        }
        if (settings.adamMoments() == AdamMoments.CONTINUED && reference.adam() == null) {
            throw new IllegalArgumentException("adam is continued but the reference of seed "
                    + reference.seed() + " carries no Adam state; recover it with"
                    + " ReferencePoints.withReplayedAdam or use fresh moments");
        }
    }

    private static TrialResult runGuarded(ThreadLocal<SeedTrainer> trainers, TrialSpec spec,
            PerturbationSettings settings, ReferencePoint reference, PerturbationListener listener,
            CancellationToken cancel) {
        TrialResult result;
        try {
            if (cancel.isCancelled()) {
                result = TrialResult.notStarted(spec, TrialStatus.CANCELLED, "cancelled before it started");
            } else {
                result = runTrial(trainers.get(), spec, settings, reference, listener, cancel);
            }
        } catch (RuntimeException | Error e) {
            LOG.error("Perturbation trial {} of reference seed {} failed", spec.label(), reference.seed(), e);
            result = TrialResult.notStarted(spec, TrialStatus.FAILED, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        listener.trialFinished(result);
        return result;
    }

    private static TrialResult runTrial(SeedTrainer trainer, TrialSpec spec, PerturbationSettings settings,
            ReferencePoint reference, PerturbationListener listener, CancellationToken cancel) {
        double[] alphaRef = reference.alpha();
        double[] start = alphaRef.clone();
        if (!spec.isControl()) {
            double[] direction = PerturbationDirections.unitDirection(reference.seed(),
                    settings.directionSeed(), spec.sigmaIndex(), spec.trial(), alphaRef.length);
            start = PerturbationDirections.displaced(alphaRef, spec.sigma(), direction);
        }
        listener.trialStarted(spec, Matrices.distance(start, alphaRef));

        AdamState adam = settings.adamMoments() == AdamMoments.CONTINUED ? reference.adam() : null;
        TrainingStart trainingStart = new TrainingStart(reference.seed(), reference.firstStep(),
                settings.recoverySteps(), start, adam);
        SeedResult seed = trainer.train(trainingStart, new StepForwarder(spec, reference, listener), cancel);
        return toTrial(spec, seed);
    }

    private static TrialResult toTrial(TrialSpec spec, SeedResult seed) {
        TrialStatus status = switch (seed.state()) {
            case DONE -> TrialStatus.COMPLETE;
            case DIVERGED -> TrialStatus.DIVERGED;
            case CANCELLED -> TrialStatus.CANCELLED;
            default -> TrialStatus.FAILED;
        };
        return new TrialResult(spec, status, seed.message(), seed.metaLoss(), seed.snapshots());
    }

    /** Turns one trial's training events into perturbation events with d_t. */
    private static final class StepForwarder implements TrainingListener {
        private final TrialSpec spec;
        private final ReferencePoint reference;
        private final PerturbationListener listener;
        private double lastLoss = Double.NaN;

        StepForwarder(TrialSpec spec, ReferencePoint reference, PerturbationListener listener) {
            this.spec = spec;
            this.reference = reference;
            this.listener = listener;
        }

        @Override
        public void metaStep(long seed, int step, double metaLoss, double gradNorm) {
            lastLoss = metaLoss;
        }

        @Override
        public void snapshot(long seed, int step, double[] alpha) {
            int recoveryStep = step - reference.firstStep();
            if (recoveryStep > 0) {
                listener.trialStep(spec, recoveryStep, Matrices.distance(alpha, reference.alpha()), lastLoss);
            }
        }
    }
}
