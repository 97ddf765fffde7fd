package org.rulescape.figures.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.Test;
import org.rulescape.core.analysis.GeometryAnalysis;
import org.rulescape.core.analysis.GeometryOptions;
import org.rulescape.core.analysis.GeometryReport;
import org.rulescape.core.analysis.SeedSelection;
import org.rulescape.core.analysis.perturbation.PerturbationStudy;
import org.rulescape.core.experiment.SeedResult;
import org.rulescape.core.experiment.SeedState;
import org.rulescape.core.model.AlphaLayout;
import org.rulescape.core.model.ExperimentConfig;
import org.rulescape.core.model.Regime;
import org.rulescape.core.store.Provenance;
import org.rulescape.core.store.RunState;
import org.rulescape.core.store.StoredRun;
import org.rulescape.core.store.StoredSeed;
import org.rulescape.figures.export.RunFigures.Analysis;

class RunFiguresTest {
    private static final int STEPS = 20;
    private static final Analysis<PerturbationStudy> NO_STUDY = Analysis.missing("not computed in this test.");

    /** Four seeds of random alphas; seed 3 diverges at meta-step 5. */
    private static StoredRun runWithDivergedSeed() {
        ExperimentConfig config = Regime.DEBUG.config().toBuilder().metaSteps(STEPS).seedCount(4).build();
        int size = AlphaLayout.size(config.optHidden());
        Random random = new Random(1);
        List<StoredSeed> seeds = new ArrayList<>();
        for (long seed = 0; seed < 4; seed++) {
            boolean diverges = seed == 3;
            double[] loss = new double[STEPS];
            for (int step = 0; step < STEPS; step++) {
                loss[step] = diverges && step >= 5 ? Double.NaN : 1.0 / (step + 1) + random.nextDouble() * 0.01;
            }
            double[][] snapshots = {randomAlpha(random, size), randomAlpha(random, size)};
            SeedState state = diverges ? SeedState.DIVERGED : SeedState.DONE;
            SeedResult result = new SeedResult(seed, state, STEPS, diverges ? 5 : -1, diverges ? "non-finite" : "",
                    loss, new double[STEPS], new int[] {0, diverges ? 4 : STEPS}, snapshots, 0.1);
            seeds.add(new StoredSeed(seed, state, result, ""));
        }
        return new StoredRun(Path.of("/tmp/run-with-diverged-seed"), 1, RunState.FINISHED, config,
                Provenance.startingNow(), seeds);
    }

    private static double[] randomAlpha(Random random, int size) {
        double[] alpha = new double[size];
        Arrays.setAll(alpha, i -> random.nextGaussian() * 0.1);
        return alpha;
    }

    private static Analysis<GeometryReport> geometry(StoredRun run) {
        return Analysis.of(GeometryAnalysis.analyze(SeedSelection.fromStoredRun(run, false),
                GeometryOptions.defaults().withDraws(50, 50, 20)));
    }

    private static RunFigure find(List<RunFigure> figures, String stem) {
        return figures.stream().filter(figure -> figure.stem().equals(stem)).findFirst().orElseThrow();
    }

    @Test
    void captionsNameDivergedSeed() {
        StoredRun run = runWithDivergedSeed();

        List<RunFigure> figures = RunFigures.build(run, geometry(run), NO_STUDY, true);

        RunFigure loss = find(figures, "meta_loss");
        assertThat(loss.caption()).contains("Seeds drawn: 0, 1, 2, 3.")
                .contains("Diverged (drawn up to divergence, marked): seed 3 at meta-step 5.");
        assertThat(loss.data().nonFiniteCount()).isEqualTo(STEPS - 5);
        RunFigure scree = find(figures, "scree");
        assertThat(scree.skipped()).isFalse();
        assertThat(scree.caption()).contains("Seeds used: 0, 1, 2.").contains("Left out: seed 3 (diverged at meta-step 5).");
        assertThat(scree.data().metadata()).containsEntry("seeds_used", "0, 1, 2");
    }

    @Test
    void projectionExplainsFilledAndHollowMarkers() {
        StoredRun run = runWithDivergedSeed();

        RunFigure projection = find(RunFigures.build(run, geometry(run), NO_STUDY, true), "projection");

        assertThat(projection.caption()).contains("Filled markers are the seeds' final alphas")
                .contains("hollow markers of the same colour and shape are their initial alphas");
        XYPlot plot = projection.chart().getXYPlot();
        List<String> legend = new ArrayList<>();
        for (int i = 0; i < plot.getLegendItems().getItemCount(); i++) {
            legend.add(plot.getLegendItems().get(i).getLabel());
        }
        assertThat(legend).containsExactly("seed 0", "seed 1", "seed 2", "final alpha", "initial alpha");
        assertThat(plot.getLegendItems().get(3).isShapeFilled()).as("final alpha key").isTrue();
        assertThat(plot.getLegendItems().get(4).isShapeFilled()).as("initial alpha key").isFalse();
        XYLineAndShapeRenderer renderer = (XYLineAndShapeRenderer) plot.getRenderer();
        XYDataset points = plot.getDataset();
        for (int series = 0; series < points.getSeriesCount(); series++) {
            String key = points.getSeriesKey(series).toString();
            if (key.endsWith(" initial")) {
                int seedSeries = points.indexOf(key.substring(0, key.length() - " initial".length()));
                assertThat(renderer.getSeriesShapesFilled(series)).as(key).isFalse();
                assertThat(renderer.getSeriesShapesFilled(seedSeries)).as(key).isTrue();
                assertThat(renderer.getSeriesShape(series)).as("%s has its seed's shape", key)
                        .isEqualTo(renderer.getSeriesShape(seedSeries));
            }
        }
    }

    @Test
    void projectionLegendSurvivesExportCopy() {
        StoredRun run = runWithDivergedSeed();
        RunFigure projection = find(RunFigures.build(run, geometry(run), NO_STUDY, true), "projection");

        JFreeChart copy = ChartCopies.copy(projection.chart());

        var items = copy.getXYPlot().getLegendItems();
        for (int i = 0; i < items.getItemCount(); i++) {
            assertThat(items.get(i).getShape()).as(items.get(i).getLabel()).isNotNull();
        }
        BufferedImage image = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        try {
            copy.draw(g2, new Rectangle2D.Double(0, 0, 400, 300));
        } finally {
            g2.dispose();
        }
    }

    @Test
    void seedBarsLabelledByNumber() {
        StoredRun run = runWithDivergedSeed();

        RunFigure norms = find(RunFigures.build(run, geometry(run), NO_STUDY, true), "seed_norms");

        var plot = norms.chart().getCategoryPlot();
        assertThat(plot.getDomainAxis().getLabel()).isEqualTo("seed");
        assertThat(plot.getDataset().getColumnKeys()).containsExactly("0", "1", "2");
    }

    @Test
    void missingAnalysesAreSkippedWithReason() {
        StoredRun run = runWithDivergedSeed();

        List<RunFigure> figures = RunFigures.build(run, Analysis.missing("too few seeds."), NO_STUDY, true);

        assertThat(figures).extracting(RunFigure::stem).containsExactly("meta_loss", "seed_norms",
                "distance_heatmap", "scree", "projection", "d90_over_time", "perturbation_recovery");
        assertThat(figures).filteredOn(RunFigure::skipped).hasSize(6);
        assertThat(find(figures, "projection").caption()).isEqualTo("Not drawn: too few seeds.");
        assertThat(find(figures, "perturbation_recovery").caption()).isEqualTo("Not drawn: not computed in this test.");
    }

    @Test
    void titlesMoveIntoCaptions() {
        StoredRun run = runWithDivergedSeed();
        Analysis<GeometryReport> geometry = geometry(run);
        String chartTitle = find(RunFigures.build(run, geometry, NO_STUDY, true), "seed_norms").chart().getTitle().getText();

        RunFigure norms = find(RunFigures.build(run, geometry, NO_STUDY, false), "seed_norms");

        assertThat(norms.chart().getTitle()).isNull();
        assertThat(norms.caption()).startsWith(Character.toUpperCase(chartTitle.charAt(0)) + chartTitle.substring(1));
    }
}
