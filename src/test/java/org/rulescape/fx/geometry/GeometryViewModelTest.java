package org.rulescape.fx.geometry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rulescape.core.analysis.GeometryFiles;
import org.rulescape.core.experiment.TrainingJob;
import org.rulescape.core.model.Regime;
import org.rulescape.figures.charts.GeometryChart;
import org.rulescape.fx.app.SameThreadBackgroundTasks;

class GeometryViewModelTest {
    @TempDir
    static Path folder;
    static Path run;

    private static final String STORED_SUMMARY = "{\"stored_by\": \"rulescape analyze\"}\n";

    @BeforeAll
    static void trainDebugRun() throws Exception {
        run = folder.resolve("debug");
        TrainingJob.start(Regime.DEBUG.config(), run, 2, null).await();
    }

    @Test
    void showingRunAnalysesAndBuildsCharts() {
        GeometryViewModel model = new GeometryViewModel(new SameThreadBackgroundTasks());

        model.show(run);

        assertThat(model.reportProperty().get()).isNotNull();
        assertThat(model.chartsProperty().get()).containsKeys(GeometryViewModel.SEED_BARS,
                GeometryViewModel.HEAT_MAP, GeometryViewModel.SCREE, GeometryViewModel.PROJECTION,
                GeometryViewModel.OVER_TIME);
        assertThat(model.summaryProperty().get()).contains("D90 =").contains("null");
        assertThat(model.statusProperty().get()).contains("3 seeds analyzed");
        assertThat(GeometryFiles.folder(run).resolve("summary.json")).exists();
    }

    @Test
    void chartsUseFlatBarsViridisAndNamedBrackets() {
        GeometryViewModel model = new GeometryViewModel(new SameThreadBackgroundTasks());

        model.show(run);

        var charts = model.chartsProperty().get();
        String scree = charts.get(GeometryViewModel.SCREE).chart().getTitle().getText();
        assertThat(scree).contains("(bootstrap range ").containsPattern("null \\d+ \\[\\d+, \\d+\\]: (below|within|above) null");
        assertThat(scree).doesNotContain("PC1");
        assertThat(charts.get(GeometryViewModel.SCREE).statistics()).contains("PC1").contains("bootstrap range");
        var bars = (org.jfree.chart.renderer.category.BarRenderer)
                charts.get(GeometryViewModel.SEED_BARS).chart().getCategoryPlot().getRenderer();
        assertThat(bars.getBarPainter()).isInstanceOf(org.jfree.chart.renderer.category.StandardBarPainter.class);
        assertThat(bars.getShadowsVisible()).isFalse();
        assertThat(charts.get(GeometryViewModel.SEED_BARS).chart().getTitle().getText()).doesNotContain("[");
        var heat = charts.get(GeometryViewModel.HEAT_MAP).chart().getXYPlot();
        var blocks = (org.jfree.chart.renderer.xy.XYBlockRenderer) heat.getRenderer();
        assertThat(blocks.getPaintScale()).isInstanceOf(org.rulescape.figures.charts.AnchoredPaintScale.class);
        assertThat(heat.getDomainAxis().getRange()).isEqualTo(new org.jfree.data.Range(-0.5, 2.5));
        assertThat(model.runDirectory()).isEqualTo(run);
    }

    @Test
    void openingRunKeepsStoredAnalysis() throws IOException {
        Path copy = copyWithStoredSummary("kept");
        GeometryViewModel model = new GeometryViewModel(new SameThreadBackgroundTasks());

        model.show(copy);
        model.includeDivergedProperty().set(true);

        assertThat(model.reportProperty().get()).isNotNull();
        assertThat(model.chartsProperty().get()).containsKey(GeometryViewModel.SCREE);
        assertThat(GeometryFiles.folder(copy).resolve("summary.json")).hasContent(STORED_SUMMARY);
        try (Stream<Path> files = Files.list(GeometryFiles.folder(copy))) {
            assertThat(files.map(file -> file.getFileName().toString())).containsExactly("summary.json");
        }
        assertThat(model.statusProperty().get()).contains("is unchanged");
    }

    @Test
    void analyseAgainReplacesStoredAnalysis() throws IOException {
        Path copy = copyWithStoredSummary("replaced");
        GeometryViewModel model = new GeometryViewModel(new SameThreadBackgroundTasks());
        model.show(copy);

        model.analyze();

        assertThat(Files.readString(GeometryFiles.folder(copy).resolve("summary.json"))).isNotEqualTo(STORED_SUMMARY);
        assertThat(GeometryFiles.folder(copy).resolve("seeds.csv")).exists();
        assertThat(model.statusProperty().get()).contains("stored in");
    }

    /** Copies the trained run (without analyses) and gives it a stand-in stored summary.json. */
    private static Path copyWithStoredSummary(String name) throws IOException {
        Path copy = folder.resolve(name);
        try (Stream<Path> files = Files.walk(run)) {
            for (Path file : files.toList()) {
                Path relative = run.relativize(file);
                if (relative.getNameCount() > 0 && relative.getName(0).toString().equals("analysis")) {
                    continue;
                }
                Path target = copy.resolve(relative.toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        Files.createDirectories(GeometryFiles.folder(copy));
        Files.writeString(GeometryFiles.folder(copy).resolve("summary.json"), STORED_SUMMARY);
        return copy;
    }

    @Test
    void alignedSwitchRedrawsHeatMap() {
        GeometryViewModel model = new GeometryViewModel(new SameThreadBackgroundTasks());
        model.show(run);
        String raw = model.chartsProperty().get().get(GeometryViewModel.HEAT_MAP).chart().getTitle().getText();

        model.alignedProperty().set(true);

        GeometryChart aligned = model.chartsProperty().get().get(GeometryViewModel.HEAT_MAP);
        assertThat(raw).startsWith("raw distances: mean").contains("(initial");
        assertThat(aligned.chart().getTitle().getText()).startsWith("aligned distances: mean");
        assertThat(aligned.data().rowCount()).isEqualTo(9);
    }

    @Test
    void projectionNeedsResolvedComponents() {
        GeometryViewModel model = new GeometryViewModel(new SameThreadBackgroundTasks());
        model.show(run);

        model.secondComponentProperty().set(5);

        assertThat(model.resolvedComponents()).isEqualTo(2);
        assertThat(model.chartsProperty().get()).doesNotContainKey(GeometryViewModel.PROJECTION);
    }

    @Test
    void missingRunShowsMessage() {
        GeometryViewModel model = new GeometryViewModel(new SameThreadBackgroundTasks());

        model.show(folder.resolve("absent"));

        assertThat(model.reportProperty().get()).isNull();
        assertThat(model.statusProperty().get()).startsWith("Cannot analyze absent");
    }
}
