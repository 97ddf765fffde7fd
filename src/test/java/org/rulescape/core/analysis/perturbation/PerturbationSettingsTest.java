package org.rulescape.core.analysis.perturbation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rulescape.core.model.ExperimentConfig;
import org.rulescape.core.model.Regime;

class PerturbationSettingsTest {
    private static final ExperimentConfig RUN = Regime.FULL.config();

    @Test
    void defaultsMatchReferenceExperiment() {
        PerturbationSettings settings = PerturbationSettings.defaults(RUN, 7);

        assertThat(settings.referenceSeed()).isEqualTo(7);
        assertThat(settings.sigmas()).containsExactly(0.1, 0.5, 1.0, 2.0);
        assertThat(settings.trials()).isEqualTo(5);
        assertThat(settings.recoverySteps()).isEqualTo(300);
        assertThat(settings.adamMoments()).isEqualTo(AdamMoments.FRESH);
        assertThat(settings.training()).isEqualTo(RUN);
    }

    @Test
    void negativeSigmaRejectedNamingField() {
        assertThatThrownBy(() -> settings(List.of(0.1, -0.5), 5, 300))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sigmas")
                .hasMessageContaining("-0.5")
                .hasMessageContaining("position 2");
    }

    @Test
    void nanSigmaRejectedNamingField() {
        assertThatThrownBy(() -> settings(List.of(Double.NaN), 5, 300))
                .hasMessageContaining("sigmas")
                .hasMessageContaining("NaN");
    }

    @Test
    void zeroSigmaRejectedBecauseControlIsImplicit() {
        assertThatThrownBy(() -> settings(List.of(0.0, 1.0), 5, 300))
                .hasMessageContaining("sigmas")
                .hasMessageContaining("control always runs");
    }

    @Test
    void infiniteAndEmptySigmasRejected() {
        assertThatThrownBy(() -> settings(List.of(Double.POSITIVE_INFINITY), 5, 300)).hasMessageContaining("sigmas");
        assertThatThrownBy(() -> settings(List.of(), 5, 300)).hasMessageContaining("sigmas must list");
    }

    @Test
    void zeroTrialsRejectedNamingField() {
        assertThatThrownBy(() -> settings(List.of(0.1), 0, 300))
                .hasMessageContaining("trials must be positive, got 0");
    }

    @Test
    void zeroStepsRejectedNamingField() {
        assertThatThrownBy(() -> settings(List.of(0.1), 5, 0))
                .hasMessageContaining("recovery-steps must be positive, got 0");
    }

    @Test
    void everyProblemListedAtOnce() {
        assertThat(PerturbationSettings.problems(List.of(-1.0), 0, -3)).hasSize(3);
    }

    @Test
    void sigmaListIsCopied() {
        java.util.ArrayList<Double> sigmas = new java.util.ArrayList<>(List.of(0.1));
        PerturbationSettings settings = settings(sigmas, 5, 300);
        sigmas.add(3.0);

        assertThat(settings.sigmas()).containsExactly(0.1);
    }

    private static PerturbationSettings settings(List<Double> sigmas, int trials, int steps) {
        return new PerturbationSettings(0, sigmas, trials, steps, 0, AdamMoments.FRESH, RUN);
    }
}
