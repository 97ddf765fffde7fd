package org.rulescape.core.engine;

import java.util.Arrays;
import org.rulescape.core.model.ExperimentConfig;
import org.rulescape.core.tasks.TaskBatch;

/**
 * Production kernel: float arithmetic with {@link FastTanh}, the same exact (or first-order)
 * meta-gradient as {@link DoubleKernel}, computed one task at a time, forward then reverse.
 *
 * <p>Every buffer is allocated in the constructor and reused: the activations of all T steps of
 * one task (about 3,100 floats a step at the default sizes, 375 KB at T = 30, the base model's
 * residuals kept expanded across its hidden units) stay within a core's L2 cache. The loss and
 * gradient are accumulated across tasks in double. On unrolls that do not blow up, results
 * differ from {@link DoubleKernel} by about 1e-6 relative (FloatKernelTest checks 1e-5 for
 * the loss and 1e-4 for the gradient). For fixed inputs the output is bitwise reproducible, on
 * any thread.
 *
 * <p>One instance per worker thread; not thread-safe.
 */
public final class FloatKernel implements MetaGradient {
    private final KernelShape shape;
    private final FloatBaseModel base;
    private final FloatOptimizerNet optimizer;

    private final float[] xTrain;
    private final float[] yTrain;
    private final float[] xVal;
    private final float[] yVal;
    private final float[] xTrainExpanded;
    private final float[] xValExpanded;
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
    private final float[] valHidden;
    private final float[] valResidual;

    /** Creates a kernel with buffers sized for {@code config}; its precision setting is ignored. */
    public FloatKernel(ExperimentConfig config) {
        this.shape = KernelShape.of(config);
        int p = shape.thetaSize();
        int t = shape.innerSteps();
        int n = shape.trainPoints();
        int m = shape.gridPoints();
        base = new FloatBaseModel(shape.baseHidden(), Math.max(n, m));
        optimizer = new FloatOptimizerNet(shape.optHidden(), p);
        int hiddenWidth = base.width();
        int thetaWidth = optimizer.width();
        xTrain = new float[n];
        yTrain = new float[n];
        xVal = new float[m];
        yVal = new float[m];
        xTrainExpanded = new float[n * hiddenWidth];
        xValExpanded = new float[m * hiddenWidth];
        logSteps = new float[t];
        for (int s = 0; s < t; s++) {
            logSteps[s] = (float) Math.log(s + 1.0);
        }
        thetas = new float[t + 1][thetaWidth];
        grads = new float[t][thetaWidth];
        moms = new float[t][thetaWidth];
        hiddens = new float[t][n * hiddenWidth];
        residuals = new float[t][n * hiddenWidth];
        optHidden = new float[t][optimizer.activationSize()];
        delta = new float[thetaWidth];
        thetaAdj = new float[thetaWidth];
        momAdj = new float[thetaWidth];
        gradAdj = new float[thetaWidth];
        valHidden = new float[m * hiddenWidth];
        valResidual = new float[m * hiddenWidth];
    }

    @Override
    public double evaluate(double[] alpha, TaskBatch batch, double[] gradient) {
        shape.check(alpha, batch, gradient);
        Arrays.fill(gradient, 0.0);
        optimizer.load(alpha);
        double weight = 1.0 / batch.tasks;
        double total = 0;
        for (int task = 0; task < batch.tasks; task++) {
            loadTask(batch, task);
            total += forward();
            optimizer.clearAccumulators();
            reverse();
            optimizer.drainInto(gradient, weight);
        }
        return total / batch.tasks;
    }

    private void loadTask(TaskBatch batch, int task) {
        int n = shape.trainPoints();
        int m = shape.gridPoints();
        int p = shape.thetaSize();
        for (int i = 0; i < n; i++) {
            xTrain[i] = (float) batch.xTrain[task * n + i];
            yTrain[i] = (float) batch.yTrain[task * n + i];
        }
        for (int i = 0; i < m; i++) {
            xVal[i] = (float) batch.xVal[task * m + i];
            yVal[i] = (float) batch.yVal[task * m + i];
        }
        base.expandInputs(xTrain, n, xTrainExpanded);
        base.expandInputs(xVal, m, xValExpanded);
        float[] theta0 = thetas[0];
        for (int i = 0; i < p; i++) {
            theta0[i] = (float) batch.theta0[task * p + i];
        }
    }

    /**
     * Runs the unroll of the loaded task, caching every step, and returns its validation MSE.
     * Leaves the validation gradient at theta_T in the base model's grad field.
     */
    private double forward() {
        int p = shape.thetaSize();
        int width = optimizer.width();
        int n = shape.trainPoints();
        float beta = (float) shape.momentumBeta();
        float oneMinusBeta = 1.0f - beta;

        for (int t = 0; t < shape.innerSteps(); t++) {
            float[] theta = thetas[t];
            float[] grad = grads[t];
            float[] mom = moms[t];
            base.loadTheta(theta, n);
            base.gradient(xTrainExpanded, yTrain, n, hiddens[t], residuals[t]);
            System.arraycopy(base.grad, 0, grad, 0, p);
            if (t == 0) {
                for (int i = 0; i < width; i++) {
                    mom[i] = oneMinusBeta * grad[i];
                }
            } else {
                float[] previous = moms[t - 1];
                for (int i = 0; i < width; i++) {
                    mom[i] = beta * previous[i] + oneMinusBeta * grad[i];
                }
            }

            optimizer.forward(grad, mom, logSteps[t], optHidden[t], delta);
            float[] next = thetas[t + 1];
            for (int i = 0; i < p; i++) {
                next[i] = theta[i] + delta[i];
            }
        }

        int m = shape.gridPoints();
        base.loadTheta(thetas[shape.innerSteps()], m);
        return base.gradient(xValExpanded, yVal, m, valHidden, valResidual);
    }

    /** Runs the reverse pass of the loaded task into the optimizer's accumulators. */
    private void reverse() {
        int p = shape.thetaSize();
        int width = optimizer.width();
        int n = shape.trainPoints();
        float beta = (float) shape.momentumBeta();
        float oneMinusBeta = 1.0f - beta;

        System.arraycopy(base.grad, 0, thetaAdj, 0, p);
        Arrays.fill(momAdj, 0f);
        for (int t = shape.innerSteps() - 1; t >= 0; t--) {
            optimizer.reverse(thetaAdj, grads[t], moms[t], logSteps[t], optHidden[t], gradAdj, momAdj);
            for (int i = 0; i < width; i++) {
                gradAdj[i] += oneMinusBeta * momAdj[i];
                momAdj[i] *= beta;
            }
            if (shape.exact()) {
                base.loadOutputWeights(thetas[t], n);
                base.hessianVector(xTrainExpanded, n, hiddens[t], residuals[t], gradAdj);
                float[] hv = base.hessianVector;
                for (int i = 0; i < p; i++) {
                    thetaAdj[i] += hv[i];
                }
            }
        }
    }
}
