package org.rulescape.core.analysis;

import java.util.List;

/**
 * The seeds an analysis uses and those it leaves out.
 *
 * @param hidden           hidden width K of the optimizer network; alphas have 5K + 1 entries
 * @param seeds            usable seeds in run order
 * @param excluded         seeds left out, with reasons
 * @param includedUnfinished true when seeds that did not finish normally were admitted
 */
public record GeometryInput(int hidden, List<SeedAlphas> seeds, List<ExcludedSeed> excluded,
        boolean includedUnfinished) {

    /** Fewest usable seeds for a geometry analysis: with 2 seeds there is one distance and one component. */
    public static final int MIN_SEEDS = 3;

    public GeometryInput {
        seeds = List.copyOf(seeds);
        excluded = List.copyOf(excluded);
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
     * Returns why this input cannot be analysed, or an empty string when it can: there must be
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
        text.append(includedUnfinished ? ". Train more seeds."
                : ". Train more seeds, or include diverged and unfinished seeds that have finite snapshots.");
        return text.toString();
    }
}
