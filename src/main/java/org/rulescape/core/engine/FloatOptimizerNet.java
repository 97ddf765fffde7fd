package org.rulescape.core.engine;

import java.util.Arrays;
import org.rulescape.core.model.AlphaLayout;

/**
 * The 3-K-1 learned optimizer in float, applied to all P parameters of theta at once: its
 * forward step and the reverse step of one inner step, with accumulators for dJ/dalpha.
 *
 * <p>Unit-by-parameter quantities live in flat {@code K x P} arrays (row u for hidden unit u), so
 * each pass is one long element-wise loop; see {@link FloatLoops}, also for why the loops are
 * split into passes that each touch only a few arrays. The optimizer's weights are expanded
 * across the rows once per evaluation, per-parameter vectors are tiled across the rows, and sums
 * over units are row reductions. Sums over parameters for dJ/dalpha are postponed: each step adds
 * into {@code K x P} accumulators and {@link #drainInto} reduces them once per task, in double.
 */
final class FloatOptimizerNet {
    private final int k;
    private final int p;
    private final int width;
    private final int size;

    private final float[] weightG;
    private final float[] weightM;
    private final float[] weightT;
    private final float[] bias;
    private final float[] outWeight;
    private float outBias;

    private final float[] gradTiled;
    private final float[] momTiled;
    private final float[] adjTiled;
    private final float[] work;
    private final float[] work2;
    private final float[] preAdjoint;
    private final float[] scratch;

    private final float[] accWeightG;
    private final float[] accWeightM;
    private final float[] accWeightT;
    private final float[] accBias;
    private final float[] accOutWeight;
    private final float[] accOutBias;

    FloatOptimizerNet(int optHidden, int thetaSize) {
        this.k = optHidden;
        this.p = thetaSize;
        this.width = thetaSize;
        this.size = k * width;
        weightG = new float[size];
        weightM = new float[size];
        weightT = new float[size];
        bias = new float[size];
        outWeight = new float[size];
        gradTiled = new float[size];
        momTiled = new float[size];
        adjTiled = new float[size];
        work = new float[size];
        work2 = new float[size];
        preAdjoint = new float[size];
        scratch = new float[size];
        accWeightG = new float[size];
        accWeightM = new float[size];
        accWeightT = new float[size];
        accBias = new float[size];
        accOutWeight = new float[size];
        accOutBias = new float[width];
    }

    /**
     * Row width of the flat arrays: P itself. Rows are not padded, since every element-wise loop
     * indexes all its arrays alike and padding to 112 floats only added 15 % work (measured 8.4
     * against 7.6 us a task-step). Per-parameter vectors passed in need at least this length.
     */
    int width() {
        return width;
    }

    /** Number of floats {@code K x P} of one step's hidden activations. */
    int activationSize() {
        return size;
    }

    /** Expands alpha into per-row float weights; call once per evaluation. */
    void load(double[] alpha) {
        for (int u = 0; u < k; u++) {
            int from = u * width;
            int to = from + width;
            Arrays.fill(weightG, from, to, (float) alpha[AlphaLayout.w1(k) + 3 * u]);
            Arrays.fill(weightM, from, to, (float) alpha[AlphaLayout.w1(k) + 3 * u + 1]);
            Arrays.fill(weightT, from, to, (float) alpha[AlphaLayout.w1(k) + 3 * u + 2]);
            Arrays.fill(bias, from, to, (float) alpha[AlphaLayout.b1(k) + u]);
            Arrays.fill(outWeight, from, to, (float) alpha[AlphaLayout.w2(k) + u]);
        }
        outBias = (float) alpha[AlphaLayout.b2(k)];
    }

    /** Clears the dJ/dalpha accumulators; call before each task. */
    void clearAccumulators() {
        Arrays.fill(accWeightG, 0f);
        Arrays.fill(accWeightM, 0f);
        Arrays.fill(accWeightT, 0f);
        Arrays.fill(accBias, 0f);
        Arrays.fill(accOutWeight, 0f);
        Arrays.fill(accOutBias, 0f);
    }

    /**
     * Writes the update delta of every parameter into {@code delta[0 .. P)} from the gradient
     * {@code grad} and momentum {@code mom}, and stores the hidden activations in {@code hidden}
     * (flat K x P).
     */
    void forward(float[] grad, float[] mom, float logStep, float[] hidden, float[] delta) {
        FloatLoops.tile(grad, 0, width, gradTiled, k);
        FloatLoops.tile(mom, 0, width, momTiled, k);
        activate(size, logStep, hidden);
        FloatLoops.sumRowsInPlace(work, k, width, scratch);
        for (int i = 0; i < width; i++) {
            delta[i] = work[i] + outBias;
        }
    }

    /** Computes the hidden activations into {@code hidden} and their weighted outputs into {@code work}. */
    private void activate(int n, float logStep, float[] hidden) {
        float[] pre = work2;
        for (int e = 0; e < n; e++) {
            pre[e] = weightG[e] * gradTiled[e] + (weightT[e] * logStep + bias[e]);
        }
        for (int e = 0; e < n; e++) {
            pre[e] += weightM[e] * momTiled[e];
        }
        for (int e = 0; e < n; e++) {
            float q = FastTanh.tanh(pre[e]);
            hidden[e] = q;
            work[e] = outWeight[e] * q;
        }
    }

    /**
     * Sends the adjoint {@code thetaAdj} of theta_{t+1} back through one step: adds to the
     * dJ/dalpha accumulators and writes the adjoint of the optimizer's input g_t into
     * {@code gradAdj}. {@code momAdj} enters holding the adjoint that m_{t+1} received from later
     * steps and leaves holding its total adjoint, the optimizer's input included. All vectors
     * have at least P entries.
     */
    void reverse(float[] thetaAdj, float[] grad, float[] mom, float logStep, float[] hidden,
            float[] gradAdj, float[] momAdj) {
        for (int i = 0; i < width; i++) {
            accOutBias[i] += thetaAdj[i];
        }
        FloatLoops.tile(thetaAdj, 0, width, adjTiled, k);
        FloatLoops.tile(grad, 0, width, gradTiled, k);
        FloatLoops.tile(mom, 0, width, momTiled, k);
        float[] preAdj = preAdjoint;
        for (int e = 0; e < size; e++) {
            float adj = adjTiled[e];
            float q = hidden[e];
            preAdj[e] = adj * outWeight[e] * (1.0f - q * q);
            accOutWeight[e] += adj * q;
        }
        for (int e = 0; e < size; e++) {
            float pa = preAdj[e];
            accWeightG[e] += pa * gradTiled[e];
            accWeightM[e] += pa * momTiled[e];
        }
        for (int e = 0; e < size; e++) {
            float pa = preAdj[e];
            accWeightT[e] += pa * logStep;
            accBias[e] += pa;
            work[e] = pa * weightG[e];
        }
        for (int e = 0; e < size; e++) {
            work2[e] = preAdj[e] * weightM[e];
        }
        FloatLoops.sumRowsInPlace(work, k, width, scratch);
        FloatLoops.sumRowsInPlace(work2, k, width, scratch);
        for (int i = 0; i < width; i++) {
            gradAdj[i] = work[i];
            momAdj[i] += work2[i];
        }
    }

    /** Adds {@code weight} times the accumulated dJ/dalpha into {@code gradient}, in alpha's layout. */
    void drainInto(double[] gradient, double weight) {
        for (int u = 0; u < k; u++) {
            int off = u * width;
            gradient[AlphaLayout.w1(k) + 3 * u] += weight * sum(accWeightG, off);
            gradient[AlphaLayout.w1(k) + 3 * u + 1] += weight * sum(accWeightM, off);
            gradient[AlphaLayout.w1(k) + 3 * u + 2] += weight * sum(accWeightT, off);
            gradient[AlphaLayout.b1(k) + u] += weight * sum(accBias, off);
            gradient[AlphaLayout.w2(k) + u] += weight * sum(accOutWeight, off);
        }
        gradient[AlphaLayout.b2(k)] += weight * sum(accOutBias, 0);
    }

    /**
     * Sums the first P entries of the row starting at {@code off}, in double. Four partial sums
     * over interleaved entries break the chain of dependent additions, which took about 3 % of
     * a run's profile samples. The order is fixed, so the result is reproducible.
     */
    private double sum(float[] values, int off) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int i = 0;
        for (; i + 3 < p; i += 4) {
            s0 += values[off + i];
            s1 += values[off + i + 1];
            s2 += values[off + i + 2];
            s3 += values[off + i + 3];
        }
        for (; i < p; i++) {
            s0 += values[off + i];
        }
        return (s0 + s1) + (s2 + s3);
    }
}
