package org.rulescape.core.analysis.rule;

import java.util.Objects;

/**
 * One seed's learned rule as input to the analysis.
 *
 * @param seed  run seed
 * @param alpha the seed's final alpha (or last finite alpha of a diverged seed), 5K + 1 finite numbers;
 *              owned by the caller and not modified
 */
public record RuleSeed(long seed, double[] alpha) {

    public RuleSeed {
        Objects.requireNonNull(alpha, "alpha");
        LearnedRule.hiddenWidth(alpha.length);
    }
}
