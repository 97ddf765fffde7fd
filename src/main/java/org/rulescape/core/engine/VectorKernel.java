package org.rulescape.core.engine;

import static org.rulescape.core.engine.VectorLanes.L;
import static org.rulescape.core.engine.VectorLanes.SPECIES;

import java.util.Arrays;
import jdk.incubator.vector.FloatVector;
import org.rulescape.core.model.ExperimentConfig;
import org.rulescape.core.tasks.TaskBatch;

/**
 * Production kernel on machines where the Vector API is enabled: {@link FloatKernel}'s arithmetic
 * for L tasks at once, one task per SIMD lane (see {@link VectorLanes}). Each lane performs the
 * float operations of {@link FloatKernel} in the same order, and the tasks' losses and gradients
 * are added in task order, so the result is bitwise equal to {@link FloatKernel}'s on every input:
 * a run does not depend on which of the two kernels computed it, nor on the vector width.
 * VectorKernelTest checks this.
 *
 * <p>The batch is cut into groups of L tasks; a last, partly filled group repeats its first task in
 * the spare lanes and ignores their results. Each group runs its unroll forward, caching every
 * step, then backward. The cache of one group is about L times that of {@link FloatKernel}: 4 MB
 * at the default sizes with 16 lanes.
 *
 * <p>One instance per worker thread; not thread-safe. Load this class only when
 * {@link VectorSupport#available()} is true.
 */
final class VectorKernel implements MetaGradient {
    private final KernelShape shape;
    private final VectorBaseModel base;
    private final VectorOptimizerNet optimizer;

    private final float[] xTrain;
    private final float[] yTrain;
    private final float[] xVal;
    private final float[] yVal;
    private final float[] logSteps;

    private final float[][] thetas;
    private final float[][] grads;
    private final float[][] moms;
    private final float[][] hiddens;
    private final float[][] residuals;
    private final float[][] optHidden;

    private final float[] delta;
    private final float[] thetaAdj;
    private final float[] momAdj;
    private final float[] gradAdj;
    private final float[] hessianVector;
    private final float[] valGrad;
    private final float[] valHidden;
    private final float[] valResidual;
    private final float[] valErrors;

    /** Creates a kernel with buffers sized for {@code config}; its precision setting is ignored. */
    VectorKernel(ExperimentConfig config) {
        this.shape = KernelShape.of(config);
        int p = shape.thetaSize();
        int t = shape.innerSteps();
        int n = shape.trainPoints();
        int m = shape.gridPoints();
        base = new VectorBaseModel(shape.baseHidden(), Math.max(n, m));
        optimizer = new VectorOptimizerNet(shape.optHidden(), p);
        xTrain = new float[n * L];
        yTrain = new float[n * L];
        xVal = new float[m * L];
        yVal = new float[m * L];
        logSteps = new float[t];
        for (int s = 0; s < t; s++) {
            logSteps[s] = (float) Math.log(s + 1.0);
        }
        thetas = new float[t + 1][p * L];
        grads = new float[t][p * L];
        moms = new float[t][p * L];
        hiddens = new float[t][base.hiddenSize(n)];
        residuals = new float[t][n * L];
        optHidden = new float[t][optimizer.activationSize()];
        delta = new float[p * L];
        thetaAdj = new float[p * L];
        momAdj = new float[p * L];
        gradAdj = new float[p * L];
        hessianVector = new float[p * L];
        valGrad = new float[p * L];
        valHidden = new float[base.hiddenSize(m)];
        valResidual = new float[m * L];
        valErrors = new float[m * L];
    }

    @Override
    public double evaluate(double[] alpha, TaskBatch batch, double[] gradient) {
        shape.check(alpha, batch, gradient);
        Arrays.fill(gradient, 0.0);
        optimizer.loadAlpha(alpha);
        double weight = 1.0 / batch.tasks;
        double total = 0;
        for (int first = 0; first < batch.tasks; first += L) {
            int count = Math.min(L, batch.tasks - first);
            loadTasks(batch, first, count);
            forward();
            optimizer.clearAccumulators();
            reverse();
            optimizer.sumAccumulators();
            for (int lane = 0; lane < count; lane++) {
                total += validationLoss(lane);
                optimizer.drainLane(lane, gradient, weight);
            }
        }
        return total / batch.tasks;
    }

    /** Loads tasks {@code first .. first + count)} into the lanes; spare lanes repeat task {@code first}. */
    private void loadTasks(TaskBatch batch, int first, int count) {
        int n = shape.trainPoints();
        int m = shape.gridPoints();
        int p = shape.thetaSize();
        float[] theta0 = thetas[0];
        for (int lane = 0; lane < L; lane++) {
            int task = first + (lane < count ? lane : 0);
            for (int i = 0; i < n; i++) {
                xTrain[i * L + lane] = (float) batch.xTrain[task * n + i];
                yTrain[i * L + lane] = (float) batch.yTrain[task * n + i];
            }
            for (int i = 0; i < m; i++) {
                xVal[i * L + lane] = (float) batch.xVal[task * m + i];
                yVal[i * L + lane] = (float) batch.yVal[task * m + i];
            }
            for (int i = 0; i < p; i++) {
                theta0[i * L + lane] = (float) batch.theta0[task * p + i];
            }
        }
    }

    /** Runs the unroll of the loaded tasks, caching every step, and the validation gradient at theta_T. */
    private void forward() {
        int p = shape.thetaSize();
        int n = shape.trainPoints();
        float beta = (float) shape.momentumBeta();
        float oneMinusBeta = 1.0f - beta;

        for (int t = 0; t < shape.innerSteps(); t++) {
            float[] theta = thetas[t];
            float[] grad = grads[t];
            float[] mom = moms[t];
            base.gradient(theta, xTrain, yTrain, n, hiddens[t], residuals[t], null, grad);
            if (t == 0) {
                for (int e = 0; e < p * L; e += L) {
                    FloatVector.fromArray(SPECIES, grad, e).mul(oneMinusBeta).intoArray(mom, e);
                }
            } else {
                float[] previous = moms[t - 1];
                for (int e = 0; e < p * L; e += L) {
                    FloatVector.fromArray(SPECIES, previous, e).mul(beta)
                            .add(FloatVector.fromArray(SPECIES, grad, e).mul(oneMinusBeta)).intoArray(mom, e);
                }
            }
            optimizer.forward(grad, mom, logSteps[t], optHidden[t], delta);
            float[] next = thetas[t + 1];
            for (int e = 0; e < p * L; e += L) {
                FloatVector.fromArray(SPECIES, theta, e).add(FloatVector.fromArray(SPECIES, delta, e))
                        .intoArray(next, e);
            }
        }
        base.gradient(thetas[shape.innerSteps()], xVal, yVal, shape.gridPoints(), valHidden, valResidual,
                valErrors, valGrad);
    }

    /** Returns lane {@code lane}'s validation MSE, summed in double in point order as the scalar model does. */
    private double validationLoss(int lane) {
        int m = shape.gridPoints();
        double sumSquares = 0;
        for (int i = 0; i < m; i++) {
            float err = valErrors[i * L + lane];
            sumSquares += (double) err * err;
        }
        return sumSquares / m;
    }

    /** Runs the reverse pass of the loaded tasks into the optimizer's accumulators. */
    private void reverse() {
        int p = shape.thetaSize();
        int n = shape.trainPoints();
        float beta = (float) shape.momentumBeta();
        float oneMinusBeta = 1.0f - beta;

        System.arraycopy(valGrad, 0, thetaAdj, 0, p * L);
        Arrays.fill(momAdj, 0f);
        for (int t = shape.innerSteps() - 1; t >= 0; t--) {
            optimizer.reverse(thetaAdj, grads[t], moms[t], logSteps[t], optHidden[t], gradAdj, momAdj);
            for (int e = 0; e < p * L; e += L) {
                FloatVector ma = FloatVector.fromArray(SPECIES, momAdj, e);
                FloatVector.fromArray(SPECIES, gradAdj, e).add(ma.mul(oneMinusBeta)).intoArray(gradAdj, e);
                ma.mul(beta).intoArray(momAdj, e);
            }
            if (shape.exact()) {
                base.hessianVector(thetas[t], xTrain, n, hiddens[t], residuals[t], gradAdj, hessianVector);
                for (int e = 0; e < p * L; e += L) {
                    FloatVector.fromArray(SPECIES, thetaAdj, e).add(FloatVector.fromArray(SPECIES, hessianVector, e))
                            .intoArray(thetaAdj, e);
                }
            }
        }
    }
}
