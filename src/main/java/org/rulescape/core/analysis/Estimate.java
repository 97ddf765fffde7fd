package org.rulescape.core.analysis;

/**
 * A statistic computed on the data together with its bootstrap interval over seeds.
 *
 * @param value    value on the data as observed
 * @param interval percentile bootstrap interval
 */
public record Estimate(double value, Interval interval) {

    public Estimate {
        java.util.Objects.requireNonNull(interval, "interval");
    }
}
