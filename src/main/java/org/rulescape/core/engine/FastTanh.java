package org.rulescape.core.engine;

/**
 * Branch-free tanh for float: a rational function of x^2, odd in x, on an input clamped to
 * [-9, 9]. The coefficients are a near-minimax fit to tanh on [0, 9] (absolute error 3e-8 in
 * exact arithmetic); evaluated in float the maximum absolute error against {@link Math#tanh} is
 * below 5e-7 (checked by FastTanhTest over [-12, 12]). For |x| >= 9 it returns tanh(9), which
 * rounds to 1 in float. NaN stays NaN.
 *
 * <p>Only fused multiply-adds, multiplications, one division and min/max are used, so C2 can
 * vectorize loops that call it; {@link Math#fma} is exactly rounded, so results do not depend on
 * whether the hardware fuses.
 *
 * <p>NOTE: {@link Math#fma} is fast only where the CPU has FMA instructions (x86-64 since about
 * 2013); elsewhere the JDK computes it in software, many times slower.
 */
final class FastTanh {
    /** Inputs are clamped to [-CLAMP, CLAMP]; tanh(9) = 1 - 3e-8. */
    static final float CLAMP = 9.0f;

    static final float P0 = 9.999999063e-01f;
    static final float P1 = 1.337319395e-01f;
    static final float P2 = 3.486577501e-03f;
    static final float P3 = 2.047176040e-05f;
    static final float P4 = 1.318413036e-08f;
    static final float Q1 = 4.670649081e-01f;
    static final float Q2 = 2.584196234e-02f;
    static final float Q3 = 3.271378298e-04f;
    static final float Q4 = 7.702624459e-07f;

    private FastTanh() {
    }

    /** Returns an approximation of tanh(x); see the class comment for its error. */
    static float tanh(float x) {
        float c = Math.max(-CLAMP, Math.min(CLAMP, x));
        float s = c * c;
        float p = Math.fma(Math.fma(Math.fma(Math.fma(P4, s, P3), s, P2), s, P1), s, P0);
        float q = Math.fma(Math.fma(Math.fma(Math.fma(Q4, s, Q3), s, Q2), s, Q1), s, 1.0f);
        return c * p / q;
    }
}
