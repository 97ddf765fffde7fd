package org.rulescape.core.analysis.rule;

import java.util.ArrayList;
import java.util.List;
import org.rulescape.core.experiment.SeedResult;
import org.rulescape.core.experiment.SeedState;
import org.rulescape.core.store.StoredRun;
import org.rulescape.core.store.StoredSeed;

/**
 * The seeds of a stored run that the learned-rule analysis uses, and one message for each seed
 * left out. As in the geometry analysis, only seeds that finished every meta-step (DONE) enter by
 * default. Diverged, cancelled and unfinished seeds, including those of an interrupted run, are
 * left out and listed, unless {@code includeUnfinished} admits those whose records loaded and
 * whose final alpha is finite. Failed seeds and seeds whose files are damaged never enter.
 *
 * @param usable     results of the usable seeds, in run order
 * @param skipped    "seed N: reason" for every other seed
 * @param unfinished seeds left out only because they did not finish; {@code includeUnfinished}
 *                   would admit them
 */
public record RuleSeeds(List<SeedResult> usable, List<String> skipped, List<Long> unfinished) {

    public RuleSeeds {
        usable = List.copyOf(usable);
        skipped = List.copyOf(skipped);
        unfinished = List.copyOf(unfinished);
    }

    /** Splits the seeds of {@code run} into finished (DONE) seeds and skipped ones with their reasons. */
    public static RuleSeeds of(StoredRun run) {
        return of(run, false);
    }

    /**
     * Splits the seeds of {@code run} into usable ones and skipped ones with their reasons; with
     * {@code includeUnfinished}, seeds that did not finish but have a finite final alpha are usable.
     */
    public static RuleSeeds of(StoredRun run, boolean includeUnfinished) {
        List<SeedResult> usable = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        List<Long> unfinished = new ArrayList<>();
        for (StoredSeed seed : run.seeds()) {
            if (!seed.isUsable()) {
                skipped.add("seed " + seed.seed() + ": " + unusableReason(run, seed));
            } else if (seed.state() == SeedState.DONE || includeUnfinished) {
                usable.add(seed.result());
            } else {
                skipped.add("seed " + seed.seed() + ": " + unfinishedReason(run, seed));
                unfinished.add(seed.seed());
            }
        }
        return new RuleSeeds(usable, skipped, unfinished);
    }

    private static String unusableReason(StoredRun run, StoredSeed seed) {
        if (!seed.problem().isEmpty()) {
            return seed.problem();
        }
        if (run.isInterrupted(seed)) {
            String progress = run.interruptedProgress(seed);
            if (seed.result().hasSnapshots()) {
                return progress + ", with a non-finite final alpha";
            }
            return seed.result().stepsRecorded() == 0 ? progress : progress + ", before its first alpha snapshot";
        }
        if (seed.state() == SeedState.FAILED) {
            return "failed: " + seed.result().message();
        }
        return "state " + seed.state() + " without a finite final alpha";
    }

    private static String unfinishedReason(StoredRun run, StoredSeed seed) {
        SeedResult result = seed.result();
        if (run.isInterrupted(seed)) {
            return run.interruptedProgress(seed);
        }
        return switch (seed.state()) {
            case DIVERGED -> "diverged at meta-step " + result.divergedAt();
            case CANCELLED -> "cancelled after " + result.stepsRecorded() + " meta-steps";
            default -> "did not finish (state " + seed.state() + ", " + result.stepsRecorded() + " of "
                    + run.config().metaSteps() + " meta-steps)";
        };
    }
}
