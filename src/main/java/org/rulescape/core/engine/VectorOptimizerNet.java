package org.rulescape.core.engine;

import static org.rulescape.core.engine.VectorLanes.L;
import static org.rulescape.core.engine.VectorLanes.SPECIES;

import java.util.Arrays;
import jdk.incubator.vector.FloatVector;
import org.rulescape.core.model.AlphaLayout;

/**
 * The 3-K-1 learned optimizer of {@link FloatOptimizerNet} for L tasks at once, one per lane (see
 * {@link VectorLanes}), with the same float operations and orders of summation, so each lane's
 * results are bitwise equal to that class's results for the same task.
 *
 * <p>Unit-by-parameter arrays are laid out {@code [unit][parameter]} like the scalar class's,
 * each entry L lanes wide, so the sums over units halve long rows. (Summing the K units of each
 * parameter in a small block instead was measured slower: each halving waits for the stores of
 * the previous one.) The dJ/dalpha accumulators keep one float per unit, parameter and lane
 * across the steps of a task, as the scalar class does, and {@link #sumAccumulators} sums them
 * over the parameters in double.
 */
final class VectorOptimizerNet {
    private final int k;
    private final int p;

    private final float[] weightG;
    private final float[] weightM;
    private final float[] weightT;
    private final float[] bias;
    private final float[] outWeight;
    private float outBias;

    private final float[] work;
    private final float[] work2;
    private final double[] partials = new double[4 * L];
    private final double[] sums;

    private final float[] accWeightG;
    private final float[] accWeightM;
    private final float[] accWeightT;
    private final float[] accBias;
    private final float[] accOutWeight;
    private final float[] accOutBias;

    VectorOptimizerNet(int optHidden, int thetaSize) {
        this.k = optHidden;
        this.p = thetaSize;
        weightG = new float[k];
        weightM = new float[k];
        weightT = new float[k];
        bias = new float[k];
        outWeight = new float[k];
        int size = p * k * L;
        work = new float[size];
        work2 = new float[size];
        sums = new double[(5 * k + 1) * L];
        accWeightG = new float[size];
        accWeightM = new float[size];
        accWeightT = new float[size];
        accBias = new float[size];
        accOutWeight = new float[size];
        accOutBias = new float[p * L];
    }

    /** Number of floats of one step's hidden activations, {@code P x K x L}. */
    int activationSize() {
        return p * k * L;
    }

    /** Rounds alpha to the float weights; call once per evaluation. */
    void loadAlpha(double[] alpha) {
        for (int u = 0; u < k; u++) {
            weightG[u] = (float) alpha[AlphaLayout.w1(k) + 3 * u];
            weightM[u] = (float) alpha[AlphaLayout.w1(k) + 3 * u + 1];
            weightT[u] = (float) alpha[AlphaLayout.w1(k) + 3 * u + 2];
            bias[u] = (float) alpha[AlphaLayout.b1(k) + u];
            outWeight[u] = (float) alpha[AlphaLayout.w2(k) + u];
        }
        outBias = (float) alpha[AlphaLayout.b2(k)];
    }

    /** Clears the dJ/dalpha accumulators; call before each group of tasks. */
    void clearAccumulators() {
        Arrays.fill(accWeightG, 0f);
        Arrays.fill(accWeightM, 0f);
        Arrays.fill(accWeightT, 0f);
        Arrays.fill(accBias, 0f);
        Arrays.fill(accOutWeight, 0f);
        Arrays.fill(accOutBias, 0f);
    }

    /**
     * Writes the update delta of every parameter into {@code delta} from the gradient
     * {@code grad} and momentum {@code mom} (each {@code P x L}), and stores the hidden activations
     * in {@code hidden}.
     */
    void forward(float[] grad, float[] mom, float logStep, float[] hidden, float[] delta) {
        if (k % 4 == 0) {
            for (int i = 0; i < k / 4; i++) {
                activateQuad(grad, mom, logStep, hidden, i);
            }
            VectorLanes.sumRowsInPlace(work, k / 4, p);
        } else {
            for (int u = 0; u < k; u++) {
                activate(grad, mom, logStep, hidden, u);
            }
            VectorLanes.sumRowsInPlace(work, VectorLanes.rowsAfterFirstHalving(k), p);
        }
        for (int e = 0; e < p * L; e += L) {
            FloatVector.fromArray(SPECIES, work, e).add(outBias).intoArray(delta, e);
        }
    }

    /**
     * Stores unit u's activations for every parameter in {@code hidden} and puts their weighted
     * outputs in row u of {@code work}, or adds them onto the row that the first halving of the
     * unit sum adds row u onto (see {@link VectorLanes#firstHalvingTarget}). The tanh is
     * {@link FastTanh#tanh}, operation for operation, written out because HotSpot may leave a helper that returns a vector as a call,
     * and then allocate every vector it returns.
     */
    private void activate(float[] grad, float[] mom, float logStep, float[] hidden, int u) {
        float wg = weightG[u];
        float wm = weightM[u];
        float w2 = outWeight[u];
        float constant = weightT[u] * logStep + bias[u];
        int row = u * p * L;
        int target = VectorLanes.firstHalvingTarget(u, k) * p * L;
        for (int e = 0; e < p * L; e += L) {
            FloatVector pre = FloatVector.fromArray(SPECIES, grad, e).mul(wg).add(constant)
                    .add(FloatVector.fromArray(SPECIES, mom, e).mul(wm));
            FloatVector c = pre.min(FastTanh.CLAMP).max(-FastTanh.CLAMP);
            FloatVector s = c.mul(c);
            FloatVector num = s.fma(FastTanh.P4, FastTanh.P3).fma(s, FloatVector.broadcast(SPECIES, FastTanh.P2))
                    .fma(s, FloatVector.broadcast(SPECIES, FastTanh.P1))
                    .fma(s, FloatVector.broadcast(SPECIES, FastTanh.P0));
            FloatVector den = s.fma(FastTanh.Q4, FastTanh.Q3).fma(s, FloatVector.broadcast(SPECIES, FastTanh.Q2))
                    .fma(s, FloatVector.broadcast(SPECIES, FastTanh.Q1))
                    .fma(s, FloatVector.broadcast(SPECIES, 1.0f));
            FloatVector q = c.mul(num).div(den);
            q.intoArray(hidden, row + e);
            FloatVector term = q.mul(w2);
            if (target != row) {
                term = FloatVector.fromArray(SPECIES, work, target + e).add(term);
            }
            term.intoArray(work, target + e);
        }
    }

    /**
     * Sends the adjoint {@code thetaAdj} of theta_{t+1} back through one step, as
     * {@link FloatOptimizerNet#reverse} does: adds to the accumulators, writes the adjoint of
     * the input g_t into {@code gradAdj} and adds the adjoint of the input m_{t+1} to
     * {@code momAdj}.
     */
    void reverse(float[] thetaAdj, float[] grad, float[] mom, float logStep, float[] hidden,
            float[] gradAdj, float[] momAdj) {
        for (int e = 0; e < p * L; e += L) {
            FloatVector.fromArray(SPECIES, accOutBias, e).add(FloatVector.fromArray(SPECIES, thetaAdj, e))
                    .intoArray(accOutBias, e);
        }
        int rows;
        if (k % 4 == 0) {
            for (int i = 0; i < k / 4; i++) {
                reverseQuad(thetaAdj, grad, mom, logStep, hidden, i);
            }
            rows = k / 4;
        } else {
            for (int u = 0; u < k; u++) {
                reverseUnit(thetaAdj, grad, mom, logStep, hidden, u);
            }
            rows = VectorLanes.rowsAfterFirstHalving(k);
        }
        VectorLanes.sumRowsInPlace(work, rows, p);
        VectorLanes.sumRowsInPlace(work2, rows, p);
        System.arraycopy(work, 0, gradAdj, 0, p * L);
        for (int e = 0; e < p * L; e += L) {
            FloatVector.fromArray(SPECIES, momAdj, e).add(FloatVector.fromArray(SPECIES, work2, e))
                    .intoArray(momAdj, e);
        }
    }

    /**
     * Runs the reverse step of unit u for every parameter. Its input adjoints go to row u of the
     * work arrays, or onto the row of the first halving, as in {@link #activate}.
     */
    private void reverseUnit(float[] thetaAdj, float[] grad, float[] mom, float logStep, float[] hidden, int u) {
        float w2 = outWeight[u];
        float wg = weightG[u];
        float wm = weightM[u];
        int row = u * p * L;
        int target = VectorLanes.firstHalvingTarget(u, k) * p * L;
        for (int e = 0; e < p * L; e += L) {
            int at = row + e;
            FloatVector adj = FloatVector.fromArray(SPECIES, thetaAdj, e);
            FloatVector q = FloatVector.fromArray(SPECIES, hidden, at);
            FloatVector slope = FloatVector.broadcast(SPECIES, 1.0f).sub(q.mul(q));
            FloatVector pa = adj.mul(w2).mul(slope);
            FloatVector.fromArray(SPECIES, accOutWeight, at).add(adj.mul(q)).intoArray(accOutWeight, at);
            FloatVector.fromArray(SPECIES, accWeightG, at).add(pa.mul(FloatVector.fromArray(SPECIES, grad, e)))
                    .intoArray(accWeightG, at);
            FloatVector.fromArray(SPECIES, accWeightM, at).add(pa.mul(FloatVector.fromArray(SPECIES, mom, e)))
                    .intoArray(accWeightM, at);
            FloatVector.fromArray(SPECIES, accWeightT, at).add(pa.mul(logStep)).intoArray(accWeightT, at);
            FloatVector.fromArray(SPECIES, accBias, at).add(pa).intoArray(accBias, at);
            FloatVector gradTerm = pa.mul(wg);
            FloatVector momTerm = pa.mul(wm);
            if (target != row) {
                gradTerm = FloatVector.fromArray(SPECIES, work, target + e).add(gradTerm);
                momTerm = FloatVector.fromArray(SPECIES, work2, target + e).add(momTerm);
            }
            gradTerm.intoArray(work, target + e);
            momTerm.intoArray(work2, target + e);
        }
    }

    /**
     * {@link #activate} for the four units i, i + K/4, i + K/2 and i + 3K/4 at once (K a multiple
     * of four). Their weighted outputs are summed in registers in the order of the first two
     * halvings of {@link VectorLanes#sumRowsInPlace}, (a + c) + (b + d), into row i of
     * {@code work}: one store where the unit-by-unit loop needs four, and two halvings fewer.
     */
    private void activateQuad(float[] grad, float[] mom, float logStep, float[] hidden, int i) {
        int quarter = k / 4;
        int a = i + 0 * quarter;
        float wgA = weightG[a];
        float wmA = weightM[a];
        float w2A = outWeight[a];
        float constantA = weightT[a] * logStep + bias[a];
        int rowA = a * p * L;

        int b = i + 1 * quarter;
        float wgB = weightG[b];
        float wmB = weightM[b];
        float w2B = outWeight[b];
        float constantB = weightT[b] * logStep + bias[b];
        int rowB = b * p * L;

        int c = i + 2 * quarter;
        float wgC = weightG[c];
        float wmC = weightM[c];
        float w2C = outWeight[c];
        float constantC = weightT[c] * logStep + bias[c];
        int rowC = c * p * L;

        int d = i + 3 * quarter;
        float wgD = weightG[d];
        float wmD = weightM[d];
        float w2D = outWeight[d];
        float constantD = weightT[d] * logStep + bias[d];
        int rowD = d * p * L;

        int target = i * p * L;
        for (int e = 0; e < p * L; e += L) {
            FloatVector g = FloatVector.fromArray(SPECIES, grad, e);
            FloatVector m = FloatVector.fromArray(SPECIES, mom, e);

            FloatVector preA = g.mul(wgA).add(constantA).add(m.mul(wmA));
            FloatVector cA = preA.min(FastTanh.CLAMP).max(-FastTanh.CLAMP);
            FloatVector sA = cA.mul(cA);
            FloatVector numA = sA.fma(FastTanh.P4, FastTanh.P3).fma(sA, FloatVector.broadcast(SPECIES, FastTanh.P2))
                    .fma(sA, FloatVector.broadcast(SPECIES, FastTanh.P1))
                    .fma(sA, FloatVector.broadcast(SPECIES, FastTanh.P0));
            FloatVector denA = sA.fma(FastTanh.Q4, FastTanh.Q3).fma(sA, FloatVector.broadcast(SPECIES, FastTanh.Q2))
                    .fma(sA, FloatVector.broadcast(SPECIES, FastTanh.Q1))
                    .fma(sA, FloatVector.broadcast(SPECIES, 1.0f));
            FloatVector qA = cA.mul(numA).div(denA);
            qA.intoArray(hidden, rowA + e);

            FloatVector preB = g.mul(wgB).add(constantB).add(m.mul(wmB));
            FloatVector cB = preB.min(FastTanh.CLAMP).max(-FastTanh.CLAMP);
            FloatVector sB = cB.mul(cB);
            FloatVector numB = sB.fma(FastTanh.P4, FastTanh.P3).fma(sB, FloatVector.broadcast(SPECIES, FastTanh.P2))
                    .fma(sB, FloatVector.broadcast(SPECIES, FastTanh.P1))
                    .fma(sB, FloatVector.broadcast(SPECIES, FastTanh.P0));
            FloatVector denB = sB.fma(FastTanh.Q4, FastTanh.Q3).fma(sB, FloatVector.broadcast(SPECIES, FastTanh.Q2))
                    .fma(sB, FloatVector.broadcast(SPECIES, FastTanh.Q1))
                    .fma(sB, FloatVector.broadcast(SPECIES, 1.0f));
            FloatVector qB = cB.mul(numB).div(denB);
            qB.intoArray(hidden, rowB + e);

            FloatVector preC = g.mul(wgC).add(constantC).add(m.mul(wmC));
            FloatVector cC = preC.min(FastTanh.CLAMP).max(-FastTanh.CLAMP);
            FloatVector sC = cC.mul(cC);
            FloatVector numC = sC.fma(FastTanh.P4, FastTanh.P3).fma(sC, FloatVector.broadcast(SPECIES, FastTanh.P2))
                    .fma(sC, FloatVector.broadcast(SPECIES, FastTanh.P1))
                    .fma(sC, FloatVector.broadcast(SPECIES, FastTanh.P0));
            FloatVector denC = sC.fma(FastTanh.Q4, FastTanh.Q3).fma(sC, FloatVector.broadcast(SPECIES, FastTanh.Q2))
                    .fma(sC, FloatVector.broadcast(SPECIES, FastTanh.Q1))
                    .fma(sC, FloatVector.broadcast(SPECIES, 1.0f));
            FloatVector qC = cC.mul(numC).div(denC);
            qC.intoArray(hidden, rowC + e);

            FloatVector preD = g.mul(wgD).add(constantD).add(m.mul(wmD));
            FloatVector cD = preD.min(FastTanh.CLAMP).max(-FastTanh.CLAMP);
            FloatVector sD = cD.mul(cD);
            FloatVector numD = sD.fma(FastTanh.P4, FastTanh.P3).fma(sD, FloatVector.broadcast(SPECIES, FastTanh.P2))
                    .fma(sD, FloatVector.broadcast(SPECIES, FastTanh.P1))
                    .fma(sD, FloatVector.broadcast(SPECIES, FastTanh.P0));
            FloatVector denD = sD.fma(FastTanh.Q4, FastTanh.Q3).fma(sD, FloatVector.broadcast(SPECIES, FastTanh.Q2))
                    .fma(sD, FloatVector.broadcast(SPECIES, FastTanh.Q1))
                    .fma(sD, FloatVector.broadcast(SPECIES, 1.0f));
            FloatVector qD = cD.mul(numD).div(denD);
            qD.intoArray(hidden, rowD + e);

            FloatVector sum = qA.mul(w2A).add(qC.mul(w2C)).add(qB.mul(w2B).add(qD.mul(w2D)));
            sum.intoArray(work, target + e);
        }
    }

    /**
     * {@link #reverseUnit} for the four units i, i + K/4, i + K/2 and i + 3K/4 at once (K a
     * multiple of four), with their input adjoints summed in registers as in
     * {@link #activateQuad}.
     */
    private void reverseQuad(float[] thetaAdj, float[] grad, float[] mom, float logStep, float[] hidden, int i) {
        int quarter = k / 4;
        int a = i + 0 * quarter;
        float w2A = outWeight[a];
        float wgA = weightG[a];
        float wmA = weightM[a];
        int rowA = a * p * L;

        int b = i + 1 * quarter;
        float w2B = outWeight[b];
        float wgB = weightG[b];
        float wmB = weightM[b];
        int rowB = b * p * L;

        int c = i + 2 * quarter;
        float w2C = outWeight[c];
        float wgC = weightG[c];
        float wmC = weightM[c];
        int rowC = c * p * L;

        int d = i + 3 * quarter;
        float w2D = outWeight[d];
        float wgD = weightG[d];
        float wmD = weightM[d];
        int rowD = d * p * L;

        int target = i * p * L;
        for (int e = 0; e < p * L; e += L) {
            FloatVector adj = FloatVector.fromArray(SPECIES, thetaAdj, e);
            FloatVector g = FloatVector.fromArray(SPECIES, grad, e);
            FloatVector m = FloatVector.fromArray(SPECIES, mom, e);

            int atA = rowA + e;
            FloatVector qA = FloatVector.fromArray(SPECIES, hidden, atA);
            FloatVector paA = adj.mul(w2A).mul(FloatVector.broadcast(SPECIES, 1.0f).sub(qA.mul(qA)));
            FloatVector.fromArray(SPECIES, accOutWeight, atA).add(adj.mul(qA)).intoArray(accOutWeight, atA);
            FloatVector.fromArray(SPECIES, accWeightG, atA).add(paA.mul(g)).intoArray(accWeightG, atA);
            FloatVector.fromArray(SPECIES, accWeightM, atA).add(paA.mul(m)).intoArray(accWeightM, atA);
            FloatVector.fromArray(SPECIES, accWeightT, atA).add(paA.mul(logStep)).intoArray(accWeightT, atA);
            FloatVector.fromArray(SPECIES, accBias, atA).add(paA).intoArray(accBias, atA);

            int atB = rowB + e;
            FloatVector qB = FloatVector.fromArray(SPECIES, hidden, atB);
            FloatVector paB = adj.mul(w2B).mul(FloatVector.broadcast(SPECIES, 1.0f).sub(qB.mul(qB)));
            FloatVector.fromArray(SPECIES, accOutWeight, atB).add(adj.mul(qB)).intoArray(accOutWeight, atB);
            FloatVector.fromArray(SPECIES, accWeightG, atB).add(paB.mul(g)).intoArray(accWeightG, atB);
            FloatVector.fromArray(SPECIES, accWeightM, atB).add(paB.mul(m)).intoArray(accWeightM, atB);
            FloatVector.fromArray(SPECIES, accWeightT, atB).add(paB.mul(logStep)).intoArray(accWeightT, atB);
            FloatVector.fromArray(SPECIES, accBias, atB).add(paB).intoArray(accBias, atB);

            int atC = rowC + e;
            FloatVector qC = FloatVector.fromArray(SPECIES, hidden, atC);
            FloatVector paC = adj.mul(w2C).mul(FloatVector.broadcast(SPECIES, 1.0f).sub(qC.mul(qC)));
            FloatVector.fromArray(SPECIES, accOutWeight, atC).add(adj.mul(qC)).intoArray(accOutWeight, atC);
            FloatVector.fromArray(SPECIES, accWeightG, atC).add(paC.mul(g)).intoArray(accWeightG, atC);
            FloatVector.fromArray(SPECIES, accWeightM, atC).add(paC.mul(m)).intoArray(accWeightM, atC);
            FloatVector.fromArray(SPECIES, accWeightT, atC).add(paC.mul(logStep)).intoArray(accWeightT, atC);
            FloatVector.fromArray(SPECIES, accBias, atC).add(paC).intoArray(accBias, atC);

            int atD = rowD + e;
            FloatVector qD = FloatVector.fromArray(SPECIES, hidden, atD);
            FloatVector paD = adj.mul(w2D).mul(FloatVector.broadcast(SPECIES, 1.0f).sub(qD.mul(qD)));
            FloatVector.fromArray(SPECIES, accOutWeight, atD).add(adj.mul(qD)).intoArray(accOutWeight, atD);
            FloatVector.fromArray(SPECIES, accWeightG, atD).add(paD.mul(g)).intoArray(accWeightG, atD);
            FloatVector.fromArray(SPECIES, accWeightM, atD).add(paD.mul(m)).intoArray(accWeightM, atD);
            FloatVector.fromArray(SPECIES, accWeightT, atD).add(paD.mul(logStep)).intoArray(accWeightT, atD);
            FloatVector.fromArray(SPECIES, accBias, atD).add(paD).intoArray(accBias, atD);

            paA.mul(wgA).add(paC.mul(wgC)).add(paB.mul(wgB).add(paD.mul(wgD))).intoArray(work, target + e);
            paA.mul(wmA).add(paC.mul(wmC)).add(paB.mul(wmB).add(paD.mul(wmD))).intoArray(work2, target + e);
        }
    }

    /**
     * Adds {@code weight} times lane {@code lane}'s accumulated dJ/dalpha into {@code gradient},
     * in alpha's layout, summing over the parameters in double as {@link FloatOptimizerNet} does.
     * Call {@link #sumAccumulators} first.
     */
    void drainLane(int lane, double[] gradient, double weight) {
        for (int u = 0; u < k; u++) {
            gradient[AlphaLayout.w1(k) + 3 * u] += weight * sums[(0 * k + u) * L + lane];
            gradient[AlphaLayout.w1(k) + 3 * u + 1] += weight * sums[(k + u) * L + lane];
            gradient[AlphaLayout.w1(k) + 3 * u + 2] += weight * sums[(2 * k + u) * L + lane];
            gradient[AlphaLayout.b1(k) + u] += weight * sums[(3 * k + u) * L + lane];
            gradient[AlphaLayout.w2(k) + u] += weight * sums[(4 * k + u) * L + lane];
        }
        gradient[AlphaLayout.b2(k)] += weight * sums[5 * k * L + lane];
    }

    /**
     * Sums every accumulator row over the parameters, in double and for all lanes, with the four
     * interleaved partial sums of {@link FloatOptimizerNet}: parameter i goes to partial sum
     * i mod 4, except the last P mod 4 parameters, which go to the first, and the result is
     * {@code (s0 + s1) + (s2 + s3)}. The loops run across lanes, so they vectorize.
     */
    void sumAccumulators() {
        float[][] rows = {accWeightG, accWeightM, accWeightT, accBias, accOutWeight};
        for (int a = 0; a < rows.length; a++) {
            for (int u = 0; u < k; u++) {
                sumRow(rows[a], u * p * L, (a * k + u) * L);
            }
        }
        sumRow(accOutBias, 0, 5 * k * L);
    }

    private void sumRow(float[] values, int from, int to) {
        Arrays.fill(partials, 0.0);
        int blocks = p / 4 * 4;
        for (int i = 0; i < p; i++) {
            int part = i < blocks ? (i & 3) * L : 0;
            int at = from + i * L;
            for (int l = 0; l < L; l++) {
                partials[part + l] += values[at + l];
            }
        }
        for (int l = 0; l < L; l++) {
            sums[to + l] = (partials[l] + partials[L + l]) + (partials[2 * L + l] + partials[3 * L + l]);
        }
    }
}
