package org.rulescape.figures.charts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GeometryChartsTest {

    @Test
    void verdictComparesDimensionWithNullBand() {
        assertThat(GeometryCharts.verdict(3, 7, 8)).isEqualTo("below null");
        assertThat(GeometryCharts.verdict(7, 7, 8)).isEqualTo("within null");
        assertThat(GeometryCharts.verdict(8, 7, 8)).isEqualTo("within null");
        assertThat(GeometryCharts.verdict(9, 7, 8)).isEqualTo("above null");
    }
}
