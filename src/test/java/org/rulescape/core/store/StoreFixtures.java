package org.rulescape.core.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.rulescape.core.engine.MetaGradient;
import org.rulescape.core.experiment.SeedResult;
import org.rulescape.core.experiment.TrainingJob;
import org.rulescape.core.model.AlphaLayout;
import org.rulescape.core.model.ExperimentConfig;
import org.rulescape.core.model.Regime;
import org.rulescape.core.tasks.TaskBatch;

/** Small configurations and fake kernels for the run-store tests. */
final class StoreFixtures {
    private StoreFixtures() {
    }

    /** A tiny configuration: {@code seeds} seeds of {@code steps} meta-steps, snapshots every 5. */
    static ExperimentConfig tiny(int seeds, int steps) {
        return Regime.DEBUG.config().toBuilder().regime(Regime.CUSTOM).seedCount(seeds).metaSteps(steps)
                .innerSteps(3).metaBatch(2).snapshotEvery(5).build();
    }

    /**
     * A deterministic stand-in for the real kernel: J = 0.5 |alpha - c|^2 with c taken from the
     * batch, so every value depends on the seed's tasks and on alpha. Optionally sleeps per call.
     */
    static final class QuadraticKernel implements MetaGradient {
        private final long sleepMillis;

        QuadraticKernel(long sleepMillis) {
            this.sleepMillis = sleepMillis;
        }

        @Override
        public double evaluate(double[] alpha, TaskBatch batch, double[] gradient) {
            if (sleepMillis > 0) {
                try {
                    Thread.sleep(sleepMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            double loss = 0;
            for (int i = 0; i < alpha.length; i++) {
                double target = batch.yVal[i % batch.yVal.length] * 0.1;
                double diff = alpha[i] - target;
                gradient[i] = diff;
                loss += 0.5 * diff * diff;
            }
            return loss;
        }
    }

    /** Throws on the first call of seed {@code failingSeed} (recognised by its initial alpha). */
    static final class FailingKernel implements MetaGradient {
        private final double[] failingAlpha;
        private final MetaGradient delegate = new QuadraticKernel(0);

        FailingKernel(ExperimentConfig config, long failingSeed) {
            this.failingAlpha = AlphaLayout.initialAlpha(config, failingSeed);
        }

        @Override
        public double evaluate(double[] alpha, TaskBatch batch, double[] gradient) {
            if (Arrays.equals(alpha, failingAlpha)) {
                throw new IllegalStateException("injected kernel failure");
            }
            return delegate.evaluate(alpha, batch, gradient);
        }
    }

    /** Settings with one thread and the quadratic kernel. */
    static TrainingJob.Settings fakeSettings(int threads, long sleepMillis) {
        return TrainingJob.Settings.of(threads).withKernels(config -> new QuadraticKernel(sleepMillis));
    }

    /** Every regular file under {@code dir}, relative, sorted. */
    static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).map(dir::relativize).sorted().toList();
        }
    }

    /** Asserts bitwise equality of every record of two results. */
    static boolean sameRecords(SeedResult a, SeedResult b) {
        if (a.seed() != b.seed() || a.state() != b.state() || a.stepsRecorded() != b.stepsRecorded()
                || !Arrays.equals(a.metaLoss(), b.metaLoss()) || !Arrays.equals(a.gradNorm(), b.gradNorm())
                || !Arrays.equals(a.snapshotSteps(), b.snapshotSteps()) || a.snapshots().length != b.snapshots().length) {
            return false;
        }
        for (int i = 0; i < a.snapshots().length; i++) {
            if (!Arrays.equals(a.snapshots()[i], b.snapshots()[i])) {
                return false;
            }
        }
        return true;
    }
}
