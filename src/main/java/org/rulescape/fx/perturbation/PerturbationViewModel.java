package org.rulescape.fx.perturbation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.rulescape.core.analysis.perturbation.AdamMoments;
import org.rulescape.core.analysis.perturbation.PerturbationExperiment;
import org.rulescape.core.analysis.perturbation.PerturbationRunner;
import org.rulescape.core.analysis.perturbation.PerturbationSettings;
import org.rulescape.core.analysis.perturbation.PerturbationStore;
import org.rulescape.core.analysis.perturbation.PerturbationStudy;
import org.rulescape.core.analysis.perturbation.ReferenceChoice;
import org.rulescape.core.analysis.perturbation.ReferencePoint;
import org.rulescape.core.analysis.perturbation.ReferencePoints;
import org.rulescape.core.analysis.perturbation.SigmaSummary;
import org.rulescape.core.analysis.perturbation.TrialResult;
import org.rulescape.core.analysis.perturbation.TrialSpec;
import org.rulescape.core.analysis.perturbation.TrialStatus;
import org.rulescape.core.engine.MetaGradient;
import org.rulescape.core.experiment.CancellationToken;
import org.rulescape.core.experiment.SeedHealth;
import org.rulescape.core.experiment.SeedResult;
import org.rulescape.core.model.ExperimentConfig;
import org.rulescape.core.store.RunReader;
import org.rulescape.core.store.StoredRun;
import org.rulescape.figures.charts.RecoveryChart;
import org.rulescape.figures.charts.RecoveryCurve;
import org.rulescape.fx.app.BackgroundTasks;
import org.rulescape.fx.runs.RunLocations;

/**
 * State and commands of the Perturbation tab. Every method must be called on the FX thread.
 *
 * <p>Each sigma (and the control, index -1) runs as its own background launch. Launching a
 * sigma again cancels its earlier launch; the earlier launch's events and results are dropped
 * by their generation number, so a superseded trial never reaches the study. Trial events are
 * queued by worker threads and applied by {@link #drain}, which the view calls once per frame.
 * Each finished launch is merged into the study, which is saved into the run in the background,
 * unless the run is read-only (a sample run that ships with Rulescape): its new results are
 * shown but never saved, and {@link #readOnlyNoteProperty()} states that.
 */
public final class PerturbationViewModel {
    private final BackgroundTasks tasks;
    private final Function<ExperimentConfig, MetaGradient> kernels;
    private final int threads;
    private final Predicate<Path> readOnlyRuns;
    private final TrialEventQueue queue = new TrialEventQueue();
    private final LiveCurves live = new LiveCurves();
    private final Map<Integer, Launch> launches = new HashMap<>();
    private final Map<String, ReferencePoint> references = new HashMap<>();
    private final AtomicLong saveSequence = new AtomicLong();

    private final ObservableList<Long> referenceSeeds = FXCollections.observableArrayList();
    private final ObjectProperty<Long> referenceSeed = new SimpleObjectProperty<>();
    private final Set<Long> unstableSeeds = new HashSet<>();
    private final ReadOnlyStringWrapper referenceWarning = new ReadOnlyStringWrapper("");
    private String defaultWarning = "";
    private final IntegerProperty trials = new SimpleIntegerProperty(PerturbationSettings.DEFAULT_TRIALS);
    private final IntegerProperty recoverySteps = new SimpleIntegerProperty(PerturbationSettings.DEFAULT_RECOVERY_STEPS);
    private final ObjectProperty<AdamMoments> adamMoments = new SimpleObjectProperty<>(AdamMoments.FRESH);
    private final ObservableList<Double> sigmas = FXCollections.observableArrayList(PerturbationSettings.DEFAULT_SIGMAS);
    private final ObservableList<SigmaSummary> summaries = FXCollections.observableArrayList();
    // One read-only wrapper each: a wrapper holds only a weak listener on its list, so a listener
    // added to a wrapper made per call stops firing once that wrapper is garbage-collected.
    private final ObservableList<Double> readOnlySigmas = FXCollections.unmodifiableObservableList(sigmas);
    private final ObservableList<SigmaSummary> readOnlySummaries = FXCollections.unmodifiableObservableList(summaries);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Open a finished run to perturb its seeds.");
    private final ReadOnlyStringWrapper readOnlyNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper();

    private StoredRun run;
    /** True while the open run is read-only, so finished trials are shown but not saved. */
    private boolean readOnly;
    private PerturbationStudy study;
    private long nextGeneration;
    private boolean applying;

    /** One running launch of a sigma's trials (or of the control). */
    private record Launch(long generation, CancellationToken cancel, BackgroundTasks.TaskHandle handle) {
    }

    /** Creates a view model that saves finished trials into every run it opens. */
    public PerturbationViewModel(BackgroundTasks tasks, Function<ExperimentConfig, MetaGradient> kernels, int threads) {
        this(tasks, kernels, threads, directory -> false);
    }

    /**
     * Creates the view model.
     *
     * @param tasks        runs loading, trials and saving off the FX thread
     * @param kernels      creates one meta-gradient kernel per worker thread
     * @param threads      worker threads per launch
     * @param readOnlyRuns true for a run directory that must not be written, such as a sample run.
     *                     Trials on it still run and are shown, but nothing is saved into it
     */
    public PerturbationViewModel(BackgroundTasks tasks, Function<ExperimentConfig, MetaGradient> kernels, int threads,
            Predicate<Path> readOnlyRuns) {
        this.tasks = tasks;
        this.kernels = kernels;
        this.threads = threads;
        this.readOnlyRuns = readOnlyRuns;
        referenceSeed.addListener((obs, old, now) -> {
            updateReferenceWarning();
            settingsChanged();
        });
        trials.addListener((obs, old, now) -> settingsChanged());
        recoverySteps.addListener((obs, old, now) -> settingsChanged());
        adamMoments.addListener((obs, old, now) -> settingsChanged());
    }

    public ObservableList<Long> referenceSeeds() {
        return referenceSeeds;
    }

    public ObjectProperty<Long> referenceSeedProperty() {
        return referenceSeed;
    }

    /** True when SeedHealth flags the seed UNSTABLE (its final level exceeds 10x its minimum). */
    public boolean isUnstable(Long seed) {
        return seed != null && unstableSeeds.contains(seed);
    }

    /** How the reference dropdown shows a seed: its number, with "UNSTABLE" when it is flagged. */
    public String referenceLabel(Long seed) {
        if (seed == null) {
            return "";
        }
        return isUnstable(seed) ? seed + "  (UNSTABLE)" : String.valueOf(seed);
    }

    /**
     * Warning shown beside the reference dropdown: empty when the chosen reference is not
     * UNSTABLE, otherwise why it is a poor reference (and, for the default, that no finished seed
     * was stable).
     */
    public ReadOnlyStringProperty referenceWarningProperty() {
        return referenceWarning.getReadOnlyProperty();
    }

    private void updateReferenceWarning() {
        Long seed = referenceSeed.get();
        if (!isUnstable(seed)) {
            referenceWarning.set("");
        } else if (!defaultWarning.isEmpty()) {
            referenceWarning.set(defaultWarning);
        } else {
            referenceWarning.set("Seed " + seed + " is UNSTABLE (" + SeedHealth.RULE + "); its final alpha may not"
                    + " be a learned rule. Choose a seed without the flag.");
        }
    }

    public IntegerProperty trialsProperty() {
        return trials;
    }

    public IntegerProperty recoveryStepsProperty() {
        return recoverySteps;
    }

    public ObjectProperty<AdamMoments> adamMomentsProperty() {
        return adamMoments;
    }

    /** Current sigmas; change them with {@link #releaseSigma} or {@link #applySigmaText}. */
    public ObservableList<Double> sigmas() {
        return readOnlySigmas;
    }

    /** Summary rows sorted by sigma, so the control (sigma = 0) first; replaced whenever a launch finishes. */
    public ObservableList<SigmaSummary> summaries() {
        return readOnlySummaries;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Note shown while the open run is read-only (a sample run), empty otherwise. */
    public ReadOnlyStringProperty readOnlyNoteProperty() {
        return readOnlyNote.getReadOnlyProperty();
    }

    /** True when the open run is read-only, so new results are not saved into it. */
    public boolean isReadOnly() {
        return readOnly;
    }

    /** Increases whenever the curves change. */
    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** The study so far, when a reference is set. */
    public Optional<PerturbationStudy> study() {
        return Optional.ofNullable(study);
    }

    /** True while any launch runs. */
    public boolean isRunning() {
        return !launches.isEmpty();
    }

    /** What the Adam setting means, stated on screen. */
    public static String describe(AdamMoments moments) {
        return switch (moments) {
            case FRESH -> "Adam moments: fresh. Trials start with zero moments, so their first steps are about one"
                    + " learning rate long in every coordinate.";
            case CONTINUED -> "Adam moments: continued. Trials start with the reference seed's moments after its"
                    + " last step, recovered by replaying its training once.";
        };
    }

    /** Loads a run and its stored perturbation results in the background. */
    public void openRun(Path runDir) {
        cancelAll();
        readOnly = readOnlyRuns.test(runDir);
        readOnlyNote.set(readOnly ? RunLocations.SAMPLE_RUN_NOTE : "");
        status.set("Reading " + runDir.getFileName() + " ...");
        tasks.run("Reading perturbation results of " + runDir.getFileName(),
                progress -> new Loaded(RunReader.read(runDir), PerturbationStore.load(runDir)),
                this::apply, error -> status.set("Cannot read " + runDir + ": " + error.getMessage()));
    }

    private record Loaded(StoredRun run, Optional<PerturbationStudy> study) {
    }

    private void apply(Loaded loaded) {
        applying = true;
        try {
            run = loaded.run();
            references.clear();
            study = null;
            live.clear();
            List<SeedResult> seeds = PerturbationExperiment.seedResults(run);
            unstableSeeds.clear();
            seeds.stream().filter(r -> SeedHealth.of(r).isUnstable()).forEach(r -> unstableSeeds.add(r.seed()));
            Optional<ReferenceChoice> choice = ReferenceChoice.of(seeds);
            defaultWarning = choice.map(ReferenceChoice::warning).orElse("");
            referenceSeeds.setAll(seeds.stream().filter(ReferencePoints::usable).map(SeedResult::seed).toList());
            if (loaded.study().isPresent()) {
                PerturbationStudy stored = loaded.study().get();
                PerturbationSettings settings = stored.settings();
                referenceSeed.set(settings.referenceSeed());
                trials.set(settings.trials());
                recoverySteps.set(settings.recoverySteps());
                adamMoments.set(settings.adamMoments());
                sigmas.setAll(settings.sigmas());
                references.put(key(settings.referenceSeed(), settings.adamMoments()), stored.reference());
                study = stored;
            } else {
                referenceSeed.set(choice.map(ReferenceChoice::seed).orElse(null));
            }
        } finally {
            applying = false;
        }
        updateReferenceWarning();
        refreshSummaries();
        revision.set(revision.get() + 1);
        status.set(referenceSeeds.isEmpty() ? "This run has no seed that finished all its steps; nothing to perturb."
                : study == null ? "Release a sigma slider or press Run all to start." : "Loaded stored results.");
    }

    /**
     * Sets sigma number {@code index} (a slider was released) and launches its trials at once;
     * does nothing when the value equals the current sigma (a slider released where it started).
     */
    public void releaseSigma(int index, double value) {
        if (index < sigmas.size() && sigmas.get(index) == value) {
            return;
        }
        List<Double> proposed = new ArrayList<>(sigmas);
        proposed.set(index, value);
        List<String> problems = PerturbationSettings.problems(proposed, trials.get(), recoverySteps.get());
        if (!problems.isEmpty()) {
            status.set(String.join("; ", problems));
            return;
        }
        sigmas.set(index, value);
        if (study != null) {
            study = study.withSigma(index, value);
        }
        launch(Set.of(index));
    }

    /**
     * Replaces the sigma list from text such as "0.1, 0.5, 1, 2" and launches the sigmas that
     * changed. Returns the problems found (empty when the text was applied).
     */
    public List<String> applySigmaText(String text) {
        List<Double> parsed = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (String part : text.split("[,;\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            try {
                parsed.add(Double.parseDouble(part.trim()));
            } catch (NumberFormatException e) {
                problems.add("sigmas must be numbers, got '" + part.trim() + "'");
            }
        }
        if (problems.isEmpty()) {
            problems.addAll(PerturbationSettings.problems(parsed, trials.get(), recoverySteps.get()));
        }
        if (!problems.isEmpty()) {
            status.set(String.join("; ", problems));
            return problems;
        }
        Set<Integer> changed = new HashSet<>();
        for (int i = 0; i < parsed.size(); i++) {
            if (i >= sigmas.size() || !parsed.get(i).equals(sigmas.get(i))) {
                changed.add(i);
            }
        }
        for (int i = parsed.size(); i < sigmas.size(); i++) {
            cancel(i);
        }
        if (study != null) {
            PerturbationSettings settings = study.settings().withSigmas(parsed);
            List<TrialResult> kept = study.results().stream()
                    .filter(r -> r.spec().isControl() || (r.spec().sigmaIndex() < parsed.size()
                            && !changed.contains(r.spec().sigmaIndex())))
                    .toList();
            study = new PerturbationStudy(settings, study.reference(), kept);
        }
        sigmas.setAll(parsed);
        launch(changed);
        return List.of();
    }

    /** Runs the control and every sigma, replacing earlier results of the same settings. */
    public void runAll() {
        Set<Integer> all = new HashSet<>();
        for (int i = 0; i < sigmas.size(); i++) {
            all.add(i);
        }
        launch(all);
    }

    /** Cancels every launch; their trials never enter the study. */
    public void cancelAll() {
        for (Integer index : List.copyOf(launches.keySet())) {
            cancel(index);
        }
        revision.set(revision.get() + 1);
    }

    /**
     * Applies queued trial events; called once per frame on the FX thread.
     *
     * @return true when the curves changed
     */
    public boolean drain() {
        boolean changed = false;
        for (TrialEventQueue.Point point : queue.drain()) {
            Launch launch = launches.get(point.spec().sigmaIndex());
            if (launch != null && launch.generation() == point.generation()) {
                live.add(point.spec(), point.step(), point.distance());
                changed = true;
            }
        }
        if (changed) {
            revision.set(revision.get() + 1);
        }
        return changed;
    }

    /** Curves to draw: finished trials of the study and the running trials, control first. */
    public List<RecoveryCurve> curves() {
        List<RecoveryCurve> curves = new ArrayList<>();
        Set<Integer> running = launches.keySet();
        if (study != null) {
            for (RecoveryCurve curve : RecoveryChart.curves(study)) {
                if (!running.contains(curve.spec().sigmaIndex())) {
                    curves.add(curve);
                }
            }
        }
        curves.addAll(live.curves(running));
        return curves;
    }

    private void settingsChanged() {
        if (applying) {
            return;
        }
        cancelAll();
        study = null;
        live.clear();
        refreshSummaries();
        revision.set(revision.get() + 1);
        status.set("Settings changed: release a sigma slider or press Run all to start.");
    }

    private PerturbationSettings settings() {
        Long seed = referenceSeed.get();
        if (run == null || seed == null) {
            throw new IllegalStateException("no run with a usable reference seed is open");
        }
        return new PerturbationSettings(seed, sigmas, trials.get(), recoverySteps.get(), 0L, adamMoments.get(),
                run.config());
    }

    private void launch(Set<Integer> sigmaIndexes) {
        PerturbationSettings settings;
        try {
            settings = settings();
        } catch (IllegalStateException | IllegalArgumentException e) {
            status.set(e.getMessage());
            return;
        }
        for (Integer index : sigmaIndexes) {
            cancel(index);
        }
        withReference(settings, reference -> {
            if (study == null || !study.settings().sharesTrialsWith(settings) || study.reference().seed() != reference.seed()) {
                study = PerturbationStudy.empty(settings, reference);
            } else if (!study.settings().equals(settings)) {
                study = new PerturbationStudy(settings, study.reference(), study.results());
            }
            boolean controlDone = study.control().filter(TrialResult::isComplete).isPresent();
            if (!controlDone && !launches.containsKey(TrialSpec.CONTROL_INDEX)) {
                start(TrialSpec.CONTROL_INDEX, List.of(TrialSpec.control()), settings, reference);
            }
            for (Integer index : sigmaIndexes) {
                start(index, PerturbationRunner.trialsOf(settings, index), settings, reference);
            }
        });
    }

    private void start(int index, List<TrialSpec> specs, PerturbationSettings settings, ReferencePoint reference) {
        long generation = ++nextGeneration;
        CancellationToken cancel = new CancellationToken();
        PerturbationRunner runner = new PerturbationRunner(threads, kernels);
        BackgroundTasks.TaskHandle handle = tasks.run(label(index, settings),
                progress -> {
                    progress.onCancel(cancel::cancel);
                    return runner.run(settings, reference, specs, queue.listener(generation), cancel);
                },
                results -> finished(index, generation, results),
                error -> {
                    launches.remove(index);
                    status.set("Trials of " + label(index, settings) + " failed: " + error.getMessage());
                });
        if (!handle.isDone()) {
            launches.put(index, new Launch(generation, cancel, handle));
        }
        status.set(runningStatus());
    }

    /** Describes the sigmas whose trials are running, for the status line. */
    private String runningStatus() {
        return launches.size() == 1 ? "Running the trials of one sigma ..."
                : "Running the trials of " + launches.size() + " sigmas ...";
    }

    private void finished(int index, long generation, List<TrialResult> results) {
        Launch launch = launches.get(index);
        if (launch != null && launch.generation() != generation) {
            return; // superseded by a newer launch of the same sigma
        }
        launches.remove(index);
        live.removeSigma(index);
        List<TrialResult> kept = results.stream().filter(r -> r.status() != TrialStatus.CANCELLED).toList();
        if (study != null && !kept.isEmpty() && matches(study, kept)) {
            study = study.with(kept);
            refreshSummaries();
            if (!readOnly) {
                save(study);
            }
        }
        revision.set(revision.get() + 1);
        if (!launches.isEmpty()) {
            status.set(runningStatus());
        } else {
            status.set(readOnly ? "All trials finished; not saved, because this is a sample run." : "All trials finished.");
        }
    }

    private static boolean matches(PerturbationStudy study, List<TrialResult> results) {
        return results.stream().allMatch(r -> r.spec().isControl()
                || (r.spec().sigmaIndex() < study.settings().sigmas().size()
                && study.settings().sigma(r.spec().sigmaIndex()) == r.spec().sigma()
                && r.spec().trial() < study.settings().trials()));
    }

    private void cancel(int index) {
        Launch launch = launches.remove(index);
        if (launch != null) {
            launch.cancel().cancel();
            launch.handle().cancel();
        }
        live.removeSigma(index);
    }

    private void withReference(PerturbationSettings settings, Consumer<ReferencePoint> then) {
        String key = key(settings.referenceSeed(), settings.adamMoments());
        ReferencePoint cached = references.get(key);
        if (cached != null) {
            then.accept(cached);
            return;
        }
        StoredRun source = run;
        if (settings.adamMoments() == AdamMoments.CONTINUED) {
            status.set("Replaying seed " + settings.referenceSeed() + " to recover its Adam moments ...");
        }
        tasks.run("Preparing reference seed " + settings.referenceSeed(),
                progress -> {
                    CancellationToken cancel = new CancellationToken();
                    progress.onCancel(cancel::cancel);
                    return PerturbationExperiment.reference(source, settings.referenceSeed(), settings.adamMoments(),
                            kernels, cancel).orElseThrow(() -> new IllegalStateException("cancelled"));
                },
                reference -> {
                    references.put(key, reference);
                    if (run == source) {
                        then.accept(reference);
                    }
                },
                error -> status.set("Cannot prepare the reference: " + error.getMessage()));
    }

    private void save(PerturbationStudy snapshot) {
        Path directory = run.directory();
        long sequence = saveSequence.incrementAndGet();
        tasks.run("Saving perturbation results", progress -> {
            // A later snapshot supersedes this one; saving it would only be overwritten.
            if (sequence == saveSequence.get()) {
                PerturbationStore.save(directory, snapshot);
            }
            return sequence;
        }, saved -> { }, error -> status.set("Cannot save perturbation results: " + error.getMessage()));
    }

    private void refreshSummaries() {
        summaries.setAll(study == null ? List.of() : study.summaries().stream()
                .sorted(Comparator.comparingDouble(SigmaSummary::sigma)).toList());
    }

    private static String key(long seed, AdamMoments moments) {
        return seed + "/" + moments;
    }

    private static String label(int index, PerturbationSettings settings) {
        return index == TrialSpec.CONTROL_INDEX ? "perturbation control"
                : "perturbation sigma " + settings.sigma(index);
    }
}
