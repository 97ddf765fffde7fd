package org.rulescape.core.analysis;

import java.util.ArrayList;
import java.util.List;
import org.rulescape.core.experiment.SeedResult;
import org.rulescape.core.experiment.SeedState;
import org.rulescape.core.model.AlphaLayout;
import org.rulescape.core.store.StoredRun;
import org.rulescape.core.store.StoredSeed;

/**
 * Chooses the seeds a geometry analysis uses. By default only seeds that finished every
 * meta-step (DONE) enter; diverged, cancelled, failed and unfinished seeds are left out and
 * listed. With {@code includeUnfinished} those enter too, provided they have at least one
 * snapshot and every snapshot is finite. Seeds whose alpha length does not match the
 * optimizer width are always left out.
 */
public final class SeedSelection {
    private SeedSelection() {
    }

    /** One seed of a run as the selection sees it: its result, or why there is none. */
    public record Candidate(long seed, SeedResult result, String problem) {
    }

    /** Selects from results held in memory. */
    public static GeometryInput fromResults(List<SeedResult> results, int hidden,
            boolean includeUnfinished) {
        List<Candidate> candidates = new ArrayList<>();
        for (SeedResult r : results) {
            candidates.add(new Candidate(r.seed(), r, ""));
        }
        return select(candidates, hidden, includeUnfinished);
    }

    /** Selects from a run read from disk; the optimizer width comes from its configuration. */
    public static GeometryInput fromStoredRun(StoredRun run, boolean includeUnfinished) {
        List<Candidate> candidates = new ArrayList<>();
        for (StoredSeed seed : run.seeds()) {
            candidates.add(new Candidate(seed.seed(), seed.result(), seed.problem()));
        }
        return select(candidates, run.config().optHidden(), includeUnfinished);
    }

    /** Selects from candidates in run order; a candidate without a result is left out with its problem. */
    public static GeometryInput select(List<Candidate> candidates, int hidden, boolean includeUnfinished) {
        int size = AlphaLayout.size(hidden);
        List<SeedAlphas> usable = new ArrayList<>();
        List<ExcludedSeed> excluded = new ArrayList<>();
        for (int index = 0; index < candidates.size(); index++) {
            Candidate c = candidates.get(index);
            SeedResult r = c.result();
            if (r == null) {
                excluded.add(new ExcludedSeed(c.seed(), "UNREADABLE", c.problem()));
                continue;
            }
            String reason = reasonToExclude(r, size, includeUnfinished);
            if (reason.isEmpty()) {
                usable.add(new SeedAlphas(r.seed(), index, r.state(), r.snapshotSteps(), r.snapshots()));
            } else {
                excluded.add(new ExcludedSeed(r.seed(), r.state().name(), reason));
            }
        }
        return new GeometryInput(hidden, usable, excluded, includeUnfinished);
    }

    private static String reasonToExclude(SeedResult r, int size, boolean includeUnfinished) {
        if (!r.hasSnapshots()) {
            return "no alpha snapshot was recorded";
        }
        for (int row = 0; row < r.snapshots().length; row++) {
            double[] alpha = r.snapshots()[row];
            if (alpha.length != size) {
                return "alpha has " + alpha.length + " entries, expected " + size;
            }
            for (double x : alpha) {
                if (!Double.isFinite(x)) {
                    return "snapshot at meta-step " + r.snapshotSteps()[row] + " is not finite";
                }
            }
        }
        if (r.state() == SeedState.DONE || includeUnfinished) {
            return "";
        }
        return switch (r.state()) {
            case DIVERGED -> "diverged at meta-step " + r.divergedAt();
            case FAILED -> "failed: " + r.message();
            case CANCELLED -> "cancelled after " + r.stepsRecorded() + " meta-steps";
            default -> "did not finish (state " + r.state() + ")";
        };
    }
}
