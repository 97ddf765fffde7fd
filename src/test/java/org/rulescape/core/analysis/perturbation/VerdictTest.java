package org.rulescape.core.analysis.perturbation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rulescape.core.engine.MetaGradient;
import org.rulescape.core.experiment.CancellationToken;
import org.rulescape.core.experiment.TrainingListener;
import org.rulescape.core.experiment.SeedTrainer;
import org.rulescape.core.model.ExperimentConfig;

/** The verdict of each landscape whose shape is known, on the full pipeline. */
class VerdictTest {
    private static final ExperimentConfig RUN = FakeKernels.config(2e-2);

    private static PerturbationStudy study(MetaGradient kernel, int steps) {
        return study(kernel, kernel, steps);
    }

    /** Trains the reference with one kernel and perturbs it under another. */
    private static PerturbationStudy study(MetaGradient trainedOn, MetaGradient kernel, int steps) {
        ReferencePoint reference = ReferencePoints.of(new SeedTrainer(RUN, trainedOn)
                .train(1, TrainingListener.NONE, CancellationToken.none()));
        PerturbationSettings settings = new PerturbationSettings(1, List.of(0.5), 4, steps, 0,
                AdamMoments.FRESH, RUN);
        List<TrialResult> results = new PerturbationRunner(2, config -> kernel).run(settings, reference,
                PerturbationRunner.allTrials(settings), PerturbationListener.NONE, CancellationToken.none());
        return PerturbationStudy.empty(settings, reference).with(results);
    }

    @Test
    void bowlContracts() {
        SigmaSummary row = study(FakeKernels.quadratic(1.0), 200).summaries().get(1);

        assertThat(row.verdict()).isEqualTo(Verdict.CONTRACTING);
        assertThat(row.endDistance().mean()).isLessThan(0.25);
    }

    @Test
    void hillExpands() {
        // The reference sits near the top of the hill, where the bowl it was trained in had its minimum.
        SigmaSummary row = study(FakeKernels.quadratic(1.0), FakeKernels.quadratic(-1.0), 100).summaries().get(1);

        assertThat(row.verdict()).isEqualTo(Verdict.EXPANDING);
    }

    @Test
    void driftOnFlatLandscapeIsNeutralThoughDistanceGrows() {
        List<SigmaSummary> rows = study(FakeKernels.drifting(), 100).summaries();
        SigmaSummary control = rows.get(0);
        SigmaSummary row = rows.get(1);

        assertThat(control.verdict()).isEqualTo(Verdict.CONTROL);
        assertThat(control.controlDrift()).isGreaterThan(0.5);
        assertThat(row.distanceRatio().mean()).isGreaterThan(1.2);
        assertThat(row.separationRatio().mean()).isCloseTo(1.0, within(1e-9));
        assertThat(row.verdict()).isEqualTo(Verdict.NEUTRAL);
    }
}
