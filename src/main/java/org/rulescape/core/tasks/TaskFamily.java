package org.rulescape.core.tasks;

/** The three function families of the 1D regression tasks, each drawn with probability 1/3. */
public enum TaskFamily {
    /** A sin(w x + phi) + b with A ~ U(0.5, 2), w ~ U(0.5, 3), phi ~ U(0, 2 pi), b ~ U(-0.5, 0.5). */
    SINUSOID,
    /** sum_{i=0..d} a_i x^i with d uniform in {2, 3} and a_i ~ U(-1, 1). */
    POLYNOMIAL,
    /** A exp(beta x) + c with A ~ U(0.3, 1), beta ~ U(-0.5, 0.5), c ~ U(-0.5, 0.5). */
    EXPONENTIAL
}
