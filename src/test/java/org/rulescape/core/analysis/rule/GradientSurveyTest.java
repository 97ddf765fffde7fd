package org.rulescape.core.analysis.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.rulescape.core.model.AlphaLayout;
import org.rulescape.core.model.ExperimentConfig;

class GradientSurveyTest {
    private static final ExperimentConfig CONFIG = ExperimentConfig.defaults();
    private static final ProbeSet PROBE = ProbeSet.defaults(CONFIG.innerSteps());

    @Test
    void countsEveryInput() {
        double[] alpha = RuleFixtures.nearlyLinearAlpha(16, 1, 0.1, 1e-4);

        GradientSurvey survey = GradientSurvey.measure(CONFIG, 0, alpha, 2, PROBE);

        long expected = 2L * CONFIG.metaBatch() * CONFIG.innerSteps() * CONFIG.thetaSize();
        assertThat(survey.values()).isEqualTo(expected);
        assertThat(survey.nonFinite()).isZero();
        assertThat(survey.gMedian()).isPositive().isLessThanOrEqualTo(survey.gQuantile99());
        assertThat(survey.gQuantile99()).isLessThanOrEqualTo(survey.gMax());
        assertThat(survey.mMedian()).isPositive().isLessThanOrEqualTo(survey.mQuantile99());
        assertThat(survey.insideProbeRange()).isBetween(0.0, 1.0);
    }

    @Test
    void workingRuleShrinksGradients() {
        double[] still = new double[AlphaLayout.size(16)];
        double[] momentum = RuleFixtures.nearlyLinearAlpha(16, 1, 0.5, 1e-4);

        GradientSurvey atStart = GradientSurvey.measure(CONFIG, 0, still, 2, PROBE);
        GradientSurvey trained = GradientSurvey.measure(CONFIG, 0, momentum, 2, PROBE);

        assertThat(trained.gMedian()).isLessThan(atStart.gMedian());
        assertThat(trained.insideProbeRange()).isGreaterThan(atStart.insideProbeRange());
    }

    @Test
    void suggestedRangeRoundsUp() {
        assertThat(survey(0.25, 0.1).suggestedRange()).isCloseTo(0.3, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(survey(3.01, 2.0).suggestedRange()).isEqualTo(4.0);
        assertThat(survey(0.5, 0.7).suggestedRange()).isCloseTo(0.7, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(survey(Double.NaN, Double.NaN).suggestedRange()).isEqualTo(ProbeSet.DEFAULT_RANGE);
    }

    private static GradientSurvey survey(double g99, double m99) {
        return new GradientSurvey(0, 10, 0, 0.0, g99, g99, 0.0, m99, m99, 1.0);
    }

    @Test
    void widthMismatchRejected() {
        assertThatThrownBy(() -> GradientSurvey.measure(CONFIG, 0, new double[11], 1, PROBE))
                .hasMessageContaining("opt-hidden");
    }
}
