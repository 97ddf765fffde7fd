package org.rulescape.core.model;

/** How the meta-gradient is computed through the unrolled inner loop. */
public enum GradientMode {
    /** Exact reverse-mode gradient, including the second-order terms through every inner gradient. */
    EXACT,
    /**
     * First-order approximation: each inner gradient is treated as a constant input, so the terms
     * through the Hessian of the training loss are dropped. Offered for comparison only.
     */
    FIRST_ORDER
}
