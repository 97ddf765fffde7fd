package org.rulescape.core.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rulescape.core.engine.MetaGradient;
import org.rulescape.core.model.AlphaLayout;
import org.rulescape.core.model.ExperimentConfig;
import org.rulescape.core.tasks.TaskBatch;

class SeedTrainerTest {

    private static final ExperimentConfig CONFIG = ExperimentConfig.defaults().toBuilder()
            .metaSteps(20).snapshotEvery(5).build();

    /** J = 0.5 ||alpha - 1||^2 scaled by {@code factor}; its gradient is factor (alpha - 1). */
    private static MetaGradient quadratic(double factor) {
        return (alpha, batch, gradient) -> {
            double loss = 0;
            for (int i = 0; i < alpha.length; i++) {
                double d = alpha[i] - 1.0;
                gradient[i] = factor * d;
                loss += 0.5 * factor * d * d;
            }
            return loss;
        };
    }

    @Test
    void firstAdamStepMovesEachCoordinateByTheLearningRate() {
        ExperimentConfig one = CONFIG.toBuilder().metaSteps(1).build();
        SeedResult result = new SeedTrainer(one, quadratic(1.0)).train(7L, TrainingListener.NONE,
                CancellationToken.none());

        double[] before = result.initialAlpha();
        double[] after = result.finalAlpha();
        for (int i = 0; i < before.length; i++) {
            double expectedMove = -Math.signum(before[i] - 1.0) * one.metaLearningRate();
            assertThat(after[i] - before[i]).as("coordinate %d", i).isCloseTo(expectedMove, within(1e-9));
        }
    }

    @Test
    void clippingScalesTheGradientBeforeAdam() {
        ExperimentConfig one = CONFIG.toBuilder().metaSteps(1).clipNorm(0.5).build();
        List<SeedCheckpoint> checkpoints = new ArrayList<>();
        SeedTrainer trainer = new SeedTrainer(one.toBuilder().metaSteps(2).build(), quadratic(100.0))
                .checkpointEvery(1);
        trainer.train(3L, new TrainingListener() {
            @Override
            public void checkpoint(SeedCheckpoint checkpoint) {
                checkpoints.add(checkpoint);
            }
        }, CancellationToken.none());

        SeedCheckpoint first = checkpoints.get(0);
        double[] alpha0 = AlphaLayout.initialAlpha(one, 3L);
        double norm = 0;
        for (double a : alpha0) {
            norm += 100.0 * (a - 1.0) * 100.0 * (a - 1.0);
        }
        norm = Math.sqrt(norm);
        double scale = 0.5 / norm;
        for (int i = 0; i < alpha0.length; i++) {
            double clipped = 100.0 * (alpha0[i] - 1.0) * scale;
            assertThat(first.adam().firstMoment()[i]).isCloseTo(0.1 * clipped, within(1e-12));
        }
        assertThat(first.gradNorm()[0]).isCloseTo(norm, within(1e-9));
    }

    @Test
    void nonFiniteLossMarksDivergenceAndKeepsLastFiniteAlpha() {
        MetaGradient failingAtFive = new MetaGradient() {
            private int calls;
            private final MetaGradient inner = quadratic(1.0);

            @Override
            public double evaluate(double[] alpha, TaskBatch batch, double[] gradient) {
                double loss = inner.evaluate(alpha, batch, gradient);
                return calls++ == 5 ? Double.NaN : loss;
            }
        };
        SeedResult result = new SeedTrainer(CONFIG, failingAtFive).train(1L, TrainingListener.NONE,
                CancellationToken.none());
        SeedResult clean = new SeedTrainer(CONFIG.toBuilder().metaSteps(5).build(), quadratic(1.0))
                .train(1L, TrainingListener.NONE, CancellationToken.none());

        assertThat(result.state()).isEqualTo(SeedState.DIVERGED);
        assertThat(result.divergedAt()).isEqualTo(5);
        assertThat(result.stepsRecorded()).isEqualTo(6);
        assertThat(result.metaLoss()[5]).isNaN();
        assertThat(result.snapshotSteps()).endsWith(5);
        assertThat(result.finalAlpha()).containsExactly(clean.finalAlpha());
    }

    @Test
    void cancellationStopsBeforeTheNextStep() {
        CancellationToken cancel = new CancellationToken();
        SeedResult result = new SeedTrainer(CONFIG, quadratic(1.0)).train(1L, new TrainingListener() {
            @Override
            public void metaStep(long seed, int step, double metaLoss, double gradNorm) {
                if (step == 3) {
                    cancel.cancel();
                }
            }
        }, cancel);

        assertThat(result.state()).isEqualTo(SeedState.CANCELLED);
        assertThat(result.stepsRecorded()).isEqualTo(4);
        assertThat(result.snapshotSteps()).endsWith(4);
    }

    @Test
    void snapshotsAtStartEveryIntervalAndEnd() {
        SeedResult result = new SeedTrainer(CONFIG.toBuilder().metaSteps(12).build(), quadratic(1.0))
                .train(1L, TrainingListener.NONE, CancellationToken.none());

        assertThat(result.snapshotSteps()).containsExactly(0, 5, 10, 12);
        assertThat(result.state()).isEqualTo(SeedState.DONE);
    }

    @Test
    void resumeFromCheckpointEqualsUninterruptedRun() {
        List<SeedCheckpoint> checkpoints = new ArrayList<>();
        SeedTrainer trainer = new SeedTrainer(CONFIG, quadratic(1.0)).checkpointEvery(7);
        SeedResult full = trainer.train(11L, new TrainingListener() {
            @Override
            public void checkpoint(SeedCheckpoint checkpoint) {
                checkpoints.add(checkpoint);
            }
        }, CancellationToken.none());

        assertThat(checkpoints).extracting(SeedCheckpoint::nextStep).containsExactly(7, 14);
        SeedResult resumed = new SeedTrainer(CONFIG, quadratic(1.0))
                .resume(checkpoints.get(0), TrainingListener.NONE, CancellationToken.none());

        assertThat(resumed.metaLoss()).containsExactly(full.metaLoss());
        assertThat(resumed.gradNorm()).containsExactly(full.gradNorm());
        assertThat(resumed.snapshotSteps()).containsExactly(full.snapshotSteps());
        for (int i = 0; i < full.snapshots().length; i++) {
            assertThat(resumed.snapshots()[i]).containsExactly(full.snapshots()[i]);
        }
    }
}
