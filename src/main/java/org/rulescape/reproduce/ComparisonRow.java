package org.rulescape.reproduce;

import java.util.List;
import java.util.Objects;

/**
 * One row of the comparison with the reference experiment.
 *
 * @param quantity  what is compared, for example "PC1"
 * @param reference the reported value as text
 * @param measured  Rulescape's value with its interval, or why it is missing
 * @param baseline  the baseline that qualifies the value (null band, initial alphas), or "-"
 * @param verdict   how the reference relates to the measured value, for example "inside the interval"
 * @param agrees    TRUE or FALSE when the comparison has a yes-or-no outcome, null when the row
 *                  is informative only or the value is missing
 */
public record ComparisonRow(String quantity, String reference, String measured, String baseline, String verdict,
        Boolean agrees) {

    public ComparisonRow {
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(measured, "measured");
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(verdict, "verdict");
    }

    /** A row whose value could not be computed. */
    static ComparisonRow missing(String quantity, String reference, String problem) {
        return new ComparisonRow(quantity, reference, "not computed: " + problem, "-", "-", null);
    }

    /** The cells in table order. */
    List<String> cells() {
        return List.of(quantity, reference, measured, baseline, verdict);
    }
}
