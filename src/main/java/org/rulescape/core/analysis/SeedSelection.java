package org.rulescape.core.analysis;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.rulescape.core.experiment.SeedHealth;
import org.rulescape.core.experiment.SeedResult;
import org.rulescape.core.experiment.SeedState;
import org.rulescape.core.model.AlphaLayout;
import org.rulescape.core.store.RunLayout;
import org.rulescape.core.store.StoredRun;
import org.rulescape.core.store.StoredSeed;

/**
 * Chooses the seeds a geometry analysis uses. By default only seeds that finished every
 * meta-step (DONE) enter; diverged, cancelled, failed and unfinished seeds are left out and
 * listed. With {@code includeUnfinished} those enter too, provided they have at least one
 * snapshot and every snapshot is finite. Seeds whose alpha length does not match the
 * optimizer width, or with a snapshot that is not finite or exceeds {@link AlphaMagnitude}'s
 * norm limit, are always left out.
 *
 * <p>Seeds whose records are flagged UNSTABLE by {@link SeedHealth} (the meta-loss climbed more
 * than tenfold above its minimum while staying finite) enter by default, as in the reference
 * experiment, and are listed in {@link GeometryInput#unstable()}; with {@code excludeUnstable}
 * they are left out and listed with their health instead.
 */
public final class SeedSelection {
    private SeedSelection() {
    }

    /**
     * One seed of a run as the selection sees it: its result, or why there is none.
     *
     * @param source the file its snapshots were read from, for messages; empty for results in memory
     */
    public record Candidate(long seed, SeedResult result, String problem, String source) {
        /** A candidate held in memory, without a source file. */
        public Candidate(long seed, SeedResult result, String problem) {
            this(seed, result, problem, "");
        }
    }

    /** Selects from results held in memory, keeping UNSTABLE seeds. */
    public static GeometryInput fromResults(List<SeedResult> results, int hidden,
            boolean includeUnfinished) {
        return fromResults(results, hidden, includeUnfinished, false);
    }

    /** Selects from results held in memory. */
    public static GeometryInput fromResults(List<SeedResult> results, int hidden,
            boolean includeUnfinished, boolean excludeUnstable) {
        List<Candidate> candidates = new ArrayList<>();
        for (SeedResult r : results) {
            candidates.add(new Candidate(r.seed(), r, ""));
        }
        return select(candidates, hidden, includeUnfinished, excludeUnstable);
    }

    /** Selects from a run read from disk, keeping UNSTABLE seeds. */
    public static GeometryInput fromStoredRun(StoredRun run, boolean includeUnfinished) {
        return fromStoredRun(run, includeUnfinished, false);
    }

    /** Selects from a run read from disk; the optimizer width comes from its configuration. */
    public static GeometryInput fromStoredRun(StoredRun run, boolean includeUnfinished, boolean excludeUnstable) {
        List<Candidate> candidates = new ArrayList<>();
        for (StoredSeed seed : run.seeds()) {
            Path snapshots = RunLayout.seedDir(run.directory(), seed.seed()).resolve(RunLayout.SNAPSHOTS_NPY);
            candidates.add(new Candidate(seed.seed(), seed.result(), seed.problem(), snapshots.toString()));
        }
        return select(candidates, run.config().optHidden(), includeUnfinished, excludeUnstable);
    }

    /** Selects from candidates in run order, keeping UNSTABLE seeds. */
    public static GeometryInput select(List<Candidate> candidates, int hidden, boolean includeUnfinished) {
        return select(candidates, hidden, includeUnfinished, false);
    }

    /** Selects from candidates in run order; a candidate without a result is left out with its problem. */
    public static GeometryInput select(List<Candidate> candidates, int hidden, boolean includeUnfinished,
            boolean excludeUnstable) {
        int size = AlphaLayout.size(hidden);
        List<SeedAlphas> usable = new ArrayList<>();
        List<ExcludedSeed> excluded = new ArrayList<>();
        List<SeedHealth> unstable = new ArrayList<>();
        for (int index = 0; index < candidates.size(); index++) {
            Candidate c = candidates.get(index);
            SeedResult r = c.result();
            if (r == null) {
                excluded.add(new ExcludedSeed(c.seed(), "UNREADABLE", c.problem()));
                continue;
            }
            String reason = reasonToExclude(r, c.source(), size, includeUnfinished);
            if (!reason.isEmpty()) {
                excluded.add(new ExcludedSeed(r.seed(), r.state().name(), reason));
                continue;
            }
            SeedHealth health = SeedHealth.of(r);
            if (health.isUnstable() && excludeUnstable) {
                excluded.add(new ExcludedSeed(r.seed(), SeedHealth.Flag.UNSTABLE.name(), health.describe()));
                continue;
            }
            if (health.isUnstable()) {
                unstable.add(health);
            }
            usable.add(new SeedAlphas(r.seed(), index, r.state(), r.snapshotSteps(), r.snapshots()));
        }
        return new GeometryInput(hidden, usable, excluded, includeUnfinished, unstable, excludeUnstable);
    }

    private static String reasonToExclude(SeedResult r, String source, int size, boolean includeUnfinished) {
        if (!r.hasSnapshots()) {
            return "no alpha snapshot was recorded";
        }
        for (int row = 0; row < r.snapshots().length; row++) {
            double[] alpha = r.snapshots()[row];
            if (alpha.length != size) {
                return "alpha has " + alpha.length + " entries, expected " + size;
            }
            String magnitude = AlphaMagnitude.problem(alpha);
            if (!magnitude.isEmpty()) {
                return "snapshot at meta-step " + r.snapshotSteps()[row]
                        + (source.isEmpty() ? "" : " in " + source) + " is " + magnitude
                        + (source.isEmpty() ? "" : "; the file is damaged or the seed blew up");
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
