package org.rulescape.core.analysis.rule;

import java.util.Objects;

/**
 * Per-seed figures of the function-space analysis.
 *
 * @param seed        run seed
 * @param ruleRms     RMS of the rule's update over the probe set, in theta units: the scale that
 *                    function-space distances compare against
 * @param fittedRates SGD and momentum rates fitted to this rule by least squares, with residuals
 */
public record SeedRuleSummary(long seed, double ruleRms, ReferenceRates fittedRates) {

    public SeedRuleSummary {
        Objects.requireNonNull(fittedRates, "fittedRates");
    }
}
