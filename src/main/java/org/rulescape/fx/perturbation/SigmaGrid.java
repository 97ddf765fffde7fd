package org.rulescape.fx.perturbation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The values a sigma slider snaps to: steps of 0.01 from 0.01 to 0.1, of 0.05 up to 1 and of
 * 0.1 up to 5 (alpha units). A slider moves over the grid's indices, so each step of the slider
 * is one grid step and a short drag changes sigma by a little, however large sigma is.
 */
final class SigmaGrid {
    /** The grid, ascending. */
    static final List<Double> VALUES = build();

    private SigmaGrid() {
    }

    private static List<Double> build() {
        List<Double> values = new ArrayList<>();
        add(values, "0.01", "0.09", "0.01");
        add(values, "0.10", "0.95", "0.05");
        add(values, "1.0", "5.0", "0.1");
        return List.copyOf(values);
    }

    private static void add(List<Double> values, String from, String to, String step) {
        BigDecimal end = new BigDecimal(to);
        BigDecimal increment = new BigDecimal(step);
        for (BigDecimal value = new BigDecimal(from); value.compareTo(end) <= 0; value = value.add(increment)) {
            values.add(value.doubleValue());
        }
    }

    /** Largest slider index. */
    static int maxIndex() {
        return VALUES.size() - 1;
    }

    /** The grid value at a slider position, rounded to the nearest index and clamped to the grid. */
    static double valueAt(double position) {
        int index = (int) Math.round(position);
        return VALUES.get(Math.max(0, Math.min(maxIndex(), index)));
    }

    /**
     * The index of the grid value nearest to {@code sigma} on a log scale; sigmas outside the grid
     * go to its ends.
     */
    static int indexOf(double sigma) {
        int best = 0;
        double bestGap = Double.POSITIVE_INFINITY;
        for (int i = 0; i < VALUES.size(); i++) {
            double gap = Math.abs(Math.log(VALUES.get(i)) - Math.log(Math.max(sigma, 1e-12)));
            if (gap < bestGap) {
                best = i;
                bestGap = gap;
            }
        }
        return best;
    }
}
