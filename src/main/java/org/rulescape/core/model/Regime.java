package org.rulescape.core.model;

/**
 * Named presets of the reference experiment. {@link #CUSTOM} marks a configuration whose
 * values were changed from a preset; it fills the same defaults as {@link #DEBUG}.
 */
public enum Regime {
    /** 100 meta-steps, T = 10, meta-batch 4, 3 seeds: a run of a few seconds. */
    DEBUG(100, 10, 4, 3),
    /** 1000 meta-steps, T = 30, meta-batch 16, 10 seeds: the reference experiment. */
    FULL(1000, 30, 16, 10),
    /** User-chosen values, starting from the DEBUG preset. */
    CUSTOM(100, 10, 4, 3);

    private final int metaSteps;
    private final int innerSteps;
    private final int metaBatch;
    private final int seedCount;

    Regime(int metaSteps, int innerSteps, int metaBatch, int seedCount) {
        this.metaSteps = metaSteps;
        this.innerSteps = innerSteps;
        this.metaBatch = metaBatch;
        this.seedCount = seedCount;
    }

    /** Returns the full configuration of this preset, every other setting at its default. */
    public ExperimentConfig config() {
        return ExperimentConfig.defaults().toBuilder()
                .regime(this)
                .metaSteps(metaSteps)
                .innerSteps(innerSteps)
                .metaBatch(metaBatch)
                .seedCount(seedCount)
                .build();
    }

    /**
     * Parses a regime name, ignoring case.
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    public static Regime parse(String name) {
        for (Regime regime : values()) {
            if (regime.name().equalsIgnoreCase(name.trim())) {
                return regime;
            }
        }
        throw new IllegalArgumentException(
                "regime must be one of debug, full, custom, got '" + name + "'");
    }
}
