package org.rulescape.core.model;

/** Floating-point precision of the meta-training kernel. Records and Adam state are always double. */
public enum Precision {
    /** 32-bit kernel with a fast tanh approximation: the default, about twice as fast. */
    FLOAT,
    /** 64-bit kernel with {@link Math#tanh}: the reference used by the gradient checks. */
    DOUBLE
}
