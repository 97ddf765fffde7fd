package org.rulescape.core.store;

import java.util.Objects;
import org.rulescape.core.experiment.SeedResult;
import org.rulescape.core.experiment.SeedState;

/**
 * One seed of a stored run.
 *
 * @param seed    run seed
 * @param state   status recorded in run.json (QUEUED, RUNNING, DONE, DIVERGED, CANCELLED or FAILED)
 * @param result  records read from the seed's files, or null when they are missing or damaged
 * @param problem why {@code result} is null (names the file and the damage); empty when the files loaded
 */
public record StoredSeed(long seed, SeedState state, SeedResult result, String problem) {

    public StoredSeed {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(problem, "problem");
        if (result == null && problem.isEmpty()) {
            throw new IllegalArgumentException("seed " + seed + " has no result, so problem must say why");
        }
    }

    /** True when the records loaded, are not FAILED, hold at least one snapshot and a finite final alpha. */
    public boolean isUsable() {
        if (result == null || state == SeedState.FAILED || !result.hasSnapshots()) {
            return false;
        }
        for (double value : result.finalAlpha()) {
            if (!Double.isFinite(value)) {
                return false;
            }
        }
        return true;
    }
}
