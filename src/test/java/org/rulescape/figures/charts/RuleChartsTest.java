package org.rulescape.figures.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Random;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.PaintScaleLegend;
import org.junit.jupiter.api.Test;
import org.rulescape.core.analysis.rule.ProbeSet;
import org.rulescape.core.analysis.rule.ReferenceRates;
import org.rulescape.core.analysis.rule.RuleAnalysis;
import org.rulescape.core.analysis.rule.RuleAnalysisResult;
import org.rulescape.core.analysis.rule.RuleMaps;
import org.rulescape.core.analysis.rule.RuleSeed;

class RuleChartsTest {
    private static final ProbeSet PROBE = ProbeSet.defaults(10);

    @Test
    void divergingScaleIsWhiteAtZero() {
        AnchoredPaintScale scale = AnchoredPaintScale.diverging(2.0);

        assertThat(scale.getPaint(0.0)).isEqualTo(new Color(0xF7F7F7));
        assertThat(scale.getPaint(-5.0)).isEqualTo(new Color(0x2166AC));
        assertThat(scale.getPaint(5.0)).isEqualTo(new Color(0xB2182B));
        assertThat(scale.getPaint(Double.NaN)).isEqualTo(AnchoredPaintScale.NAN_COLOR);
    }

    @Test
    void momentumMapRendersBlueAboveRedBelow() {
        double[] map = RuleMaps.momentum(PROBE, 0.5);
        RuleFigure figure = RuleCharts.ruleMap("momentum", "momentum_map", PROBE, map, 0.5);

        BufferedImage image = figure.chart().createBufferedImage(500, 440);
        XYPlot plot = figure.chart().getXYPlot();
        var info = new org.jfree.chart.ChartRenderingInfo();
        figure.chart().createBufferedImage(500, 440, info);
        var area = info.getPlotInfo().getDataArea();
        Color top = new Color(image.getRGB((int) area.getCenterX(), (int) (area.getMinY() + 3)));
        Color bottom = new Color(image.getRGB((int) area.getCenterX(), (int) (area.getMaxY() - 3)));

        // delta = -0.5 m: negative (blue) at m = 1 at the top, positive (red) at m = -1 at the bottom.
        assertThat(top.getBlue()).isGreaterThan(top.getRed());
        assertThat(bottom.getRed()).isGreaterThan(bottom.getBlue());
        assertThat(plot.getDomainAxis().getLabel()).isEqualTo("gradient g");
        assertThat(figure.chart().getSubtitles()).anyMatch(PaintScaleLegend.class::isInstance);
        assertThat(figure.data().rowCount()).isEqualTo(41 * 41);
        assertThat(figure.data().column("delta")).containsExactly(map);
    }

    @Test
    void standardFiguresShareColourBound() {
        Random random = new Random(2);
        double[] alpha = new double[81];
        for (int i = 0; i < alpha.length; i++) {
            alpha[i] = 0.3 * random.nextGaussian();
        }
        RuleAnalysisResult result = RuleAnalysis.analyze(List.of(new RuleSeed(0, alpha), new RuleSeed(1, alpha.clone())),
                PROBE, List.of());

        var figures = RuleFigures.forSeed(result, 0, 5, ReferenceRates.fixed(0.1));

        double ruleBound = bound(figures.get(RuleFigures.RULE_MAP));
        assertThat(bound(figures.get(RuleFigures.SGD_MAP))).isEqualTo(ruleBound);
        assertThat(bound(figures.get(RuleFigures.MOMENTUM_MAP))).isEqualTo(ruleBound);
        assertThat(figures.get(RuleFigures.FUNCTION_DISTANCES).data().column("distance")).containsOnly(0.0);
        assertThat(figures.get(RuleFigures.PROFILE_DIAGONAL).data().columnNames())
                .containsExactly("g", "seed_0", "seed_1", "sgd", "momentum");
    }

    @Test
    void mismatchedMapRejected() {
        assertThatThrownBy(() -> RuleCharts.ruleMap("x", "x", PROBE, new double[10], 1.0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("41 x 41");
    }

    @Test
    void tickStepIsRound() {
        assertThat(HeatMaps.tickStep(2.0)).isEqualTo(0.25);
        assertThat(HeatMaps.tickStep(8.0)).isEqualTo(1.0);
        assertThat(HeatMaps.tickStep(0.6)).isEqualTo(0.1);
    }

    private static double bound(RuleFigure figure) {
        return Double.parseDouble(figure.data().metadata().get("colour_bound"));
    }
}
