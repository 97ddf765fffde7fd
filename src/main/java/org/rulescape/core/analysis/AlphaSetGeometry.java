package org.rulescape.core.analysis;

/**
 * Spread of one set of S alphas (for example the final alphas, the initial alphas or the
 * aligned final alphas): pairwise distances and PCA, each with its bootstrap and its nulls.
 *
 * @param name         short label: "final", "initial" or "aligned"
 * @param alphas       the S x P rows analyzed, in seed order; owned, not to be modified
 * @param distances    pairwise distances with bootstrap intervals
 * @param pca          PCA of the rows
 * @param bootstrap    bootstrap intervals of D, PC1 and PC2
 * @param gaussianNull parallel analysis with per-column scaled Gaussian matrices
 * @param shuffledNull parallel analysis with column-shuffled data
 */
public record AlphaSetGeometry(
        String name,
        double[][] alphas,
        DistanceSummary distances,
        PcaOutcome pca,
        PcaBootstrap bootstrap,
        NullSpectrum gaussianNull,
        NullSpectrum shuffledNull) {

    /** Returns D at the analysis threshold on the data. */
    public int dimension() {
        return pca.dimensionAt(bootstrap.threshold());
    }
}
