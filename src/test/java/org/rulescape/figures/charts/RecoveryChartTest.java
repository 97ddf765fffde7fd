package org.rulescape.figures.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.rulescape.core.analysis.perturbation.TrialSpec;
import org.rulescape.figures.export.FigureData;

class RecoveryChartTest {
    private static final List<RecoveryCurve> CURVES = List.of(
            new RecoveryCurve(TrialSpec.control(), new double[] {0, 0.1, 0.2}, true),
            new RecoveryCurve(new TrialSpec(0, 0.5, 0), new double[] {0.5, 0.6, 0.7}, true),
            new RecoveryCurve(new TrialSpec(0, 0.5, 1), new double[] {0.5, 0.4, 0.3}, true));

    @Test
    void chartHasBandTrialsAndControl() {
        RecoveryChart chart = new RecoveryChart();
        chart.setCurves(CURVES);
        XYPlot plot = chart.chart().getXYPlot();

        assertThat(plot.getDataset(0).getSeriesCount()).as("bands").isEqualTo(1);
        assertThat(plot.getDataset(1).getSeriesCount()).as("trials").isEqualTo(2);
        assertThat(plot.getDataset(2).getSeriesCount()).as("control").isEqualTo(1);
        assertThat(plot.getRangeMarkers(org.jfree.chart.ui.Layer.FOREGROUND)).hasSize(1);
    }

    @Test
    void settingCurvesAgainReplacesThem() {
        RecoveryChart chart = new RecoveryChart();
        chart.setCurves(CURVES);
        chart.setCurves(CURVES.subList(0, 2));

        assertThat(chart.chart().getXYPlot().getDataset(1).getSeriesCount()).isEqualTo(1);
    }

    @Test
    void dataHoldsEveryPointWithBand() {
        FigureData data = RecoveryChart.data(CURVES);

        assertThat(data.rowCount()).isEqualTo(9);
        assertThat(data.column("distance")).containsExactly(0, 0.1, 0.2, 0.5, 0.6, 0.7, 0.5, 0.4, 0.3);
        assertThat(data.column("band_mean")[4]).isEqualTo(0.5);
        assertThat(Double.isNaN(data.column("band_mean")[0])).as("control has no band").isTrue();
    }

    @Test
    void emptyChartIsValid() {
        JFreeChart chart = new RecoveryChart().chart();
        chart.getXYPlot().getDataset(0);

        assertThat(RecoveryChart.data(List.of()).rowCount()).isZero();
    }
}
