package org.rulescape.fx.geometry;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import org.rulescape.core.analysis.GeometryAnalysis;
import org.rulescape.core.analysis.GeometryFiles;
import org.rulescape.core.analysis.GeometryInput;
import org.rulescape.core.analysis.GeometryOptions;
import org.rulescape.core.analysis.GeometryReport;
import org.rulescape.core.analysis.GeometryReportText;
import org.rulescape.core.analysis.PcaResult;
import org.rulescape.core.analysis.SeedSelection;
import org.rulescape.core.analysis.StoredGeometryOptions;
import org.rulescape.core.experiment.CancellationToken;
import org.rulescape.core.store.RunReader;
import org.rulescape.figures.charts.GeometryChart;
import org.rulescape.figures.charts.GeometryCharts;
import org.rulescape.fx.app.BackgroundTasks;
import org.rulescape.fx.app.UserFacingException;
import org.rulescape.fx.runs.RunLocations;

/**
 * State of the Geometry tab: the analyzed run, the report, the chart choices and the charts.
 * Reading the run, the analysis and storing its files run through {@link BackgroundTasks};
 * results of a superseded request are dropped. Charts are rebuilt on the FX thread from the
 * finished report, which is cheap. Use on the FX thread.
 *
 * <p>Opening a run or switching "include diverged" analyses in memory for display, with the
 * options of the analysis stored under {@code RUN/analysis/geometry/}. The defaults replace them
 * when none is stored, or when they cannot be read, and then {@link #optionsWarningProperty()}
 * contains a warning.
 * The files there are written only when that folder has no {@code summary.json} yet, or by
 * {@link #analyze()} ("Analyze again"), so opening a run never replaces the analysis that
 * {@code rulescape analyze} stored. A read-only run (a sample run that ships with Rulescape) is
 * never written: its analysis, "Analyze again" included, is shown from memory, and
 * {@link #readOnlyNoteProperty()} states that.
 */
public final class GeometryViewModel {
    /** Keys of {@link #chartsProperty()}. */
    public static final String SEED_BARS = "seed-bars";
    public static final String HEAT_MAP = "heat-map";
    public static final String SCREE = "scree";
    public static final String PROJECTION = "projection";
    public static final String OVER_TIME = "over-time";

    private final BackgroundTasks tasks;
    private final Predicate<Path> readOnlyRuns;
    private final ReadOnlyObjectWrapper<GeometryReport> report = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Map<String, GeometryChart>> charts = new ReadOnlyObjectWrapper<>(Map.of());
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Select a run to see its geometry.");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper optionsWarning = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper readOnlyNote = new ReadOnlyStringWrapper("");
    private final BooleanProperty includeDiverged = new SimpleBooleanProperty(false);
    private final BooleanProperty aligned = new SimpleBooleanProperty(false);
    private final BooleanProperty showInitial = new SimpleBooleanProperty(true);
    private final BooleanProperty showTrajectories = new SimpleBooleanProperty(false);
    private final IntegerProperty firstComponent = new SimpleIntegerProperty(0);
    private final IntegerProperty secondComponent = new SimpleIntegerProperty(1);

    private Path directory;
    private long generation;
    /** True while the checkbox is set to the stored analysis's seed selection, which starts no analysis. */
    private boolean showingStoredSelection;
    private BackgroundTasks.TaskHandle running;

    /** Creates a view model that may store analyses into every run it shows. */
    public GeometryViewModel(BackgroundTasks tasks) {
        this(tasks, directory -> false);
    }

    /**
     * Creates the view model.
     *
     * @param readOnlyRuns true for a run directory that must not be written, such as a sample run;
     *                     its analyses are shown but never stored
     */
    public GeometryViewModel(BackgroundTasks tasks, Predicate<Path> readOnlyRuns) {
        this.tasks = tasks;
        this.readOnlyRuns = readOnlyRuns;
        includeDiverged.addListener((obs, old, now) -> {
            if (!showingStoredSelection) {
                start(false, false);
            }
        });
        aligned.addListener((obs, old, now) -> redraw());
        showInitial.addListener((obs, old, now) -> redraw());
        showTrajectories.addListener((obs, old, now) -> redraw());
        firstComponent.addListener((obs, old, now) -> redraw());
        secondComponent.addListener((obs, old, now) -> redraw());
    }

    /**
     * Analyses the run in {@code runDirectory} in the background, or clears the tab when it is
     * null. Stores the analysis only when the run has none stored yet.
     */
    public void show(Path runDirectory) {
        directory = runDirectory;
        readOnlyNote.set(isReadOnly() ? RunLocations.SAMPLE_RUN_NOTE : "");
        start(false, true);
    }

    /** Returns whether the shown run is read-only (a sample run), so that nothing is stored into it. */
    public boolean isReadOnly() {
        return directory != null && readOnlyRuns.test(directory);
    }

    /** Note shown while the shown run is read-only, empty otherwise. */
    public ReadOnlyStringProperty readOnlyNoteProperty() {
        return readOnlyNote.getReadOnlyProperty();
    }

    /** The run shown, or null when none is selected. */
    public Path runDirectory() {
        return directory;
    }

    /**
     * Runs the analysis of the shown run again, for example after more seeds finished, and
     * replaces the stored analysis files with its result ("Analyze again"). The options are read
     * from the stored analysis again first, so the replacement keeps them, and the files are left
     * unchanged if another analysis with other options was stored meanwhile.
     */
    public void analyze() {
        start(true, false);
    }

    /**
     * Starts an analysis; {@code replaceStored} also overwrites an existing stored analysis.
     * {@code storedSelection} takes the seed selection (diverged seeds in or out) from the stored
     * analysis instead of the checkbox, and sets the checkbox to it. UNSTABLE seeds are always left
     * out or kept as the stored analysis did, since the tab has no control for them.
     */
    private void start(boolean replaceStored, boolean storedSelection) {
        if (running != null) {
            running.cancel();
        }
        long request = ++generation;
        report.set(null);
        charts.set(Map.of());
        summary.set("");
        optionsWarning.set("");
        if (directory == null) {
            status.set("Select a run to see its geometry.");
            return;
        }
        Path dir = directory;
        boolean readOnly = isReadOnly();
        boolean checked = includeDiverged.get();
        status.set("Analyzing " + dir.getFileName() + " ...");
        running = tasks.run("Geometry of " + dir.getFileName(), progress -> {
            StoredGeometryOptions options = GeometryFiles.readOptionsOrDefaults(dir);
            boolean include = storedSelection ? options.includeUnfinished() : checked;
            GeometryInput input = SeedSelection.fromStoredRun(RunReader.read(dir), include, options.excludeUnstable());
            if (!input.problem().isEmpty()) {
                // An expected state of a young or interrupted run, not a failure of the program.
                throw new UserFacingException(input.problem());
            }
            CancellationToken token = new CancellationToken();
            progress.onCancel(token::cancel);
            GeometryReport result = GeometryAnalysis.analyze(input, options.options(),
                    (stage, fraction) -> progress.update(fraction, stage), token);
            boolean write = !readOnly && (replaceStored
                    ? !storedWithOtherOptions(dir, options.options())
                    : !hasStoredAnalysis(dir));
            if (write) {
                GeometryFiles.write(dir, result);
            }
            return new Analyzed(result, write, options);
        }, result -> {
            if (request == generation) {
                showSelection(result.report().input().includedUnfinished());
                accept(result.report(), result.written(), result.options());
            }
        }, error -> {
            // The background tasks log the failure: one line for a UserFacingException, else with its stack trace.
            if (request == generation) {
                status.set("Cannot analyze " + dir.getFileName() + ": " + error.getMessage());
            }
        });
    }

    /** Sets the checkbox to the selection an analysis used, without starting another one. */
    private void showSelection(boolean included) {
        showingStoredSelection = true;
        try {
            includeDiverged.set(included);
        } finally {
            showingStoredSelection = false;
        }
    }

    /** A finished analysis, whether its files were written into the run, and where its options came from. */
    private record Analyzed(GeometryReport report, boolean written, StoredGeometryOptions options) {
    }

    /**
     * Returns whether the run now stores an analysis whose readable options differ from
     * {@code used}, for example one that {@code rulescape analyze} wrote while this analysis ran.
     * Stored options that cannot be read do not count, so "Analyze again" can replace a damaged file.
     */
    private static boolean storedWithOtherOptions(Path runDirectory, GeometryOptions used) {
        StoredGeometryOptions now = GeometryFiles.readOptionsOrDefaults(runDirectory);
        return now.source() == StoredGeometryOptions.Source.STORED && !now.options().equals(used);
    }

    /** Returns whether {@code RUN/analysis/geometry/summary.json} exists. */
    static boolean hasStoredAnalysis(Path runDirectory) {
        return Files.isRegularFile(GeometryFiles.folder(runDirectory).resolve("summary.json"));
    }

    /** Takes a finished report: shows its text, its options' origin, where it is stored, and builds the charts. */
    private void accept(GeometryReport result, boolean written, StoredGeometryOptions options) {
        report.set(result);
        summary.set(GeometryReportText.format(result));
        String where;
        if (directory == null) {
            where = "shown from memory";
        } else if (isReadOnly()) {
            where = "shown from memory; nothing is stored into a sample run";
        } else if (written) {
            where = "stored in " + GeometryFiles.folder(directory);
        } else {
            where = "shown from memory; the stored analysis in " + GeometryFiles.folder(directory)
                    + " is unchanged (Analyze again replaces it)";
        }
        String origin = options.source() == StoredGeometryOptions.Source.STORED
                ? "the options of the stored analysis" : "the default options";
        status.set(String.format(java.util.Locale.ROOT, "%d seeds analyzed in %.2f s with %s; %s",
                result.input().seeds().size(), result.seconds(), origin, where));
        optionsWarning.set(options.fellBackToDefaults()
                ? "Warning: this tab uses the default analysis options because the stored ones cannot be read, so"
                        + " its numbers may differ from the stored analysis. " + options.problem()
                        + ". Analyze again replaces the damaged analysis."
                : "");
        redraw();
    }

    private void redraw() {
        GeometryReport r = report.get();
        if (r == null) {
            return;
        }
        Map<String, GeometryChart> built = new LinkedHashMap<>();
        built.put(SEED_BARS, GeometryCharts.seedBars(r));
        built.put(HEAT_MAP, GeometryCharts.distanceHeatMap(r, aligned.get()));
        built.put(SCREE, GeometryCharts.scree(aligned.get() ? r.aligned() : r.finals()));
        int resolved = r.finals().pca() instanceof PcaResult pca ? pca.resolvedComponents() : 0;
        int first = firstComponent.get();
        int second = secondComponent.get();
        if (first != second && Math.max(first, second) < resolved) {
            built.put(PROJECTION, GeometryCharts.projection(r, first, second, showInitial.get(),
                    showTrajectories.get()));
        }
        built.put(OVER_TIME, GeometryCharts.dimensionOverTime(r));
        charts.set(Map.copyOf(built));
    }

    /** Number of principal components of the final alphas with a direction, for the component pickers. */
    public int resolvedComponents() {
        GeometryReport r = report.get();
        return r != null && r.finals().pca() instanceof PcaResult pca ? pca.resolvedComponents() : 0;
    }

    public ReadOnlyObjectProperty<GeometryReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Map<String, GeometryChart>> chartsProperty() {
        return charts.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /**
     * Returns a warning, naming the file and the field, when the stored analysis's options could
     * not be read and the defaults were used instead. It is empty otherwise.
     */
    public ReadOnlyStringProperty optionsWarningProperty() {
        return optionsWarning.getReadOnlyProperty();
    }

    /** Returns the full text report, which shows every number beside its interval and null. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Include diverged and unfinished seeds with finite snapshots; changing it re-runs the analysis. */
    public BooleanProperty includeDivergedProperty() {
        return includeDiverged;
    }

    /** Show the symmetry-aligned heat map and scree plot instead of the raw ones. */
    public BooleanProperty alignedProperty() {
        return aligned;
    }

    public BooleanProperty showInitialProperty() {
        return showInitial;
    }

    public BooleanProperty showTrajectoriesProperty() {
        return showTrajectories;
    }

    /** 0-based component on the projection's horizontal axis. */
    public IntegerProperty firstComponentProperty() {
        return firstComponent;
    }

    /** 0-based component on the projection's vertical axis. */
    public IntegerProperty secondComponentProperty() {
        return secondComponent;
    }
}
