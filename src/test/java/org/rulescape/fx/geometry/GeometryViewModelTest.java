package org.rulescape.fx.geometry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.rulescape.core.analysis.BootstrapScheme;
import org.rulescape.core.analysis.GeometryAnalysis;
import org.rulescape.core.analysis.GeometryFiles;
import org.rulescape.core.analysis.GeometryOptions;
import org.rulescape.core.analysis.GeometryReport;
import org.rulescape.core.analysis.SeedSelection;
import org.rulescape.core.experiment.TrainingJob;
import org.rulescape.core.store.RunReader;
import org.rulescape.core.model.Regime;
import org.rulescape.figures.charts.GeometryChart;
import org.rulescape.fx.app.BackgroundTasks;
import org.rulescape.fx.app.SameThreadBackgroundTasks;
import org.rulescape.fx.app.UserFacingException;
import org.rulescape.fx.runs.RunLocations;

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

    @Test
    void openingRunUsesStoredOptions() throws IOException {
        Path copy = copyWithStoredAnalysis("stored-options");
        byte[] stored = Files.readAllBytes(GeometryFiles.summaryFile(copy));
        GeometryViewModel model = new GeometryViewModel(new SameThreadBackgroundTasks());

        model.show(copy);

        GeometryReport shown = model.reportProperty().get();
        assertThat(shown).isNotNull();
        assertThat(shown.options()).isEqualTo(STORED_OPTIONS);
        JsonNode pca = new ObjectMapper().readTree(stored).at("/sets/final/pca");
        assertThat(shown.finals().dimension()).isEqualTo(pca.at("/dimension/value").asInt());
        assertThat(shown.finals().bootstrap().dimension().interval().lower())
                .isEqualTo(pca.at("/dimension/interval/lower").asDouble());
        assertThat(shown.finals().bootstrap().pc1().interval().upper())
                .isEqualTo(pca.at("/pc1/interval/upper").asDouble());
        assertThat(model.summaryProperty().get()).contains("D55 =");
        assertThat(model.statusProperty().get()).contains("with the options of the stored analysis")
                .contains("is unchanged");
        assertThat(model.optionsWarningProperty().get()).isEmpty();
        assertThat(Files.readAllBytes(GeometryFiles.summaryFile(copy))).isEqualTo(stored);
    }

    @Test
    void openingRunUsesStoredSeedSelection() throws IOException {
        Path copy = copyWithoutAnalysis("stored-selection");
        GeometryReport report = GeometryAnalysis.analyze(
                SeedSelection.fromStoredRun(RunReader.read(copy), true, true), STORED_OPTIONS);
        GeometryFiles.write(copy, report);
        GeometryViewModel model = new GeometryViewModel(new SameThreadBackgroundTasks());
        assertThat(model.includeDivergedProperty().get()).isFalse();

        model.show(copy);

        GeometryReport shown = model.reportProperty().get();
        assertThat(shown).isNotNull();
        assertThat(shown.input().includedUnfinished()).isTrue();
        assertThat(shown.input().excludedUnstable()).isTrue();
        assertThat(model.includeDivergedProperty().get()).as("checkbox follows the stored analysis").isTrue();

        model.includeDivergedProperty().set(false);

        assertThat(model.reportProperty().get().input().includedUnfinished()).isFalse();
        assertThat(model.reportProperty().get().input().excludedUnstable()).isTrue();
    }

    @Test
    void analyseAgainKeepsStoredOptions() throws IOException {
        Path copy = copyWithStoredAnalysis("again-options");
        GeometryViewModel model = new GeometryViewModel(new SameThreadBackgroundTasks());
        model.show(copy);

        model.analyze();

        assertThat(model.statusProperty().get()).contains("stored in");
        assertThat(GeometryFiles.readOptions(copy)).contains(STORED_OPTIONS);
    }

    @Test
    void analyseAgainKeepsAnalysisStoredMeanwhile() throws IOException {
        Path copy = copyWithStoredAnalysis("stored-meanwhile");
        GeometryOptions other = STORED_OPTIONS.withAnalysisSeed(9);
        InterleavingTasks tasks = new InterleavingTasks();
        GeometryViewModel model = new GeometryViewModel(tasks);
        model.show(copy);
        tasks.atFirstProgress = () -> store(copy, other);

        model.analyze();

        assertThat(model.reportProperty().get().options()).isEqualTo(STORED_OPTIONS);
        assertThat(GeometryFiles.readOptions(copy)).as("the analysis stored meanwhile stays").contains(other);
        assertThat(model.statusProperty().get()).contains("is unchanged");
    }

    @Test
    void unreadableOptionsShowWarningAndDefaults() throws IOException {
        Path copy = copyWithStoredSummary("unreadable-options");
        GeometryViewModel model = new GeometryViewModel(new SameThreadBackgroundTasks());

        model.show(copy);

        assertThat(model.reportProperty().get().options()).isEqualTo(GeometryOptions.defaults());
        assertThat(model.statusProperty().get()).contains("with the default options");
        assertThat(model.optionsWarningProperty().get()).startsWith("Warning: this tab uses the default")
                .contains(GeometryFiles.summaryFile(copy).toString()).contains("missing field 'format_version'");
        assertThat(GeometryFiles.summaryFile(copy)).hasContent(STORED_SUMMARY);

        model.show(run);

        assertThat(model.optionsWarningProperty().get()).as("cleared for a readable run").isEmpty();
    }

    /** Options of the analysis stored by {@link #copyWithStoredAnalysis}; every one differs from its default. */
    private static final GeometryOptions STORED_OPTIONS = new GeometryOptions(5L, 200, 100, 20, 0.55, 0.8, 0.5,
            BootstrapScheme.RESAMPLE, 4);

    /** Copies the trained run and stores an analysis made with {@link #STORED_OPTIONS} in it. */
    private static Path copyWithStoredAnalysis(String name) throws IOException {
        Path copy = copyWithoutAnalysis(name);
        store(copy, STORED_OPTIONS);
        return copy;
    }

    /** Analyzes {@code runDirectory} with {@code options} and stores the result, as `rulescape analyze` does. */
    private static void store(Path runDirectory, GeometryOptions options) {
        try {
            GeometryReport report = GeometryAnalysis.analyze(
                    SeedSelection.fromStoredRun(RunReader.read(runDirectory), false), options);
            GeometryFiles.write(runDirectory, report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs each job on the calling thread, like {@link SameThreadBackgroundTasks}, and runs
     * {@link #atFirstProgress} once at the next progress update, to act while an analysis runs.
     */
    private static final class InterleavingTasks implements BackgroundTasks {
        Runnable atFirstProgress;

        @Override
        public <T> TaskHandle run(String title, BackgroundJob<T> job, Consumer<? super T> onSuccess,
                Consumer<? super Throwable> onFailure) {
            TaskProgress progress = new TaskProgress() {
                @Override
                public void update(double fraction, String message) {
                    Runnable action = atFirstProgress;
                    atFirstProgress = null;
                    if (action != null) {
                        action.run();
                    }
                }

                @Override
                public void onCancel(Runnable action) {
                }

                @Override
                public boolean isCancelled() {
                    return false;
                }
            };
            try {
                onSuccess.accept(job.call(progress));
            } catch (Exception e) {
                onFailure.accept(e);
            }
            return new TaskHandle() {
                @Override
                public void cancel() {
                }

                @Override
                public boolean isDone() {
                    return true;
                }
            };
        }
    }

    /** Copies the trained run (without analyses) and gives it a stand-in stored summary.json. */
    private static Path copyWithStoredSummary(String name) throws IOException {
        Path copy = copyWithoutAnalysis(name);
        Files.createDirectories(GeometryFiles.folder(copy));
        Files.writeString(GeometryFiles.folder(copy).resolve("summary.json"), STORED_SUMMARY);
        return copy;
    }

    /** Copies the trained run without its analyses. */
    private static Path copyWithoutAnalysis(String name) throws IOException {
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
    void sampleRunAnalyzeAgainStoresNothing() throws IOException {
        Path copy = copyWithStoredSummary("sample-again");
        GeometryViewModel model = new GeometryViewModel(new SameThreadBackgroundTasks(), copy::equals);
        model.show(copy);

        model.analyze();

        assertThat(model.reportProperty().get()).as("the new analysis is shown").isNotNull();
        assertThat(GeometryFiles.folder(copy).resolve("summary.json")).hasContent(STORED_SUMMARY);
        try (Stream<Path> files = Files.list(GeometryFiles.folder(copy))) {
            assertThat(files.map(file -> file.getFileName().toString())).containsExactly("summary.json");
        }
        assertThat(model.statusProperty().get()).contains("nothing is stored into a sample run")
                .doesNotContain("Analyze again replaces");
        assertThat(model.readOnlyNoteProperty().get()).isEqualTo(RunLocations.SAMPLE_RUN_NOTE);
    }

    @Test
    void sampleRunWithoutAnalysisStoresNothing() throws IOException {
        Path copy = copyWithoutAnalysis("sample-fresh");
        GeometryViewModel model = new GeometryViewModel(new SameThreadBackgroundTasks(), copy::equals);

        model.show(copy);

        assertThat(model.chartsProperty().get()).containsKey(GeometryViewModel.SCREE);
        assertThat(copy.resolve("analysis")).doesNotExist();

        model.show(run);

        assertThat(model.readOnlyNoteProperty().get()).as("cleared for a run of the user").isEmpty();
    }

    @Test
    void tooFewSeedsIsUserFacing() throws Exception {
        Path twoSeeds = folder.resolve("two-seeds");
        TrainingJob.start(Regime.DEBUG.config().toBuilder().seedCount(2).build(), twoSeeds, 2, null).await();
        java.util.List<Throwable> failures = new java.util.ArrayList<>();
        BackgroundTasks recording = new BackgroundTasks() {
            private final SameThreadBackgroundTasks tasks = new SameThreadBackgroundTasks();

            @Override
            public <T> TaskHandle run(String title, BackgroundJob<T> job, Consumer<? super T> onSuccess,
                    Consumer<? super Throwable> onFailure) {
                return tasks.run(title, job, onSuccess, error -> {
                    failures.add(error);
                    onFailure.accept(error);
                });
            }
        };
        GeometryViewModel model = new GeometryViewModel(recording);

        model.show(twoSeeds);

        assertThat(failures).singleElement().isInstanceOf(UserFacingException.class);
        assertThat(failures.get(0).getMessage()).contains("at least 3 usable seeds, found 2");
        assertThat(model.statusProperty().get()).startsWith("Cannot analyze two-seeds: ")
                .contains("at least 3 usable seeds");
    }

    @Test
    void missingRunShowsMessage() {
        GeometryViewModel model = new GeometryViewModel(new SameThreadBackgroundTasks());

        model.show(folder.resolve("absent"));

        assertThat(model.reportProperty().get()).isNull();
        assertThat(model.statusProperty().get()).startsWith("Cannot analyze absent");
    }
}
