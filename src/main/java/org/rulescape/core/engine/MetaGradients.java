package org.rulescape.core.engine;

import org.rulescape.core.model.ExperimentConfig;

/** Creates the meta-gradient kernel that a configuration asks for. */
public final class MetaGradients {
    private MetaGradients() {
    }

    /** Returns a new kernel for one worker thread, sized for {@code config}. */
    public static MetaGradient create(ExperimentConfig config) {
        throw new UnsupportedOperationException("kernel not implemented yet");
    }
}
