package org.rulescape.core.engine;

import java.util.Arrays;

/**
 * The 1-H-1 tanh base model in float with {@link FastTanh}: the gradient of the mean squared
 * error and Hessian-vector products. Same formulas as {@link DoubleBaseModel}.
 *
 * <p>Per-point quantities live in flat {@code n x Hp} arrays (row i for input point i, Hp = H
 * padded to {@link FloatLoops#LANES}), so each step is one long element-wise loop; see
 * {@link FloatLoops} for why. Parameters are tiled across the rows; padding units have zero
 * weights, so they add nothing and their gradient entries are dropped. Results land in this
 * object's fields. Loops are split into passes over a few arrays each, as {@link FloatLoops}
 * explains. One instance per kernel; not thread-safe.
 */
final class FloatBaseModel {
    private final int h;
    private final int width;

    private final float[] w1Tiled;
    private final float[] b1Tiled;
    private final float[] w2Tiled;
    private final float[] block;
    private float b2;

    private final float[] dirW1Tiled;
    private final float[] dirB1Tiled;
    private final float[] dirW2Tiled;
    private float dirB2;

    private final float[] rowValues;
    private final float[] rowResidual;
    private final float[] rowDerivative;
    private final float[] rowExpanded2;
    private final float[] work;
    private final float[] outW1;
    private final float[] outB1;
    private final float[] outW2;
    private final float[] scratch;

    /** dL/dtheta of the last {@link #gradient} call, in theta's layout. */
    final float[] grad;
    /** H v of the last {@link #hessianVector} call, in theta's layout. */
    final float[] hessianVector;

    /** Creates a model of {@code hidden} units for calls with at most {@code maxPoints} inputs. */
    FloatBaseModel(int hidden, int maxPoints) {
        this.h = hidden;
        this.width = FloatLoops.padded(hidden);
        int size = maxPoints * width;
        w1Tiled = new float[size];
        b1Tiled = new float[size];
        w2Tiled = new float[size];
        block = new float[width];
        dirW1Tiled = new float[size];
        dirB1Tiled = new float[size];
        dirW2Tiled = new float[size];
        rowValues = new float[maxPoints];
        rowResidual = new float[maxPoints];
        rowDerivative = new float[size];
        rowExpanded2 = new float[size];
        work = new float[size];
        outW1 = new float[size];
        outB1 = new float[size];
        outW2 = new float[size];
        scratch = new float[size];
        grad = new float[3 * hidden + 1];
        hessianVector = new float[3 * hidden + 1];
    }

    /** Padded row width Hp of the flat per-point arrays. */
    int width() {
        return width;
    }

    /** Writes input x_i across row i of {@code expanded} (length at least n * Hp). */
    void expandInputs(float[] x, int n, float[] expanded) {
        FloatLoops.expandRows(x, n, width, expanded);
    }

    /** Tiles theta (layout [W1, b1, W2, b2]) across {@code n} rows for the next calls. */
    void loadTheta(float[] theta, int n) {
        tileBlock(theta, 0, w1Tiled, n);
        tileBlock(theta, h, b1Tiled, n);
        tileBlock(theta, 2 * h, w2Tiled, n);
        b2 = theta[3 * h];
    }

    /**
     * Tiles only W2 of theta across {@code n} rows. W2 is the one part of theta that
     * {@link #hessianVector} reads, so the reverse pass skips tiling W1 and b1 again.
     */
    void loadOutputWeights(float[] theta, int n) {
        tileBlock(theta, 2 * h, w2Tiled, n);
    }

    private void tileBlock(float[] source, int off, float[] tiled, int n) {
        System.arraycopy(source, off, block, 0, h);
        FloatLoops.tile(block, 0, width, tiled, n);
    }

    /**
     * Computes the gradient of L at the loaded theta into {@link #grad} and returns L, for
     * inputs expanded by {@link #expandInputs} and targets y. Stores the activations in
     * {@code hidden} (flat n x Hp) and {@code r_i = (2/n)(y_hat_i - y_i)} across row i of
     * {@code residualRows} (flat n x Hp, like {@link #expandInputs}), for {@link #hessianVector}.
     * Keeping the expanded residuals saves the Hessian-vector product one expansion a step.
     */
    double gradient(float[] xe, float[] y, int n, float[] hidden, float[] residualRows) {
        int size = n * width;
        for (int e = 0; e < size; e++) {
            work[e] = w1Tiled[e] * xe[e] + b1Tiled[e];
        }
        for (int e = 0; e < size; e++) {
            float a = FastTanh.tanh(work[e]);
            hidden[e] = a;
            work[e] = w2Tiled[e] * a;
        }
        FloatLoops.rowSums(work, n, width, rowValues);

        float scale = 2.0f / n;
        float sumR = 0f;
        double sumSquares = 0;
        for (int i = 0; i < n; i++) {
            float err = rowValues[i] + b2 - y[i];
            sumSquares += (double) err * err;
            float r = scale * err;
            rowResidual[i] = r;
            sumR += r;
        }
        FloatLoops.expandRows(rowResidual, n, width, residualRows);

        // s_ij = r_i W2_j (1 - h_ij^2); dL/db1 sums s, dL/dW1 sums s x, dL/dW2 sums r h.
        for (int e = 0; e < size; e++) {
            float a = hidden[e];
            outB1[e] = residualRows[e] * w2Tiled[e] * (1.0f - a * a);
            outW2[e] = residualRows[e] * a;
        }
        for (int e = 0; e < size; e++) {
            outW1[e] = outB1[e] * xe[e];
        }
        sumRows(n);
        System.arraycopy(outW1, 0, grad, 0, h);
        System.arraycopy(outB1, 0, grad, h, h);
        System.arraycopy(outW2, 0, grad, 2 * h, h);
        grad[3 * h] = sumR;
        return sumSquares / n;
    }

    private void sumRows(int n) {
        FloatLoops.sumRowsInPlace(outW1, n, width, scratch);
        FloatLoops.sumRowsInPlace(outB1, n, width, scratch);
        FloatLoops.sumRowsInPlace(outW2, n, width, scratch);
    }

    /**
     * Computes {@code H v} into {@link #hessianVector}, H the Hessian of L at the theta loaded by
     * {@link #loadTheta} or {@link #loadOutputWeights}, from the activations and expanded
     * residuals that {@link #gradient} stored for the same theta and inputs; {@code v} has
     * theta's layout. This is the directional derivative of the gradient formulas along v
     * (R-operator, Pearlmutter 1994).
     */
    void hessianVector(float[] xe, int n, float[] hidden, float[] residualRows, float[] v) {
        int size = n * width;
        tileBlock(v, 0, dirW1Tiled, n);
        tileBlock(v, h, dirB1Tiled, n);
        tileBlock(v, 2 * h, dirW2Tiled, n);
        dirB2 = v[3 * h];

        // Forward directional derivatives R(h_ij) into rowDerivative, then R(y_hat_i) by row sums.
        for (int e = 0; e < size; e++) {
            float a = hidden[e];
            rowDerivative[e] = (1.0f - a * a) * (dirW1Tiled[e] * xe[e] + dirB1Tiled[e]);
        }
        for (int e = 0; e < size; e++) {
            work[e] = dirW2Tiled[e] * hidden[e] + w2Tiled[e] * rowDerivative[e];
        }
        FloatLoops.rowSums(work, n, width, rowValues);
        float scale = 2.0f / n;
        float sumRr = 0f;
        for (int i = 0; i < n; i++) {
            float rr = scale * (rowValues[i] + dirB2);
            rowValues[i] = rr;
            sumRr += rr;
        }
        FloatLoops.expandRows(rowValues, n, width, rowExpanded2);

        // R(s_ij) = (R(r_i) W2_j + r_i v_W2_j)(1 - h^2) - 2 r_i W2_j h R(h), then the same sums.
        for (int e = 0; e < size; e++) {
            work[e] = rowExpanded2[e] * w2Tiled[e] + residualRows[e] * dirW2Tiled[e];
        }
        for (int e = 0; e < size; e++) {
            float a = hidden[e];
            float rh = rowDerivative[e];
            outB1[e] = work[e] * (1.0f - a * a) - 2.0f * residualRows[e] * w2Tiled[e] * a * rh;
        }
        for (int e = 0; e < size; e++) {
            outW1[e] = outB1[e] * xe[e];
        }
        for (int e = 0; e < size; e++) {
            outW2[e] = rowExpanded2[e] * hidden[e] + residualRows[e] * rowDerivative[e];
        }
        sumRows(n);
        System.arraycopy(outW1, 0, hessianVector, 0, h);
        System.arraycopy(outB1, 0, hessianVector, h, h);
        System.arraycopy(outW2, 0, hessianVector, 2 * h, h);
        hessianVector[3 * h] = sumRr;
    }
}
