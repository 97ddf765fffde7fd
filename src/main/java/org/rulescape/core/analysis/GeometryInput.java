package org.rulescape.core.analysis;

import java.util.List;
import org.rulescape.core.experiment.SeedHealth;

/**
 * The seeds an analysis uses and those it leaves out.
 *
 * @param hidden           hidden width K of the optimizer network; alphas have 5K + 1 entries
 * @param seeds            usable seeds in run order
 * @param excluded         seeds left out, with reasons
 * @param includedUnfinished true when seeds that did not finish normally were admitted
 * @param unstable         health of the used seeds flagged UNSTABLE ({@link SeedHealth#RULE}), in
 *                         run order; they stay in the analysis unless {@code excludedUnstable}
 * @param excludedUnstable true when UNSTABLE seeds were left out (they are then in {@code excluded})
 */
public record GeometryInput(int hidden, List<SeedAlphas> seeds, List<ExcludedSeed> excluded,
        boolean includedUnfinished, List<SeedHealth> unstable, boolean excludedUnstable) {

    /** Fewest usable seeds for a geometry analysis: with 2 seeds there is one distance and one component. */
    public static final int MIN_SEEDS = 3;

    public GeometryInput {
        seeds = List.copyOf(seeds);
        excluded = List.copyOf(excluded);
        unstable = List.copyOf(unstable);
    }

    /** An input without health information: no seed is listed as unstable. */
    public GeometryInput(int hidden, List<SeedAlphas> seeds, List<ExcludedSeed> excluded,
            boolean includedUnfinished) {
        this(hidden, seeds, excluded, includedUnfinished, List.of(), false);
    }

    /** Returns the S x P matrix of final alphas, one row per usable seed. */
    public double[][] finalAlphas() {
        return seeds.stream().map(SeedAlphas::finalAlpha).toArray(double[][]::new);
    }

    /** Returns the S x P matrix of initial alphas. */
    public double[][] initialAlphas() {
        return seeds.stream().map(SeedAlphas::initialAlpha).toArray(double[][]::new);
    }

    /** Returns the usable seeds' run seeds. */
    public long[] seedIds() {
        return seeds.stream().mapToLong(SeedAlphas::seed).toArray();
    }

    /**
     * Returns why this input cannot be analyzed, or an empty string when it can: there must be
     * at least {@link #MIN_SEEDS} usable seeds.
     */
    public String problem() {
        if (seeds.size() >= MIN_SEEDS) {
            return "";
        }
        StringBuilder text = new StringBuilder("geometry analysis needs at least " + MIN_SEEDS
                + " usable seeds, found " + seeds.size());
        if (!excluded.isEmpty()) {
            text.append("; left out: ");
            for (int i = 0; i < excluded.size(); i++) {
                ExcludedSeed e = excluded.get(i);
                text.append(i == 0 ? "" : "; ").append("seed ").append(e.seed()).append(" (")
                        .append(e.reason()).append(')');
            }
        }
        text.append(includedUnfinished ? ". Train more seeds"
                : ". Train more seeds, or include diverged and unfinished seeds that have finite snapshots");
        text.append(excludedUnstable ? ", or keep the UNSTABLE seeds." : ".");
        return text.toString();
    }
}
