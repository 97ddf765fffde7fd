package org.rulescape.core.engine;

import org.rulescape.core.model.ExperimentConfig;
import org.rulescape.core.tasks.TaskBatch;

/**
 * A plain restatement of the meta-objective's forward pass, written without the kernels' caching
 * or layout tricks, to check their losses. The training gradient is taken by central differences
 * of the training loss, so this shares no gradient formula with the kernels.
 */
final class ReferenceUnroll {
    private ReferenceUnroll() {
    }

    static double metaLoss(ExperimentConfig config, double[] alpha, TaskBatch batch) {
        int h = config.baseHidden();
        int k = config.optHidden();
        int p = config.thetaSize();
        double total = 0;
        for (int task = 0; task < batch.tasks; task++) {
            double[] theta = new double[p];
            System.arraycopy(batch.theta0, task * p, theta, 0, p);
            double[] momentum = new double[p];
            for (int t = 0; t < config.innerSteps(); t++) {
                double[] g = numericGradient(theta, h, batch.xTrain, batch.yTrain, task * batch.trainPoints,
                        batch.trainPoints);
                double[] next = new double[p];
                for (int i = 0; i < p; i++) {
                    momentum[i] = config.momentumBeta() * momentum[i] + (1 - config.momentumBeta()) * g[i];
                    double[] input = {g[i], momentum[i], Math.log(t + 1)};
                    double delta = alpha[5 * k];
                    for (int u = 0; u < k; u++) {
                        double pre = alpha[3 * k + u];
                        for (int c = 0; c < 3; c++) {
                            pre += alpha[3 * u + c] * input[c];
                        }
                        delta += alpha[4 * k + u] * Math.tanh(pre);
                    }
                    next[i] = theta[i] + delta;
                }
                theta = next;
            }
            total += mse(theta, h, batch.xVal, batch.yVal, task * batch.gridPoints, batch.gridPoints);
        }
        return total / batch.tasks;
    }

    static double mse(double[] theta, int h, double[] x, double[] y, int offset, int n) {
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double out = theta[3 * h];
            for (int j = 0; j < h; j++) {
                out += theta[2 * h + j] * Math.tanh(theta[j] * x[offset + i] + theta[h + j]);
            }
            sum += (out - y[offset + i]) * (out - y[offset + i]);
        }
        return sum / n;
    }

    /** Four-point central differences; their error (about 1e-13 here) is far below the test tolerance. */
    private static double[] numericGradient(double[] theta, int h, double[] x, double[] y, int offset,
            int n) {
        double step = 1e-3;
        double[] g = new double[theta.length];
        double[] shifted = theta.clone();
        for (int i = 0; i < theta.length; i++) {
            double[] values = new double[4];
            double[] offsets = {step, -step, 2 * step, -2 * step};
            for (int s = 0; s < 4; s++) {
                shifted[i] = theta[i] + offsets[s];
                values[s] = mse(shifted, h, x, y, offset, n);
            }
            shifted[i] = theta[i];
            g[i] = (8 * (values[0] - values[1]) - (values[2] - values[3])) / (12 * step);
        }
        return g;
    }
}
