package org.rulescape.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rulescape.core.analysis.ExcludedSeed;
import org.rulescape.core.analysis.GeometryInput;
import org.rulescape.core.store.RunState;
import org.rulescape.core.store.StoredRun;
import org.rulescape.core.store.StoredSeed;

/**
 * Wording of the commands for an interrupted run: run.json still has state RUNNING, but the
 * heartbeat shows that no process writes the run any more (it was killed or crashed), so
 * {@link org.rulescape.core.store.RunReader} reports {@link RunState#INTERRUPTED}. The seeds that
 * run.json still lists as QUEUED or RUNNING are called interrupted in every message, and the
 * messages name the command that continues the run.
 */
final class InterruptedRuns {
    /** Label of an interrupted seed where the commands print a seed state. */
    static final String STATE = "INTERRUPTED";

    private InterruptedRuns() {
    }

    static boolean isInterrupted(StoredRun run) {
        return run.state() == RunState.INTERRUPTED;
    }

    /** Returns the command that continues {@code run} from its checkpoints. */
    static String resumeCommand(Path run) {
        return "rulescape train --resume " + run;
    }

    /** Returns "Continue the run with `rulescape train --resume RUN`", without a full stop. */
    static String resumeSentence(Path run) {
        return "Continue the run with `" + resumeCommand(run) + "`";
    }

    /**
     * Returns the predicate that follows the run's name or "it", for example "was interrupted,
     * because the process training it stopped (killed or crashed) with 2 of its 10 seeds finished".
     */
    static String wasInterrupted(StoredRun run) {
        int seeds = run.seeds().size();
        int finished = seeds - run.interruptedSeeds().size();
        return "was interrupted, because the process training it stopped (killed or crashed) "
                + (finished == 0 ? "before any of its " + seeds + " seeds finished"
                        : "with " + finished + " of its " + seeds + " seeds finished");
    }

    /**
     * Returns {@code input} with its interrupted seeds labelled {@link #STATE} instead of QUEUED or
     * RUNNING. A seed left out for not finishing or for lacking a snapshot gets its progress as the
     * reason, and a reason about damaged data is kept after the progress.
     */
    static GeometryInput relabel(StoredRun run, GeometryInput input) {
        if (!isInterrupted(run)) {
            return input;
        }
        Map<Long, StoredSeed> interrupted = new LinkedHashMap<>();
        run.interruptedSeeds().forEach(seed -> interrupted.put(seed.seed(), seed));
        List<ExcludedSeed> excluded = new ArrayList<>();
        for (ExcludedSeed seed : input.excluded()) {
            StoredSeed stored = interrupted.get(seed.seed());
            if (stored == null || !seed.state().equals(stored.state().name())) {
                excluded.add(seed);
                continue;
            }
            excluded.add(new ExcludedSeed(seed.seed(), STATE, progressReason(run, stored, seed.reason())));
        }
        return new GeometryInput(input.hidden(), input.seeds(), excluded, input.includedUnfinished(),
                input.unstable(), input.excludedUnstable());
    }

    /**
     * Replaces the seed selection's reasons for a seed that did not finish ("did not finish (state
     * RUNNING)" or "no alpha snapshot was recorded") with how far the seed got; keeps other reasons.
     */
    private static String progressReason(StoredRun run, StoredSeed seed, String reason) {
        // NOTE: the two texts are SeedSelection's; if they change, the reason keeps them after the progress.
        String progress = run.interruptedProgress(seed);
        if (reason.equals("did not finish (state " + seed.state() + ")")) {
            return progress;
        }
        if (reason.equals("no alpha snapshot was recorded")) {
            return seed.result().stepsRecorded() == 0 ? progress : progress + ", before its first alpha snapshot";
        }
        return progress + "; " + reason;
    }

    /**
     * States that too few seeds are usable and lists the seeds left out, with seeds of the same
     * reason in one group: "geometry analysis needs at least 3 usable seeds, found 0; left out:
     * seed 0 (interrupted after 50 of 1000 meta-steps); seeds 2, 3 (interrupted before the first
     * meta-step)".
     */
    static String tooFewSeeds(GeometryInput input) {
        StringBuilder text = new StringBuilder("geometry analysis needs at least " + GeometryInput.MIN_SEEDS
                + " usable seeds, found " + input.seeds().size());
        Map<String, List<Long>> seedsByReason = new LinkedHashMap<>();
        for (ExcludedSeed seed : input.excluded()) {
            seedsByReason.computeIfAbsent(seed.reason(), reason -> new ArrayList<>()).add(seed.seed());
        }
        String separator = "; left out: ";
        for (Map.Entry<String, List<Long>> group : seedsByReason.entrySet()) {
            List<Long> seeds = group.getValue();
            text.append(separator).append(seeds.size() == 1 ? "seed " : "seeds ")
                    .append(String.join(", ", seeds.stream().map(String::valueOf).toList()))
                    .append(" (").append(group.getKey()).append(')');
            separator = "; ";
        }
        return text.toString();
    }

    /**
     * Returns the closing advice when an interrupted run has too few usable seeds: resume first,
     * or, as the alternative, the option that admits part-trained seeds or keeps UNSTABLE ones.
     *
     * @param action what the option does, for example "analyze the part-trained seeds as they are"
     */
    static String tooFewSeedsAdvice(Path run, GeometryInput input, String action) {
        StringBuilder text = new StringBuilder(resumeSentence(run));
        if (!input.includedUnfinished()) {
            text.append(", or ").append(action).append(" with --include-diverged");
        }
        if (input.excludedUnstable()) {
            text.append(", or keep the UNSTABLE seeds by leaving out --exclude-unstable");
        }
        return text.append('.').toString();
    }

    /** Returns {@code text} with its first letter in upper case, to start a sentence with a message clause. */
    static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
