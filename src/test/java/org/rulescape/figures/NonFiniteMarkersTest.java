package org.rulescape.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;

class NonFiniteMarkersTest {

    private static final double[] STEPS = {0, 1, 2, 3, 4, 5};

    @Test
    void nonFiniteValuesBecomeGapsAndOneMark() {
        NonFiniteMarkers markers = new NonFiniteMarkers();

        XYSeries series = markers.finiteSeries("seed 1", STEPS,
                new double[] {3, 2, Double.NaN, Double.POSITIVE_INFINITY, 1, Double.NEGATIVE_INFINITY});

        assertThat(series.getItemCount()).isEqualTo(6);
        assertThat(series.getY(2).doubleValue()).isNaN();
        assertThat(series.getY(3).doubleValue()).isNaN();
        assertThat(series.getY(5).doubleValue()).isNaN();
        assertThat(series.getY(4).doubleValue()).isEqualTo(1.0);
        assertThat(markers.nonFiniteCount()).isEqualTo(3);
        assertThat(markers.markCount()).isEqualTo(2);
    }

    @Test
    void marksSitAtLastFiniteValue() {
        NonFiniteMarkers markers = new NonFiniteMarkers();
        XYSeriesCollection lines = new XYSeriesCollection(markers.finiteSeries("seed 1", STEPS,
                new double[] {3, 2, Double.NaN, Double.NaN, Double.NaN, Double.NaN}));
        XYPlot plot = new XYPlot(lines, new NumberAxis(), new NumberAxis(), new XYLineAndShapeRenderer());

        markers.addTo(plot);

        XYSeriesCollection marks = (XYSeriesCollection) plot.getDataset(1);
        assertThat(marks.getSeriesKey(0)).isEqualTo(NonFiniteMarkers.LEGEND_LABEL + " (1)");
        assertThat(marks.getXValue(0, 0)).isEqualTo(2.0);
        assertThat(marks.getYValue(0, 0)).isEqualTo(2.0);
        assertThat(plot.getRenderer(1).getSeriesPaint(0)).isEqualTo(ChartStyle.ACCENT);
        assertThat(plot.getRangeAxis().getRange().getUpperBound()).isFinite();
    }

    @Test
    void seriesWithoutFiniteValueGetsLine() {
        NonFiniteMarkers markers = new NonFiniteMarkers();
        XYSeriesCollection lines = new XYSeriesCollection(markers.finiteSeries("seed 7", STEPS,
                new double[] {Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN}));
        XYPlot plot = new XYPlot(lines, new NumberAxis(), new NumberAxis(), new XYLineAndShapeRenderer());

        markers.addTo(plot);

        assertThat(plot.getDomainMarkers(Layer.FOREGROUND)).hasSize(1);
        ValueMarker line = (ValueMarker) plot.getDomainMarkers(Layer.FOREGROUND).iterator().next();
        assertThat(line.getLabel()).isEqualTo("seed 7: no finite values");
        assertThat(markers.markCount()).isZero();
    }

    @Test
    void finiteSeriesAddsNothing() {
        NonFiniteMarkers markers = new NonFiniteMarkers();
        XYSeriesCollection lines = new XYSeriesCollection(markers.finiteSeries("seed 1", STEPS, STEPS));
        XYPlot plot = new XYPlot(lines, new NumberAxis(), new NumberAxis(), new XYLineAndShapeRenderer());

        markers.addTo(plot);

        assertThat(plot.getDatasetCount()).isEqualTo(1);
        assertThat(plot.getDomainMarkers(Layer.FOREGROUND)).isNull();
    }

    @Test
    void unequalLengthsAreRejected() {
        assertThatThrownBy(() -> new NonFiniteMarkers().finiteSeries("seed 1", STEPS, new double[2]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("6 x values but 2 y values");
    }
}
