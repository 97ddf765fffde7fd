package org.rulescape.core.analysis.perturbation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The perturbation experiment of one run: its settings, the reference point and the trial
 * results so far (the control among them). Immutable: adding results returns a new study.
 *
 * @param settings  settings every result was made with
 * @param reference the reference point
 * @param results   trial results, at most one per (sigma index, trial), sorted by sigma index
 *                  and trial with the control first
 */
public record PerturbationStudy(PerturbationSettings settings, ReferencePoint reference,
        List<TrialResult> results) {

    private static final Comparator<TrialResult> ORDER = Comparator
            .comparingInt((TrialResult r) -> r.spec().sigmaIndex())
            .thenComparingInt(r -> r.spec().trial());

    public PerturbationStudy {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(reference, "reference");
        List<TrialResult> sorted = new ArrayList<>(results);
        sorted.sort(ORDER);
        for (int i = 0; i < sorted.size(); i++) {
            TrialSpec spec = sorted.get(i).spec();
            if (!spec.isControl()) {
                checkSpec(settings, spec);
            }
            if (i > 0 && ORDER.compare(sorted.get(i - 1), sorted.get(i)) == 0) {
                throw new IllegalArgumentException("a study contains one result per trial, got two for " + spec.label());
            }
        }
        if (settings.referenceSeed() != reference.seed()) {
            throw new IllegalArgumentException("settings name reference-seed " + settings.referenceSeed()
                    + " but the reference point is seed " + reference.seed());
        }
        results = List.copyOf(sorted);
    }

    private static void checkSpec(PerturbationSettings settings, TrialSpec spec) {
        if (spec.sigmaIndex() >= settings.sigmas().size() || spec.trial() >= settings.trials()
                || spec.sigma() != settings.sigma(spec.sigmaIndex())) {
            throw new IllegalArgumentException("trial " + spec.label() + " (sigma index " + spec.sigmaIndex()
                    + ") does not belong to settings with sigmas " + settings.sigmas() + " and "
                    + settings.trials() + " trials");
        }
    }

    /** A study with no results yet. */
    public static PerturbationStudy empty(PerturbationSettings settings, ReferencePoint reference) {
        return new PerturbationStudy(settings, reference, List.of());
    }

    /** Returns a study whose results for the given trials are replaced by {@code added}. */
    public PerturbationStudy with(List<TrialResult> added) {
        List<TrialResult> merged = new ArrayList<>();
        for (TrialResult old : results) {
            boolean replaced = added.stream().anyMatch(r -> ORDER.compare(r, old) == 0);
            if (!replaced) {
                merged.add(old);
            }
        }
        merged.addAll(added);
        return new PerturbationStudy(settings, reference, merged);
    }

    /**
     * Returns a study whose sigma number {@code index} is {@code sigma}; that sigma's old
     * results are dropped because they were made for another size.
     */
    public PerturbationStudy withSigma(int index, double sigma) {
        List<Double> sigmas = new ArrayList<>(settings.sigmas());
        sigmas.set(index, sigma);
        List<TrialResult> kept = results.stream().filter(r -> r.spec().sigmaIndex() != index).toList();
        return new PerturbationStudy(settings.withSigmas(sigmas), reference, kept);
    }

    /** The control's result, when it was run. */
    public Optional<TrialResult> control() {
        return results.stream().filter(r -> r.spec().isControl()).findFirst();
    }

    /** Results of sigma number {@code sigmaIndex}, in trial order. */
    public List<TrialResult> trialsOf(int sigmaIndex) {
        return results.stream().filter(r -> r.spec().sigmaIndex() == sigmaIndex).toList();
    }

    /** True when the control and every trial of every sigma are COMPLETE. */
    public boolean isComplete() {
        int expected = 1 + settings.sigmas().size() * settings.trials();
        return results.size() == expected && results.stream().allMatch(TrialResult::isComplete);
    }

    /** Per-sigma summaries, the control's row first; see {@link RecoverySummaries}. */
    public List<SigmaSummary> summaries() {
        return RecoverySummaries.summarize(this);
    }
}
