package org.rulescape.core.analysis.perturbation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.rulescape.core.analysis.Matrices;
import org.rulescape.core.engine.MetaGradient;
import org.rulescape.core.experiment.CancellationToken;
import org.rulescape.core.experiment.SeedResult;
import org.rulescape.core.experiment.SeedTrainer;
import org.rulescape.core.experiment.TrainingListener;
import org.rulescape.core.model.ExperimentConfig;

class PerturbationRunnerTest {
    private static final long SEED = 3;
    private static final ExperimentConfig RUN = FakeKernels.config(1e-2);
    private static final MetaGradient BOWL = FakeKernels.quadratic(0.5);

    private static SeedResult trainReference(ExperimentConfig config, MetaGradient kernel) {
        return new SeedTrainer(config, kernel).train(SEED, TrainingListener.NONE, CancellationToken.none());
    }

    private static PerturbationSettings settings(AdamMoments adam, int trials, int steps) {
        return new PerturbationSettings(SEED, List.of(0.1, 1.0), trials, steps, 0, adam, RUN);
    }

    private static PerturbationRunner runner(int threads, MetaGradient kernel) {
        return new PerturbationRunner(threads, config -> kernel);
    }

    @Test
    void controlWithContinuedAdamReproducesContinuedTrainingBitwise() {
        int recovery = 25;
        ReferencePoint reference = ReferencePoints.withReplayedAdam(RUN,
                ReferencePoints.of(trainReference(RUN, BOWL)), BOWL, CancellationToken.none());
        ExperimentConfig longer = RUN.toBuilder().metaSteps(RUN.metaSteps() + recovery).snapshotEvery(1).build();
        SeedResult continued = trainReference(longer, BOWL);

        TrialResult control = runner(2, BOWL).run(settings(AdamMoments.CONTINUED, 2, recovery), reference,
                List.of(TrialSpec.control()), PerturbationListener.NONE, CancellationToken.none()).get(0);

        assertThat(control.status()).isEqualTo(TrialStatus.COMPLETE);
        assertThat(control.alphas()).hasNumberOfRows(recovery + 1);
        for (int t = 0; t <= recovery; t++) {
            assertThat(control.alphas()[t]).as("alpha at recovery step %d", t)
                    .isEqualTo(continued.snapshots()[RUN.metaSteps() + t]);
        }
        for (int t = 0; t < recovery; t++) {
            assertThat(control.metaLoss()[t]).isEqualTo(continued.metaLoss()[RUN.metaSteps() + t]);
        }
    }

    @Test
    void freshControlSeesReferenceTaskStream() {
        ReferencePoint reference = ReferencePoints.of(trainReference(RUN, BOWL));
        ExperimentConfig longer = RUN.toBuilder().metaSteps(RUN.metaSteps() + 1).build();
        SeedResult continued = trainReference(longer, BOWL);

        TrialResult control = runner(1, BOWL).run(settings(AdamMoments.FRESH, 1, 5), reference,
                List.of(TrialSpec.control()), PerturbationListener.NONE, CancellationToken.none()).get(0);

        // Same alpha and same batch at step metaSteps, so the first meta-loss matches bitwise.
        assertThat(control.metaLoss()[0]).isEqualTo(continued.metaLoss()[RUN.metaSteps()]);
    }

    @Test
    void startDistanceEqualsSigma() {
        ReferencePoint reference = ReferencePoints.of(trainReference(RUN, BOWL));
        PerturbationSettings settings = settings(AdamMoments.FRESH, 4, 3);

        List<TrialResult> results = runner(2, BOWL).run(settings, reference,
                PerturbationRunner.allTrials(settings), PerturbationListener.NONE, CancellationToken.none());

        assertThat(results).hasSize(1 + 2 * 4);
        for (TrialResult trial : results) {
            assertThat(trial.distanceTo(reference.alpha())[0]).as(trial.spec().label())
                    .isCloseTo(trial.spec().sigma(), within(1e-12));
        }
    }

    @Test
    void listenerGetsStartPointAndEveryStep() {
        ReferencePoint reference = ReferencePoints.of(trainReference(RUN, BOWL));
        PerturbationSettings settings = settings(AdamMoments.FRESH, 1, 7);
        AtomicInteger starts = new AtomicInteger();
        AtomicInteger steps = new AtomicInteger();
        PerturbationListener listener = new PerturbationListener() {
            @Override
            public void trialStarted(TrialSpec spec, double distance) {
                starts.incrementAndGet();
            }

            @Override
            public void trialStep(TrialSpec spec, int step, double distance, double metaLoss) {
                steps.incrementAndGet();
            }
        };

        runner(2, BOWL).run(settings, reference, PerturbationRunner.trialsOf(settings, 1), listener,
                CancellationToken.none());

        assertThat(starts.get()).isEqualTo(1);
        assertThat(steps.get()).isEqualTo(7);
    }

    @Test
    void resultsIndependentOfThreadCount() {
        ReferencePoint reference = ReferencePoints.of(trainReference(RUN, BOWL));
        PerturbationSettings settings = settings(AdamMoments.FRESH, 3, 10);

        List<TrialResult> one = runner(1, BOWL).run(settings, reference, PerturbationRunner.allTrials(settings),
                PerturbationListener.NONE, CancellationToken.none());
        List<TrialResult> two = runner(2, BOWL).run(settings, reference, PerturbationRunner.allTrials(settings),
                PerturbationListener.NONE, CancellationToken.none());

        for (int i = 0; i < one.size(); i++) {
            assertThat(two.get(i).finalAlpha()).isEqualTo(one.get(i).finalAlpha());
        }
    }

    @Test
    void cancelledTrialsAreNeverComplete() {
        ReferencePoint reference = ReferencePoints.of(trainReference(RUN, BOWL));
        PerturbationSettings settings = settings(AdamMoments.FRESH, 3, 50);
        CancellationToken cancel = new CancellationToken();
        PerturbationListener cancelling = new PerturbationListener() {
            @Override
            public void trialStep(TrialSpec spec, int step, double distance, double metaLoss) {
                if (step == 5) {
                    cancel.cancel();
                }
            }
        };

        List<TrialResult> results = runner(1, BOWL).run(settings, reference,
                PerturbationRunner.allTrials(settings), cancelling, cancel);

        assertThat(results).noneMatch(TrialResult::isComplete);
        assertThat(results).allMatch(r -> r.status() == TrialStatus.CANCELLED);
        assertThat(results.get(0).stepsCompleted()).isEqualTo(5);
    }

    @Test
    void continuedAdamWithoutStateRejected() {
        ReferencePoint reference = ReferencePoints.of(trainReference(RUN, BOWL));

        assertThatThrownBy(() -> runner(1, BOWL).run(settings(AdamMoments.CONTINUED, 1, 3), reference,
                List.of(TrialSpec.control()), PerturbationListener.NONE, CancellationToken.none()))
                .hasMessageContaining("adam is continued");
    }

    @Test
    void directionsAreUnitAndKeyed() {
        double[] a = PerturbationDirections.unitDirection(SEED, 0, 1, 2, 81);
        double[] b = PerturbationDirections.unitDirection(SEED, 0, 1, 2, 81);
        double[] c = PerturbationDirections.unitDirection(SEED, 0, 1, 3, 81);

        assertThat(Matrices.norm(a)).isCloseTo(1.0, within(1e-14));
        assertThat(b).isEqualTo(a);
        assertThat(c).isNotEqualTo(a);
    }
}
