package org.rulescape.fx.geometry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
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
        assertThat(model.statusProperty().get()).contains("3 seeds analysed");
        assertThat(GeometryFiles.folder(run).resolve("summary.json")).exists();
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
        assertThat(model.statusProperty().get()).startsWith("Cannot analyse absent");
    }
}
