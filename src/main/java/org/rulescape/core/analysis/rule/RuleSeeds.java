package org.rulescape.core.analysis.rule;

import java.util.ArrayList;
import java.util.List;
import org.rulescape.core.experiment.SeedResult;
import org.rulescape.core.store.StoredRun;
import org.rulescape.core.store.StoredSeed;

/**
 * The seeds of a stored run that the learned-rule analysis can use (finished reading, with a
 * finite final alpha), and one message for each seed left out.
 *
 * @param usable  results of the usable seeds, in run order
 * @param skipped "seed N: reason" for every other seed
 */
public record RuleSeeds(List<SeedResult> usable, List<String> skipped) {

    public RuleSeeds {
        usable = List.copyOf(usable);
        skipped = List.copyOf(skipped);
    }

    /** Splits the seeds of {@code run} into usable ones and skipped ones with their reasons. */
    public static RuleSeeds of(StoredRun run) {
        List<SeedResult> usable = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (StoredSeed seed : run.seeds()) {
            if (seed.isUsable()) {
                usable.add(seed.result());
            } else {
                skipped.add("seed " + seed.seed() + ": " + (seed.problem().isEmpty()
                        ? "state " + seed.state() + " without a finite final alpha" : seed.problem()));
            }
        }
        return new RuleSeeds(usable, skipped);
    }
}
