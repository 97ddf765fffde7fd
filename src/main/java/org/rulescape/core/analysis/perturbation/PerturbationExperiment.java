package org.rulescape.core.analysis.perturbation;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import org.rulescape.core.engine.MetaGradient;
import org.rulescape.core.engine.MetaGradients;
import org.rulescape.core.experiment.CancellationToken;
import org.rulescape.core.experiment.SeedResult;
import org.rulescape.core.model.ExperimentConfig;
import org.rulescape.core.store.StoredRun;
import org.rulescape.core.store.StoredSeed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The perturbation experiment on a stored run, as the command line and the workbench run it:
 * pick the reference, recover its Adam moments when asked, run the trials and assemble the study.
 */
public final class PerturbationExperiment {
    private static final Logger LOG = LoggerFactory.getLogger(PerturbationExperiment.class);

    private PerturbationExperiment() {
    }

    /** Results of the run's seeds that loaded, in seed order. */
    public static List<SeedResult> seedResults(StoredRun run) {
        return run.seeds().stream().map(StoredSeed::result).filter(r -> r != null).toList();
    }

    /** The default reference seed of a run, see {@link ReferencePoints#defaultSeed}. */
    public static OptionalLong defaultReferenceSeed(StoredRun run) {
        return ReferencePoints.defaultSeed(seedResults(run));
    }

    /** The default reference of a run with the reason, see {@link ReferenceChoice#of}. */
    public static Optional<ReferenceChoice> defaultReference(StoredRun run) {
        return ReferenceChoice.of(seedResults(run));
    }

    /**
     * Returns the reference point of seed {@code seed} of the run, with its Adam moments replayed
     * when {@code moments} is CONTINUED; empty when cancelled during the replay.
     *
     * @throws IllegalArgumentException when the run has no such seed or it cannot be a reference
     */
    public static Optional<ReferencePoint> reference(StoredRun run, long seed, AdamMoments moments,
            Function<ExperimentConfig, MetaGradient> kernels, CancellationToken cancel) {
        SeedResult result = seedResults(run).stream().filter(r -> r.seed() == seed).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("reference-seed " + seed + " is not a loaded seed of "
                        + run.directory() + "; its seeds are " + seedResults(run).stream().map(SeedResult::seed).toList()));
        ReferencePoint reference = ReferencePoints.of(result);
        if (moments == AdamMoments.FRESH) {
            return Optional.of(reference);
        }
        LOG.info("Replaying seed {} for {} meta-steps to recover its Adam moments", seed, reference.firstStep());
        return Optional.ofNullable(ReferencePoints.withReplayedAdam(run.config(), reference,
                kernels.apply(run.config()), cancel));
    }

    /** Runs the control and every trial of the settings and returns the study. */
    public static PerturbationStudy runAll(PerturbationSettings settings, ReferencePoint reference,
            PerturbationRunner runner, PerturbationListener listener, CancellationToken cancel) {
        MetaGradients.prepare();
        LOG.info("Perturbation of seed {} started: sigmas {}, {} trials, {} recovery steps, {} Adam moments",
                reference.seed(), settings.sigmas(), settings.trials(), settings.recoverySteps(),
                settings.adamMoments());
        List<TrialResult> results = runner.run(settings, reference, PerturbationRunner.allTrials(settings),
                listener, cancel);
        PerturbationStudy study = PerturbationStudy.empty(settings, reference).with(results);
        LOG.info("Perturbation of seed {} {}", reference.seed(), cancel.isCancelled() ? "cancelled" : "finished");
        return study;
    }
}
