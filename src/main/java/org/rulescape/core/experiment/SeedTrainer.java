package org.rulescape.core.experiment;

import java.util.Arrays;
import org.rulescape.core.engine.MetaGradient;
import org.rulescape.core.engine.MetaGradients;
import org.rulescape.core.model.AlphaLayout;
import org.rulescape.core.model.ExperimentConfig;
import org.rulescape.core.tasks.TaskBatch;
import org.rulescape.core.tasks.TaskSampler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Meta-trains one seed: at each meta-step it samples a fresh batch, computes J(alpha) and its
 * exact meta-gradient, clips the gradient to the configured global L2 norm and takes an Adam
 * step (Kingma and Ba 2015) on alpha.
 *
 * <p>A non-finite meta-loss or gradient norm ends the seed as DIVERGED at that step: the values
 * are recorded as they are and alpha stays at its last finite state. Cancellation is polled
 * before every meta-step. Owns its kernel and buffers: one instance per worker thread, reusable
 * for several seeds one after another.
 */
public final class SeedTrainer {
    private static final Logger LOG = LoggerFactory.getLogger(SeedTrainer.class);

    private final ExperimentConfig config;
    private final MetaGradient kernel;
    private final TaskSampler sampler;
    private final TaskBatch batch;
    private final double[] gradient;
    private int checkpointEvery;

    /** Creates a trainer with the kernel the configuration asks for. */
    public SeedTrainer(ExperimentConfig config) {
        this(config, MetaGradients.create(config));
    }

    /** Creates a trainer with a given kernel, for tests and benchmarks. */
    public SeedTrainer(ExperimentConfig config, MetaGradient kernel) {
        this.config = config;
        this.kernel = kernel;
        this.sampler = new TaskSampler(config);
        this.batch = sampler.newBatch();
        this.gradient = new double[config.alphaSize()];
    }

    /** Emits a checkpoint to the listener every {@code steps} meta-steps; 0 turns them off. */
    public SeedTrainer checkpointEvery(int steps) {
        if (steps < 0) {
            throw new IllegalArgumentException("checkpoint interval must be >= 0, got " + steps);
        }
        this.checkpointEvery = steps;
        return this;
    }

    /** Trains {@code seed} from its initial alpha for {@code config.metaSteps()} steps. */
    public SeedResult train(long seed, TrainingListener listener, CancellationToken cancel) {
        double[] alpha = AlphaLayout.initialAlpha(config, seed);
        return train(new TrainingStart(seed, 0, config.metaSteps(), alpha, null), listener, cancel);
    }

    /**
     * Trains from an arbitrary start. Records in the result are indexed from
     * {@code start.firstStep()}; the first snapshot is the starting alpha.
     */
    public SeedResult train(TrainingStart start, TrainingListener listener, CancellationToken cancel) {
        AdamState adam = start.adam() == null ? new AdamState(config.alphaSize()) : start.adam();
        Records records = new Records(start.steps());
        records.snapshot(start.firstStep(), start.alpha());
        return loop(start.seed(), start.firstStep(), start.firstStep() + start.steps(), start.alpha(),
                adam, records, 0.0, start.firstStep(), listener, cancel);
    }

    /** Continues a seed from a checkpoint up to {@code config.metaSteps()}. */
    public SeedResult resume(SeedCheckpoint checkpoint, TrainingListener listener, CancellationToken cancel) {
        Records records = new Records(config.metaSteps());
        records.restore(checkpoint);
        return loop(checkpoint.seed(), checkpoint.nextStep(), config.metaSteps(), checkpoint.alpha(),
                checkpoint.adam(), records, checkpoint.wallSeconds(), 0, listener, cancel);
    }

    private SeedResult loop(long seed, int first, int end, double[] alpha, AdamState adam,
            Records records, double priorSeconds, int recordOrigin, TrainingListener listener,
            CancellationToken cancel) {
        long startNanos = System.nanoTime();
        listener.seedStarted(seed, first);
        if (first == recordOrigin) {
            // The starting alpha is row 0 of the snapshots; a resumed seed had it in its checkpoint.
            listener.snapshot(seed, first, alpha);
        }
        SeedState state = SeedState.DONE;
        int divergedAt = -1;
        String message = "";
        int completed = first;

        for (int step = first; step < end; step++) {
            if (cancel.isCancelled()) {
                state = SeedState.CANCELLED;
                message = "cancelled after " + (step - recordOrigin) + " meta-steps";
                break;
            }
            sampler.sample(seed, step, batch);
            double loss = kernel.evaluate(alpha, batch, gradient);
            double norm = l2Norm(gradient);
            records.record(loss, norm);
            listener.metaStep(seed, step, loss, norm);

            if (!Double.isFinite(loss) || !Double.isFinite(norm)) {
                state = SeedState.DIVERGED;
                divergedAt = step;
                message = "diverged at meta-step " + step + ": meta-loss " + loss
                        + ", meta-gradient norm " + norm;
                LOG.warn("Seed {} {}", seed, message);
                break;
            }
            adamStep(alpha, adam, norm);
            completed = step + 1;

            boolean last = completed == end;
            if (last || (completed - recordOrigin) % config.snapshotEvery() == 0) {
                records.snapshot(completed, alpha);
                listener.snapshot(seed, completed, alpha);
            }
            if (checkpointEvery > 0 && recordOrigin == 0 && !last && completed % checkpointEvery == 0) {
                double seconds = priorSeconds + (System.nanoTime() - startNanos) * 1e-9;
                listener.checkpoint(records.checkpoint(seed, completed, alpha, adam, seconds));
            }
        }

        if (records.lastSnapshotStep() != completed) {
            records.snapshot(completed, alpha);
            listener.snapshot(seed, completed, alpha);
        }
        double seconds = priorSeconds + (System.nanoTime() - startNanos) * 1e-9;
        SeedResult result = records.result(seed, state, divergedAt, message, seconds);
        listener.seedFinished(result);
        return result;
    }

    /** Clips the gradient to the configured norm and applies one Adam update in place. */
    private void adamStep(double[] alpha, AdamState adam, double norm) {
        double scale = norm > config.clipNorm() ? config.clipNorm() / norm : 1.0;
        double beta1 = config.adamBeta1();
        double beta2 = config.adamBeta2();
        adam.updates++;
        double correction1 = 1.0 - Math.pow(beta1, adam.updates);
        double correction2 = 1.0 - Math.pow(beta2, adam.updates);
        double rate = config.metaLearningRate();
        double eps = config.adamEpsilon();
        double[] m = adam.firstMoment;
        double[] v = adam.secondMoment;
        for (int i = 0; i < alpha.length; i++) {
            double g = gradient[i] * scale;
            m[i] = beta1 * m[i] + (1.0 - beta1) * g;
            v[i] = beta2 * v[i] + (1.0 - beta2) * g * g;
            double mHat = m[i] / correction1;
            double vHat = v[i] / correction2;
            alpha[i] -= rate * mHat / (Math.sqrt(vHat) + eps);
        }
    }

    static double l2Norm(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value * value;
        }
        return Math.sqrt(sum);
    }

    /** Growable per-seed records. */
    private static final class Records {
        private double[] metaLoss;
        private double[] gradNorm;
        private int count;
        private int[] snapshotSteps = new int[16];
        private double[][] snapshots = new double[16][];
        private int snapshotCount;

        Records(int capacity) {
            metaLoss = new double[Math.max(1, capacity)];
            gradNorm = new double[metaLoss.length];
        }

        void record(double loss, double norm) {
            if (count == metaLoss.length) {
                metaLoss = Arrays.copyOf(metaLoss, count * 2);
                gradNorm = Arrays.copyOf(gradNorm, count * 2);
            }
            metaLoss[count] = loss;
            gradNorm[count] = norm;
            count++;
        }

        void snapshot(int step, double[] alpha) {
            if (snapshotCount == snapshots.length) {
                snapshots = Arrays.copyOf(snapshots, snapshotCount * 2);
                snapshotSteps = Arrays.copyOf(snapshotSteps, snapshotCount * 2);
            }
            snapshotSteps[snapshotCount] = step;
            snapshots[snapshotCount] = alpha.clone();
            snapshotCount++;
        }

        int lastSnapshotStep() {
            return snapshotSteps[snapshotCount - 1];
        }

        void restore(SeedCheckpoint checkpoint) {
            for (int i = 0; i < checkpoint.nextStep(); i++) {
                record(checkpoint.metaLoss()[i], checkpoint.gradNorm()[i]);
            }
            for (int i = 0; i < checkpoint.snapshots().length; i++) {
                snapshot(checkpoint.snapshotSteps()[i], checkpoint.snapshots()[i]);
            }
        }

        SeedCheckpoint checkpoint(long seed, int nextStep, double[] alpha, AdamState adam, double seconds) {
            return new SeedCheckpoint(seed, nextStep, alpha, adam, Arrays.copyOf(metaLoss, count),
                    Arrays.copyOf(gradNorm, count), Arrays.copyOf(snapshotSteps, snapshotCount),
                    Arrays.copyOf(snapshots, snapshotCount), seconds);
        }

        SeedResult result(long seed, SeedState state, int divergedAt, String message, double seconds) {
            return new SeedResult(seed, state, count, divergedAt, message, Arrays.copyOf(metaLoss, count),
                    Arrays.copyOf(gradNorm, count), Arrays.copyOf(snapshotSteps, snapshotCount),
                    Arrays.copyOf(snapshots, snapshotCount), seconds);
        }
    }
}
