package org.rulescape.core.engine;

import org.rulescape.core.model.ExperimentConfig;

/** Creates the meta-gradient kernel that a configuration asks for. */
public final class MetaGradients {
    private MetaGradients() {
    }

    /**
     * Returns a new kernel for one worker thread, sized for {@code config}: {@link FloatKernel}
     * for {@code FLOAT}, {@link DoubleKernel} for {@code DOUBLE}.
     */
    public static MetaGradient create(ExperimentConfig config) {
        return switch (config.precision()) {
            case DOUBLE -> new DoubleKernel(config);
            case FLOAT -> new FloatKernel(config);
        };
    }
}
