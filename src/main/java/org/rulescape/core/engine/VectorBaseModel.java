package org.rulescape.core.engine;

import static org.rulescape.core.engine.VectorLanes.L;
import static org.rulescape.core.engine.VectorLanes.SPECIES;

import java.util.Arrays;
import jdk.incubator.vector.FloatVector;

/**
 * The 1-H-1 tanh base model of {@link FloatBaseModel} for L tasks at once, one per lane (see
 * {@link VectorLanes}). Every float operation and every order of summation is the same as in
 * {@link FloatBaseModel}, so each lane's results are bitwise equal to that class's results for
 * the same task.
 *
 * <p>Layouts, each entry L lanes wide: theta and vectors shaped like it {@code [W1 (H), b1 (H),
 * W2 (H), b2]}; inputs, targets and residuals {@code [point]}; hidden activations
 * {@code [point][unit]}. The sum over the units of a point keeps eight partial sums (unit j adds
 * to sum j mod 8) and the sums over points halve the rows, as the scalar helpers do. The scalar
 * model pads H to 16 units whose terms are exact zeros; they change no sum, so this class leaves
 * them out.
 *
 * <p>Hot loops call the Vector API directly, without helper methods of this project: HotSpot
 * always inlines the API's own methods, but may leave a helper that returns a vector as a call,
 * and then every vector it returns is allocated on the heap.
 */
final class VectorBaseModel {
    private final int h;

    private final float[] outW1;
    private final float[] outB1;
    private final float[] outW2;
    private final float[] rowDerivative;
    private final float[] rowValues;
    private final float[] partial = new float[8 * L];

    /** Creates a model of {@code hidden} units for calls with at most {@code maxPoints} inputs. */
    VectorBaseModel(int hidden, int maxPoints) {
        this.h = hidden;
        int size = maxPoints * hidden * L;
        outW1 = new float[size];
        outB1 = new float[size];
        outW2 = new float[size];
        rowDerivative = new float[size];
        rowValues = new float[maxPoints * L];
    }

    /** Number of floats of one call's hidden activations for {@code n} points. */
    int hiddenSize(int n) {
        return n * h * L;
    }

    /**
     * Writes dL/dtheta at {@code theta} into {@code grad} for inputs x and targets y (n points),
     * stores the activations in {@code hidden}, the residuals {@code r_i = (2/n)(y_hat_i - y_i)} in
     * {@code residual} and, when {@code errors} is not null, the errors {@code y_hat_i - y_i} in
     * {@code errors} (for the loss, summed in double by the caller).
     */
    void gradient(float[] theta, float[] x, float[] y, int n, float[] hidden, float[] residual,
            float[] errors, float[] grad) {
        activations(theta, x, n, hidden);
        float scale = 2.0f / n;
        FloatVector b2 = FloatVector.fromArray(SPECIES, theta, 3 * h * L);
        FloatVector sumR = FloatVector.zero(SPECIES);
        for (int i = 0; i < n; i++) {
            outputPartials(theta, hidden, i);
            storePartialTotal(rowValues, i * L);
            FloatVector yHat = FloatVector.fromArray(SPECIES, rowValues, i * L);
            FloatVector err = yHat.add(b2).sub(FloatVector.fromArray(SPECIES, y, i * L));
            if (errors != null) {
                err.intoArray(errors, i * L);
            }
            FloatVector r = err.mul(scale);
            r.intoArray(residual, i * L);
            sumR = sumR.add(r);
        }
        if (n % 4 == 0) {
            for (int i = 0; i < n / 4; i++) {
                gradientTermsQuad(theta, x, n, hidden, residual, i);
            }
        } else {
            gradientTerms(theta, x, n, hidden, residual);
        }
        collect(n, grad);
        sumR.intoArray(grad, 3 * h * L);
    }

    /** Stores tanh(W1_j x_i + b1_j) for every point i and unit j in {@code hidden}. */
    private void activations(float[] theta, float[] x, int n, float[] hidden) {
        for (int i = 0; i < n; i++) {
            FloatVector xi = FloatVector.fromArray(SPECIES, x, i * L);
            int row = i * h;
            for (int j = 0; j < h; j++) {
                FloatVector pre = FloatVector.fromArray(SPECIES, theta, j * L).mul(xi)
                        .add(FloatVector.fromArray(SPECIES, theta, (h + j) * L));
                // FastTanh.tanh, operation for operation.
                FloatVector c = pre.min(FastTanh.CLAMP).max(-FastTanh.CLAMP);
                FloatVector s = c.mul(c);
                FloatVector p = s.fma(FastTanh.P4, FastTanh.P3).fma(s, FloatVector.broadcast(SPECIES, FastTanh.P2))
                        .fma(s, FloatVector.broadcast(SPECIES, FastTanh.P1))
                        .fma(s, FloatVector.broadcast(SPECIES, FastTanh.P0));
                FloatVector q = s.fma(FastTanh.Q4, FastTanh.Q3).fma(s, FloatVector.broadcast(SPECIES, FastTanh.Q2))
                        .fma(s, FloatVector.broadcast(SPECIES, FastTanh.Q1))
                        .fma(s, FloatVector.broadcast(SPECIES, 1.0f));
                c.mul(p).div(q).intoArray(hidden, (row + j) * L);
            }
        }
    }

    /**
     * Stores the total of the eight partial sums at {@code out[at ..]}, in the scalar model's order
     * {@code ((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7))}. It returns nothing, so no vector
     * leaves the method and HotSpot never has to allocate one, whether it inlines the call or not.
     */
    private void storePartialTotal(float[] out, int at) {
        FloatVector left = FloatVector.fromArray(SPECIES, partial, 0)
                .add(FloatVector.fromArray(SPECIES, partial, L))
                .add(FloatVector.fromArray(SPECIES, partial, 2 * L)
                        .add(FloatVector.fromArray(SPECIES, partial, 3 * L)));
        FloatVector right = FloatVector.fromArray(SPECIES, partial, 4 * L)
                .add(FloatVector.fromArray(SPECIES, partial, 5 * L))
                .add(FloatVector.fromArray(SPECIES, partial, 6 * L)
                        .add(FloatVector.fromArray(SPECIES, partial, 7 * L)));
        left.add(right).intoArray(out, at);
    }

    /** Adds W2_j h_ij of point i into the eight partial sums, unit j into sum j mod 8. */
    private void outputPartials(float[] theta, float[] hidden, int i) {
        Arrays.fill(partial, 0f);
        int row = i * h;
        for (int j = 0; j < h; j++) {
            int at = (j & 7) * L;
            FloatVector term = FloatVector.fromArray(SPECIES, theta, (2 * h + j) * L)
                    .mul(FloatVector.fromArray(SPECIES, hidden, (row + j) * L));
            FloatVector.fromArray(SPECIES, partial, at).add(term).intoArray(partial, at);
        }
    }

    /** s_ij = r_i W2_j (1 - h_ij^2); dL/db1 sums s, dL/dW1 sums s x, dL/dW2 sums r h. */
    private void gradientTerms(float[] theta, float[] x, int n, float[] hidden, float[] residual) {
        for (int i = 0; i < n; i++) {
            FloatVector r = FloatVector.fromArray(SPECIES, residual, i * L);
            FloatVector xi = FloatVector.fromArray(SPECIES, x, i * L);
            int target = VectorLanes.firstHalvingTarget(i, n);
            for (int j = 0; j < h; j++) {
                int e = (i * h + j) * L;
                int to = (target * h + j) * L;
                FloatVector a = FloatVector.fromArray(SPECIES, hidden, e);
                FloatVector slope = FloatVector.broadcast(SPECIES, 1.0f).sub(a.mul(a));
                FloatVector s = r.mul(FloatVector.fromArray(SPECIES, theta, (2 * h + j) * L)).mul(slope);
                FloatVector b1Term = s;
                FloatVector w2Term = r.mul(a);
                FloatVector w1Term = s.mul(xi);
                if (target != i) {
                    b1Term = FloatVector.fromArray(SPECIES, outB1, to).add(b1Term);
                    w2Term = FloatVector.fromArray(SPECIES, outW2, to).add(w2Term);
                    w1Term = FloatVector.fromArray(SPECIES, outW1, to).add(w1Term);
                }
                b1Term.intoArray(outB1, to);
                w2Term.intoArray(outW2, to);
                w1Term.intoArray(outW1, to);
            }
        }
    }

    /**
     * {@link #gradientTerms} for the four points i, i + n/4, i + n/2 and i + 3n/4 at once (n a
     * multiple of four), summed in registers in the order of the first two halvings of
     * {@link VectorLanes#sumRowsInPlace}, (a + c) + (b + d), into row i: one store per sum where
     * the point-by-point loop needs four, and two halvings fewer.
     */
    private void gradientTermsQuad(float[] theta, float[] x, int n, float[] hidden, float[] residual, int i) {
        int quarter = n / 4;
        int pointA = i + 0 * quarter;
        FloatVector rA = FloatVector.fromArray(SPECIES, residual, pointA * L);
        FloatVector xA = FloatVector.fromArray(SPECIES, x, pointA * L);

        int pointB = i + 1 * quarter;
        FloatVector rB = FloatVector.fromArray(SPECIES, residual, pointB * L);
        FloatVector xB = FloatVector.fromArray(SPECIES, x, pointB * L);

        int pointC = i + 2 * quarter;
        FloatVector rC = FloatVector.fromArray(SPECIES, residual, pointC * L);
        FloatVector xC = FloatVector.fromArray(SPECIES, x, pointC * L);

        int pointD = i + 3 * quarter;
        FloatVector rD = FloatVector.fromArray(SPECIES, residual, pointD * L);
        FloatVector xD = FloatVector.fromArray(SPECIES, x, pointD * L);
        for (int j = 0; j < h; j++) {
            FloatVector w2 = FloatVector.fromArray(SPECIES, theta, (2 * h + j) * L);
            FloatVector aA = FloatVector.fromArray(SPECIES, hidden, (pointA * h + j) * L);
            FloatVector sA = rA.mul(w2).mul(FloatVector.broadcast(SPECIES, 1.0f).sub(aA.mul(aA)));

            FloatVector aB = FloatVector.fromArray(SPECIES, hidden, (pointB * h + j) * L);
            FloatVector sB = rB.mul(w2).mul(FloatVector.broadcast(SPECIES, 1.0f).sub(aB.mul(aB)));

            FloatVector aC = FloatVector.fromArray(SPECIES, hidden, (pointC * h + j) * L);
            FloatVector sC = rC.mul(w2).mul(FloatVector.broadcast(SPECIES, 1.0f).sub(aC.mul(aC)));

            FloatVector aD = FloatVector.fromArray(SPECIES, hidden, (pointD * h + j) * L);
            FloatVector sD = rD.mul(w2).mul(FloatVector.broadcast(SPECIES, 1.0f).sub(aD.mul(aD)));

            int to = (i * h + j) * L;
            sA.add(sC).add(sB.add(sD)).intoArray(outB1, to);
            rA.mul(aA).add(rC.mul(aC)).add(rB.mul(aB).add(rD.mul(aD))).intoArray(outW2, to);
            sA.mul(xA).add(sC.mul(xC)).add(sB.mul(xB).add(sD.mul(xD))).intoArray(outW1, to);
        }
    }

    /** {@link #hessianTerms} for four points at once, summed as in {@link #gradientTermsQuad}. */
    private void hessianTermsQuad(float[] theta, float[] x, int n, float[] hidden, float[] residual, float[] v,
            int i) {
        int quarter = n / 4;
        int pointA = i + 0 * quarter;
        FloatVector rrA = FloatVector.fromArray(SPECIES, rowValues, pointA * L);
        FloatVector rA = FloatVector.fromArray(SPECIES, residual, pointA * L);
        FloatVector r2A = rA.mul(2.0f);
        FloatVector xA = FloatVector.fromArray(SPECIES, x, pointA * L);

        int pointB = i + 1 * quarter;
        FloatVector rrB = FloatVector.fromArray(SPECIES, rowValues, pointB * L);
        FloatVector rB = FloatVector.fromArray(SPECIES, residual, pointB * L);
        FloatVector r2B = rB.mul(2.0f);
        FloatVector xB = FloatVector.fromArray(SPECIES, x, pointB * L);

        int pointC = i + 2 * quarter;
        FloatVector rrC = FloatVector.fromArray(SPECIES, rowValues, pointC * L);
        FloatVector rC = FloatVector.fromArray(SPECIES, residual, pointC * L);
        FloatVector r2C = rC.mul(2.0f);
        FloatVector xC = FloatVector.fromArray(SPECIES, x, pointC * L);

        int pointD = i + 3 * quarter;
        FloatVector rrD = FloatVector.fromArray(SPECIES, rowValues, pointD * L);
        FloatVector rD = FloatVector.fromArray(SPECIES, residual, pointD * L);
        FloatVector r2D = rD.mul(2.0f);
        FloatVector xD = FloatVector.fromArray(SPECIES, x, pointD * L);
        for (int j = 0; j < h; j++) {
            FloatVector w2 = FloatVector.fromArray(SPECIES, theta, (2 * h + j) * L);
            FloatVector vW2 = FloatVector.fromArray(SPECIES, v, (2 * h + j) * L);
            int eA = (pointA * h + j) * L;
            FloatVector aA = FloatVector.fromArray(SPECIES, hidden, eA);
            FloatVector rhA = FloatVector.fromArray(SPECIES, rowDerivative, eA);
            FloatVector workA = rrA.mul(w2).add(rA.mul(vW2));
            FloatVector sA = workA.mul(FloatVector.broadcast(SPECIES, 1.0f).sub(aA.mul(aA)))
                    .sub(r2A.mul(w2).mul(aA).mul(rhA));

            int eB = (pointB * h + j) * L;

            FloatVector aB = FloatVector.fromArray(SPECIES, hidden, eB);
            FloatVector rhB = FloatVector.fromArray(SPECIES, rowDerivative, eB);
            FloatVector workB = rrB.mul(w2).add(rB.mul(vW2));
            FloatVector sB = workB.mul(FloatVector.broadcast(SPECIES, 1.0f).sub(aB.mul(aB)))
                    .sub(r2B.mul(w2).mul(aB).mul(rhB));

            int eC = (pointC * h + j) * L;

            FloatVector aC = FloatVector.fromArray(SPECIES, hidden, eC);
            FloatVector rhC = FloatVector.fromArray(SPECIES, rowDerivative, eC);
            FloatVector workC = rrC.mul(w2).add(rC.mul(vW2));
            FloatVector sC = workC.mul(FloatVector.broadcast(SPECIES, 1.0f).sub(aC.mul(aC)))
                    .sub(r2C.mul(w2).mul(aC).mul(rhC));

            int eD = (pointD * h + j) * L;

            FloatVector aD = FloatVector.fromArray(SPECIES, hidden, eD);
            FloatVector rhD = FloatVector.fromArray(SPECIES, rowDerivative, eD);
            FloatVector workD = rrD.mul(w2).add(rD.mul(vW2));
            FloatVector sD = workD.mul(FloatVector.broadcast(SPECIES, 1.0f).sub(aD.mul(aD)))
                    .sub(r2D.mul(w2).mul(aD).mul(rhD));

            int to = (i * h + j) * L;
            sA.add(sC).add(sB.add(sD)).intoArray(outB1, to);
            sA.mul(xA).add(sC.mul(xC)).add(sB.mul(xB).add(sD.mul(xD))).intoArray(outW1, to);
            rrA.mul(aA).add(rA.mul(rhA)).add(rrC.mul(aC).add(rC.mul(rhC)))
                    .add(rrB.mul(aB).add(rB.mul(rhB)).add(rrD.mul(aD).add(rD.mul(rhD))))
                    .intoArray(outW2, to);
        }
    }

    /**
     * Sums the per-point terms over the points into the W1, b1 and W2 blocks of {@code out}. The
     * term loops have already done the first two halvings when n is a multiple of four (see
     * {@link #gradientTermsQuad}), the first one otherwise (see
     * {@link VectorLanes#firstHalvingTarget}).
     */
    private void collect(int n, float[] out) {
        int rows = n % 4 == 0 ? n / 4 : VectorLanes.rowsAfterFirstHalving(n);
        VectorLanes.sumRowsInPlace(outW1, rows, h);
        VectorLanes.sumRowsInPlace(outB1, rows, h);
        VectorLanes.sumRowsInPlace(outW2, rows, h);
        System.arraycopy(outW1, 0, out, 0, h * L);
        System.arraycopy(outB1, 0, out, h * L, h * L);
        System.arraycopy(outW2, 0, out, 2 * h * L, h * L);
    }

    /**
     * Writes {@code H v} into {@code out}, H the Hessian of L at {@code theta}, from the
     * activations and residuals that {@link #gradient} stored for the same theta and inputs; v
     * and out have theta's layout. Same formulas as {@link FloatBaseModel#hessianVector}.
     */
    void hessianVector(float[] theta, float[] x, int n, float[] hidden, float[] residual, float[] v,
            float[] out) {
        directionalActivations(x, n, hidden, v);
        FloatVector dirB2 = FloatVector.fromArray(SPECIES, v, 3 * h * L);
        float scale = 2.0f / n;
        FloatVector sumRr = FloatVector.zero(SPECIES);
        for (int i = 0; i < n; i++) {
            directionalPartials(theta, hidden, v, i);
            storePartialTotal(rowValues, i * L);
            FloatVector rr = FloatVector.fromArray(SPECIES, rowValues, i * L).add(dirB2).mul(scale);
            rr.intoArray(rowValues, i * L);
            sumRr = sumRr.add(rr);
        }
        if (n % 4 == 0) {
            for (int i = 0; i < n / 4; i++) {
                hessianTermsQuad(theta, x, n, hidden, residual, v, i);
            }
        } else {
            hessianTerms(theta, x, n, hidden, residual, v);
        }
        collect(n, out);
        sumRr.intoArray(out, 3 * h * L);
    }

    /** Stores R(h_ij) = (1 - h_ij^2)(v_W1_j x_i + v_b1_j) in {@code rowDerivative}. */
    private void directionalActivations(float[] x, int n, float[] hidden, float[] v) {
        for (int i = 0; i < n; i++) {
            FloatVector xi = FloatVector.fromArray(SPECIES, x, i * L);
            for (int j = 0; j < h; j++) {
                int e = (i * h + j) * L;
                FloatVector a = FloatVector.fromArray(SPECIES, hidden, e);
                FloatVector slope = FloatVector.broadcast(SPECIES, 1.0f).sub(a.mul(a));
                FloatVector in = FloatVector.fromArray(SPECIES, v, j * L).mul(xi)
                        .add(FloatVector.fromArray(SPECIES, v, (h + j) * L));
                slope.mul(in).intoArray(rowDerivative, e);
            }
        }
    }

    /** Adds the terms v_W2_j h_ij + W2_j R(h_ij) of R(y_hat_i) into the eight partial sums. */
    private void directionalPartials(float[] theta, float[] hidden, float[] v, int i) {
        Arrays.fill(partial, 0f);
        for (int j = 0; j < h; j++) {
            int e = (i * h + j) * L;
            int at = (j & 7) * L;
            FloatVector term = FloatVector.fromArray(SPECIES, v, (2 * h + j) * L)
                    .mul(FloatVector.fromArray(SPECIES, hidden, e))
                    .add(FloatVector.fromArray(SPECIES, theta, (2 * h + j) * L)
                            .mul(FloatVector.fromArray(SPECIES, rowDerivative, e)));
            FloatVector.fromArray(SPECIES, partial, at).add(term).intoArray(partial, at);
        }
    }

    /** R(s_ij) = (R(r_i) W2_j + r_i v_W2_j)(1 - h^2) - 2 r_i W2_j h R(h), and the other per-point terms. */
    private void hessianTerms(float[] theta, float[] x, int n, float[] hidden, float[] residual, float[] v) {
        for (int i = 0; i < n; i++) {
            FloatVector rr = FloatVector.fromArray(SPECIES, rowValues, i * L);
            FloatVector r = FloatVector.fromArray(SPECIES, residual, i * L);
            FloatVector r2 = r.mul(2.0f);
            FloatVector xi = FloatVector.fromArray(SPECIES, x, i * L);
            int target = VectorLanes.firstHalvingTarget(i, n);
            for (int j = 0; j < h; j++) {
                int e = (i * h + j) * L;
                int to = (target * h + j) * L;
                FloatVector a = FloatVector.fromArray(SPECIES, hidden, e);
                FloatVector rh = FloatVector.fromArray(SPECIES, rowDerivative, e);
                FloatVector w2 = FloatVector.fromArray(SPECIES, theta, (2 * h + j) * L);
                FloatVector work = rr.mul(w2).add(r.mul(FloatVector.fromArray(SPECIES, v, (2 * h + j) * L)));
                FloatVector slope = FloatVector.broadcast(SPECIES, 1.0f).sub(a.mul(a));
                FloatVector b1Term = work.mul(slope).sub(r2.mul(w2).mul(a).mul(rh));
                FloatVector w1Term = b1Term.mul(xi);
                FloatVector w2Term = rr.mul(a).add(r.mul(rh));
                if (target != i) {
                    b1Term = FloatVector.fromArray(SPECIES, outB1, to).add(b1Term);
                    w1Term = FloatVector.fromArray(SPECIES, outW1, to).add(w1Term);
                    w2Term = FloatVector.fromArray(SPECIES, outW2, to).add(w2Term);
                }
                b1Term.intoArray(outB1, to);
                w1Term.intoArray(outW1, to);
                w2Term.intoArray(outW2, to);
            }
        }
    }
}
