package org.rulescape.core.analysis;

/**
 * PCA outcome when the rows do not spread at all: every row equals the mean (to within a
 * relative 1e-12 of the rows' scale), or there is only one row. D at every threshold is 0.
 *
 * @param rows    number of rows S
 * @param columns number of columns P
 * @param mean    the common row, length P
 */
public record ZeroVariance(int rows, int columns, double[] mean) implements PcaOutcome {

    @Override
    public double totalVariance() {
        return 0;
    }

    @Override
    public double[] ratios() {
        return new double[PcaOutcome.maxComponents(rows, columns)];
    }
}
