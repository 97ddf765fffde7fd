package org.rulescape.figures.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.junit.jupiter.api.Test;
import org.rulescape.figures.ChartStyle;
import org.rulescape.figures.export.FigureData;

class MetaLossChartTest {

    private static final List<MetaLossSeries> SERIES = List.of(
            MetaLossSeries.of(0, 0, new double[] {1.0, 0.5, 0.25}, -1),
            MetaLossSeries.of(1, 1, new double[] {1.0, 2.0, Double.POSITIVE_INFINITY}, 2));

    @Test
    void chartHasOneSeriesPerSeedInSeedColours() {
        JFreeChart chart = MetaLossChart.of(SERIES, true);
        XYPlot plot = chart.getXYPlot();

        assertThat(plot.getDataset().getSeriesCount()).isEqualTo(2);
        assertThat(plot.getDataset().getSeriesKey(1)).isEqualTo("seed 1");
        assertThat(plot.getRenderer().getSeriesPaint(0)).isEqualTo(ChartStyle.seedColor(0));
        assertThat(plot.getRenderer().getSeriesPaint(1)).isEqualTo(ChartStyle.seedColor(1));
    }

    @Test
    void yAxisIsLogScaleByDefaultAndSwitches() {
        MetaLossChart chart = new MetaLossChart();
        assertThat(chart.chart().getXYPlot().getRangeAxis()).isInstanceOf(LogAxis.class);

        chart.setLogScale(false);

        assertThat(chart.chart().getXYPlot().getRangeAxis()).isInstanceOf(NumberAxis.class);
    }

    @Test
    void divergedSeedGetsMarkerAtItsStep() {
        JFreeChart chart = MetaLossChart.of(SERIES, true);

        var markers = chart.getXYPlot().getDomainMarkers(Layer.FOREGROUND);

        assertThat(markers).hasSize(1);
        ValueMarker marker = (ValueMarker) markers.iterator().next();
        assertThat(marker.getValue()).isEqualTo(2.0);
        assertThat(marker.getLabel()).isEqualTo("seed 1 diverged at step 2");
    }

    @Test
    void hiddenSeriesStayHidden() {
        MetaLossChart chart = new MetaLossChart();
        chart.setSeries(SERIES, 100, 1.0);

        chart.setSeriesVisible(1, false);
        chart.setSeries(SERIES, 100, 1.0);

        assertThat(chart.isSeriesVisible(1)).isFalse();
        assertThat(chart.isSeriesVisible(0)).isTrue();
    }

    @Test
    void hiddenSeedKeepsGreyLegendEntry() {
        MetaLossChart chart = new MetaLossChart();
        chart.setSeries(SERIES, 100, 1.0);

        chart.setSeriesVisible(1, false);
        chart.setSeries(SERIES, 100, 1.0);
        LegendItemCollection items = chart.chart().getXYPlot().getLegendItems();

        assertThat(items.getItemCount()).isEqualTo(SERIES.size());
        LegendItem hidden = items.get(1);
        assertThat(hidden.getSeriesKey()).isEqualTo(items.get(1).getLabel());
        assertThat(hidden.getLabelPaint()).isNotEqualTo(items.get(0).getLinePaint());
        assertThat(hidden.getLinePaint()).isNotEqualTo(ChartStyle.seedColor(1));
    }

    @Test
    void dataHoldsFullResolutionIncludingNonFinite() {
        FigureData data = MetaLossChart.data(SERIES);

        assertThat(data.rowCount()).isEqualTo(6);
        assertThat(data.column("seed")).containsExactly(0, 0, 0, 1, 1, 1);
        assertThat(data.column("step")).containsExactly(0, 1, 2, 0, 1, 2);
        assertThat(data.column("meta_loss")[5]).isEqualTo(Double.POSITIVE_INFINITY);
    }
}
