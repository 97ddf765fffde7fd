package org.rulescape.figures.charts;

import java.util.Objects;

/**
 * Meta-loss record of one seed, as drawn by {@link MetaLossChart}. The first {@code length}
 * entries of {@code values} are read; the array is not copied, so a live caller may keep
 * appending beyond {@code length} but must not change the entries already counted.
 *
 * @param seed       run seed, shown in the legend and tooltip
 * @param colorIndex position of the seed in its run, which picks its colour
 * @param firstStep  meta-step index of {@code values[0]}
 * @param values     meta-loss per meta-step; non-finite entries are kept and skipped when drawn
 * @param length     number of entries of {@code values} in use, 0 .. values.length
 * @param divergedAt meta-step at which the seed diverged, or -1
 */
public record MetaLossSeries(long seed, int colorIndex, int firstStep, double[] values, int length,
        int divergedAt) {

    public MetaLossSeries {
        Objects.requireNonNull(values, "values");
        if (length < 0 || length > values.length) {
            throw new IllegalArgumentException("length must be in [0, " + values.length + "] for seed "
                    + seed + ", got " + length);
        }
        if (firstStep < 0) {
            throw new IllegalArgumentException("firstStep must be >= 0 for seed " + seed + ", got " + firstStep);
        }
    }

    /** A series over all of {@code values}, starting at step 0. */
    public static MetaLossSeries of(long seed, int colorIndex, double[] values, int divergedAt) {
        return new MetaLossSeries(seed, colorIndex, 0, values, values.length, divergedAt);
    }

    /** Legend and tooltip name of the series. */
    public String label() {
        return "seed " + seed;
    }
}
