package org.rulescape.reproduce;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rulescape.core.analysis.Estimate;
import org.rulescape.core.analysis.Interval;

class ReportFormatTest {
    private static final Interval INTERVAL = new Interval(1.5, 1.7, 0.95);

    @Test
    void compareNamesSide() {
        assertThat(ReportFormat.compare(1.6, INTERVAL)).isEqualTo("inside the interval");
        assertThat(ReportFormat.compare(1.71, INTERVAL)).isEqualTo("outside: reference above the interval");
        assertThat(ReportFormat.compare(1.2, INTERVAL)).isEqualTo("outside: reference below the interval");
    }

    @Test
    void numbersKeepNonFinite() {
        assertThat(ReportFormat.number(Double.NaN)).isEqualTo("NaN");
        assertThat(ReportFormat.percent(Double.POSITIVE_INFINITY)).isEqualTo("Infinity");
        assertThat(ReportFormat.number(1.7123)).isEqualTo("1.71");
    }

    @Test
    void estimatesShowInterval() {
        Estimate ratio = new Estimate(0.275, new Interval(0.2, 0.35, 0.95));

        assertThat(ReportFormat.percentEstimate(ratio)).isEqualTo("27.5 % [20.0, 35.0]");
        assertThat(ReportFormat.countEstimate(new Estimate(6, new Interval(4, 7, 0.95)))).isEqualTo("6 [4, 7]");
    }
}
