package org.rulescape.figures.charts;

import static org.assertj.core.api.Assertions.assertThat;

import org.jfree.data.xy.DefaultXYDataset;
import org.junit.jupiter.api.Test;

class LossToolTipsTest {

    @Test
    void fourSignificantDigits() {
        assertThat(LossToolTips.fourDigits(0.123456)).isEqualTo("0.1235");
        assertThat(LossToolTips.fourDigits(26.8249)).isEqualTo("26.82");
        assertThat(LossToolTips.fourDigits(9.99996)).isEqualTo("10.00");
        assertThat(LossToolTips.fourDigits(1234.5)).isEqualTo("1235");
        assertThat(LossToolTips.fourDigits(0.00012345)).isEqualTo("1.235e-4");
        assertThat(LossToolTips.fourDigits(-52345.0)).isEqualTo("-5.235e4");
        assertThat(LossToolTips.fourDigits(Double.NaN)).isEqualTo("NaN");
    }

    @Test
    void tooltipNamesSeedStepAndValue() {
        DefaultXYDataset dataset = new DefaultXYDataset();
        dataset.addSeries("seed 3", new double[][] {{120}, {0.5}});

        assertThat(new LossToolTips().generateToolTip(dataset, 0, 0)).isEqualTo("seed 3: step 120, meta-loss 0.5000");
    }
}
