package org.rulescape.core.analysis;

/** How a bootstrap draw reweights the seeds. */
public enum BootstrapScheme {
    /**
     * Classic bootstrap (Efron 1979): draw S seeds with replacement. A draw holds on average
     * only about 63 % distinct seeds, so PCA of a draw has at most (distinct - 1) non-zero
     * components and D90 intervals come out biased low when S is small.
     */
    RESAMPLE,
    /**
     * Bayesian bootstrap (Rubin 1981): every seed is kept with a Dirichlet(1, ..., 1) weight,
     * so a draw keeps the full rank S - 1 and D90 intervals are not capped by duplicates.
     */
    BAYESIAN
}
