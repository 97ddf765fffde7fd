package org.rulescape.reproduce;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.rulescape.core.analysis.GeometryReport;
import org.rulescape.core.analysis.perturbation.PerturbationStudy;
import org.rulescape.core.analysis.rule.RuleAnalysisResult;
import org.rulescape.core.experiment.SeedHealth;
import org.rulescape.core.experiment.SeedState;
import org.rulescape.core.store.StoredRun;
import org.rulescape.core.store.StoredSeed;

/**
 * One sample run of a reproduction with every analysis computed on it.
 *
 * @param label           "debug" or "full": the name of the run's folder inside the samples folder
 * @param run             the run as read back from its folder after training
 * @param trainingSeconds wall time of training in this reproduction, or 0 when the run was reused
 * @param geometry        geometry of the final alphas (experiments A and B with their baselines)
 * @param perturbation    perturbation experiment (experiment C) with its sigma = 0 control
 * @param rule            learned rules compared in function space
 * @param figures         the figure set that was written, or why it was not
 */
public record SampleRun(
        String label,
        StoredRun run,
        double trainingSeconds,
        Stage<GeometryReport> geometry,
        Stage<PerturbationStudy> perturbation,
        Stage<RuleAnalysisResult> rule,
        Stage<FigureSet> figures) {

    public SampleRun {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(geometry, "geometry");
        Objects.requireNonNull(perturbation, "perturbation");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(figures, "figures");
    }

    /**
     * Figure files of a run.
     *
     * @param folder  folder the figures were written to
     * @param drawn   stems of the figures drawn, in index order (each has a .png beside its other formats)
     * @param skipped one line per figure left out, with the reason
     */
    public record FigureSet(Path folder, List<String> drawn, List<String> skipped) {
        public FigureSet {
            drawn = List.copyOf(drawn);
            skipped = List.copyOf(skipped);
        }
    }

    /** The run folder. */
    public Path directory() {
        return run.directory();
    }

    /** Number of seeds recorded as DIVERGED. */
    public long divergedSeeds() {
        return count(SeedState.DIVERGED);
    }

    /**
     * Seeds whose late meta-loss climbed far above their own minimum ({@link SeedHealth#RULE}),
     * in seed order. Seeds without records are not counted.
     */
    public List<Long> unstableSeeds() {
        List<Long> unstable = new java.util.ArrayList<>();
        for (StoredSeed seed : run.seeds()) {
            if (seed.result() != null && SeedHealth.of(seed.result()).isUnstable()) {
                unstable.add(seed.seed());
            }
        }
        return unstable;
    }

    /** Number of seeds recorded as FAILED. */
    public long failedSeeds() {
        return count(SeedState.FAILED);
    }

    /** Wall time of the analyses and figures, without training. */
    public double analysisSeconds() {
        return geometry.seconds() + perturbation.seconds() + rule.seconds() + figures.seconds();
    }

    private long count(SeedState state) {
        return run.seeds().stream().map(StoredSeed::state).filter(s -> s == state).count();
    }
}
