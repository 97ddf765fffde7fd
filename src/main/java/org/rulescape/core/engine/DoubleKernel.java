package org.rulescape.core.engine;

import java.util.Arrays;
import org.rulescape.core.model.AlphaLayout;
import org.rulescape.core.model.ExperimentConfig;
import org.rulescape.core.tasks.TaskBatch;

/**
 * Reference kernel in double precision with {@link Math#tanh}: the exact meta-gradient by a
 * hand-written reverse pass through the whole unroll.
 *
 * <p>The reverse pass walks t = T-1 .. 0 carrying the adjoints of theta_{t+1} and m_{t+1}. Step t
 * sends the adjoint of the update through the optimizer network to alpha, to g_t and to m_{t+1};
 * the momentum recursion passes (1 - beta) of m_{t+1}'s adjoint to g_t and beta of it to m_t.
 * In {@code EXACT} mode the adjoint of g_t reaches theta_t through the training-loss Hessian
 * (a Hessian-vector product, {@link DoubleBaseModel#hessianVector}); {@code FIRST_ORDER} drops
 * that term. Activations of every step are cached for the reverse pass.
 *
 * <p>One instance per worker thread; not thread-safe.
 */
public final class DoubleKernel implements MetaGradient {
    private final KernelShape shape;

    private final double[] thetas;
    private final double[] grads;
    private final double[] moms;
    private final double[] hiddens;
    private final double[] residuals;
    private final double[] optHidden;
    private final double[] logSteps;

    private final double[] thetaAdj;
    private final double[] momAdj;
    private final double[] gradAdj;
    private final double[] hessAdj;
    private final double[] rowScratch;
    private final double[] valHidden;
    private final double[] valResidual;

    /** Creates a kernel with buffers sized for {@code config}; its precision setting is ignored. */
    public DoubleKernel(ExperimentConfig config) {
        this.shape = KernelShape.of(config);
        int p = shape.thetaSize();
        int t = shape.innerSteps();
        int h = shape.baseHidden();
        int n = shape.trainPoints();
        thetas = new double[(t + 1) * p];
        grads = new double[t * p];
        moms = new double[t * p];
        hiddens = new double[t * n * h];
        residuals = new double[t * n];
        optHidden = new double[t * shape.optHidden() * p];
        logSteps = new double[t];
        for (int s = 0; s < t; s++) {
            logSteps[s] = Math.log(s + 1.0);
        }
        thetaAdj = new double[p];
        momAdj = new double[p];
        gradAdj = new double[p];
        hessAdj = new double[p];
        rowScratch = new double[h];
        valHidden = new double[shape.gridPoints() * h];
        valResidual = new double[shape.gridPoints()];
    }

    @Override
    public double evaluate(double[] alpha, TaskBatch batch, double[] gradient) {
        shape.check(alpha, batch, gradient);
        Arrays.fill(gradient, 0.0);
        double weight = 1.0 / batch.tasks;
        double total = 0;
        for (int task = 0; task < batch.tasks; task++) {
            double loss = forward(alpha, batch, task);
            total += loss;
            reverse(alpha, batch, task, weight, gradient);
        }
        return total / batch.tasks;
    }

    /** Runs the unroll of one task, caching every step, and returns its validation MSE. */
    private double forward(double[] alpha, TaskBatch batch, int task) {
        int p = shape.thetaSize();
        int h = shape.baseHidden();
        int n = shape.trainPoints();
        int k = shape.optHidden();
        double beta = shape.momentumBeta();
        int w1 = AlphaLayout.w1(k);
        int b1 = AlphaLayout.b1(k);
        int w2 = AlphaLayout.w2(k);
        double b2 = alpha[AlphaLayout.b2(k)];

        System.arraycopy(batch.theta0, task * p, thetas, 0, p);
        for (int t = 0; t < shape.innerSteps(); t++) {
            int cur = t * p;
            DoubleBaseModel.lossAndGradient(thetas, cur, h, batch.xTrain, batch.yTrain, task * n, n,
                    grads, cur, hiddens, t * n * h, residuals, t * n);
            double lt = logSteps[t];
            int qBase = t * k * p;
            for (int i = 0; i < p; i++) {
                double g = grads[cur + i];
                double mPrev = t == 0 ? 0.0 : moms[cur - p + i];
                double m = beta * mPrev + (1.0 - beta) * g;
                moms[cur + i] = m;
                double delta = b2;
                for (int u = 0; u < k; u++) {
                    double a = alpha[w1 + 3 * u] * g + alpha[w1 + 3 * u + 1] * m
                            + alpha[w1 + 3 * u + 2] * lt + alpha[b1 + u];
                    double q = Math.tanh(a);
                    optHidden[qBase + u * p + i] = q;
                    delta += alpha[w2 + u] * q;
                }
                thetas[cur + p + i] = thetas[cur + i] + delta;
            }
        }

        int last = shape.innerSteps() * p;
        int m = shape.gridPoints();
        return DoubleBaseModel.lossAndGradient(thetas, last, h, batch.xVal, batch.yVal, task * m, m,
                thetaAdj, 0, valHidden, 0, valResidual, 0);
    }

    /**
     * Accumulates {@code weight * d(task loss)/d alpha} into {@code gradient}. Expects
     * {@code thetaAdj} to hold the validation gradient at theta_T, as {@link #forward} leaves it.
     */
    private void reverse(double[] alpha, TaskBatch batch, int task, double weight, double[] gradient) {
        int p = shape.thetaSize();
        int h = shape.baseHidden();
        int n = shape.trainPoints();
        int k = shape.optHidden();
        double beta = shape.momentumBeta();
        int w1 = AlphaLayout.w1(k);
        int b1 = AlphaLayout.b1(k);
        int w2 = AlphaLayout.w2(k);
        int b2 = AlphaLayout.b2(k);

        for (int i = 0; i < p; i++) {
            thetaAdj[i] *= weight;
        }
        Arrays.fill(momAdj, 0.0);
        for (int t = shape.innerSteps() - 1; t >= 0; t--) {
            int cur = t * p;
            double lt = logSteps[t];
            int qBase = t * k * p;
            for (int i = 0; i < p; i++) {
                double adj = thetaAdj[i];
                double g = grads[cur + i];
                double m = moms[cur + i];
                double gAdj = 0;
                double mAdj = momAdj[i];
                gradient[b2] += adj;
                for (int u = 0; u < k; u++) {
                    double q = optHidden[qBase + u * p + i];
                    double aAdj = adj * alpha[w2 + u] * (1.0 - q * q);
                    gradient[w2 + u] += adj * q;
                    gradient[w1 + 3 * u] += aAdj * g;
                    gradient[w1 + 3 * u + 1] += aAdj * m;
                    gradient[w1 + 3 * u + 2] += aAdj * lt;
                    gradient[b1 + u] += aAdj;
                    gAdj += aAdj * alpha[w1 + 3 * u];
                    mAdj += aAdj * alpha[w1 + 3 * u + 1];
                }
                gradAdj[i] = gAdj + (1.0 - beta) * mAdj;
                momAdj[i] = beta * mAdj;
            }
            if (shape.exact()) {
                DoubleBaseModel.hessianVector(thetas, cur, h, batch.xTrain, task * n, n, hiddens,
                        t * n * h, residuals, t * n, gradAdj, hessAdj, rowScratch);
                for (int i = 0; i < p; i++) {
                    thetaAdj[i] += hessAdj[i];
                }
            }
        }
    }
}
