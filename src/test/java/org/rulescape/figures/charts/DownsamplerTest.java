package org.rulescape.figures.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class DownsamplerTest {

    @Test
    void shortSeriesKeepsEveryPoint() {
        MetaLossSeries series = MetaLossSeries.of(0, 0, new double[] {3, 2, 1}, -1);

        double[][] xy = Downsampler.minMax(series, 100, 1.0);

        assertThat(xy[0]).containsExactly(0, 1, 2);
        assertThat(xy[1]).containsExactly(3, 2, 1);
    }

    @Test
    void longSeriesKeepsTwoPointsPerBucketAndExtremes() {
        double[] values = new double[10_000];
        for (int i = 0; i < values.length; i++) {
            values[i] = Math.sin(i * 0.01) + 2;
        }
        values[4321] = 50;
        values[8765] = 0.001;
        MetaLossSeries series = MetaLossSeries.of(1, 1, values, -1);

        double[][] xy = Downsampler.minMax(series, 300, 1.0);

        assertThat(xy[0].length).isLessThanOrEqualTo(600);
        assertThat(Arrays.stream(xy[1]).max().orElseThrow()).isEqualTo(50);
        assertThat(Arrays.stream(xy[1]).min().orElseThrow()).isEqualTo(0.001);
        for (int i = 1; i < xy[0].length; i++) {
            assertThat(xy[0][i]).isGreaterThan(xy[0][i - 1]);
        }
    }

    @Test
    void nonFiniteValuesAreNotDrawn() {
        MetaLossSeries series = MetaLossSeries.of(2, 0, new double[] {1, 0.5, Double.NaN}, 2);

        double[][] xy = Downsampler.minMax(series, 100, 1.0);

        assertThat(xy[1]).containsExactly(1, 0.5);
    }

    @Test
    void smoothingAppliesMovingAverage() {
        MetaLossSeries series = MetaLossSeries.of(3, 0, new double[] {1, 3, 3}, -1);

        double[][] xy = Downsampler.minMax(series, 100, 0.5);

        assertThat(xy[1]).containsExactly(1, 2, 2.5);
    }

    @Test
    void offsetSeriesStartsAtFirstStep() {
        MetaLossSeries series = new MetaLossSeries(4, 0, 300, new double[] {1, 2, 0}, 2, -1);

        double[][] xy = Downsampler.minMax(series, 100, 1.0);

        assertThat(xy[0]).containsExactly(300, 301);
    }

    @Test
    void invalidWeightIsRejected() {
        MetaLossSeries series = MetaLossSeries.of(0, 0, new double[] {1}, -1);

        assertThatThrownBy(() -> Downsampler.minMax(series, 10, 0))
                .hasMessageContaining("emaWeight must be in (0, 1], got 0.0");
    }
}
