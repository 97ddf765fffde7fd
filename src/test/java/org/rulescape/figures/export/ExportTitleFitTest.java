package org.rulescape.figures.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;

class ExportTitleFitTest {
    private static final String LONG_TITLE = "final: D90 = 8 (bootstrap range 4-7), null 8 [7, 8]: within null";

    private static JFreeChart printCopy(String title, FigureSize size) {
        JFreeChart chart = ChartFactory.createXYLineChart(title, "x", "y", new XYSeriesCollection());
        JFreeChart print = PrintStyle.printCopy(chart, size.fontSize());
        TitleFit.fitToWidth(print, size.widthPoints() - size.fontSize() - 2);
        return print;
    }

    @Test
    void longTitleShrinksToOneLineAtSingleColumn() {
        FigureSize size = FigureSize.singleColumn();

        JFreeChart print = printCopy(LONG_TITLE, size);

        double width = TitleFit.textWidth(LONG_TITLE, print.getTitle().getFont());
        assertThat(width).isLessThanOrEqualTo(TitleFit.FILL * (size.widthPoints() - size.fontSize() - 2));
        assertThat(print.getTitle().getFont().getSize2D()).isGreaterThanOrEqualTo(TitleFit.MIN_POINTS);
    }

    @Test
    void shortTitleKeepsPrintSize() {
        FigureSize size = FigureSize.singleColumn();
        JFreeChart reference = PrintStyle.printCopy(
                ChartFactory.createXYLineChart("scree", "x", "y", new XYSeriesCollection()), size.fontSize());

        JFreeChart print = printCopy("scree", size);

        assertThat(print.getTitle().getFont()).isEqualTo(reference.getTitle().getFont());
    }

    @Test
    void titleTooLongForMinimumSizeIsLimitedToOneLine() {
        FigureSize size = FigureSize.singleColumn();

        JFreeChart print = printCopy(LONG_TITLE.repeat(4), size);

        assertThat(print.getTitle().getFont().getSize2D()).isEqualTo(TitleFit.MIN_POINTS);
        assertThat(print.getTitle().getMaximumLinesToDisplay()).isEqualTo(1);
    }
}
