package org.rulescape.core.engine;

/**
 * The 1-H-1 tanh base model in double precision: mean squared error, its gradient and
 * Hessian-vector products, all by hand.
 *
 * <p>theta is laid out as {@code [W1 (H), b1 (H), W2 (H), b2]} from offset {@code off}. For
 * input x_i, {@code h_ij = tanh(W1_j x_i + b1_j)} and {@code y_hat_i = sum_j W2_j h_ij + b2}; the
 * loss is {@code L = (1/n) sum_i (y_hat_i - y_i)^2}.
 */
final class DoubleBaseModel {
    private DoubleBaseModel() {
    }

    /**
     * Computes L and writes dL/dtheta into {@code grad[gradOff ..]}. Stores {@code h_ij} at
     * {@code hidden[hiddenOff + i * H + j]} and the scaled residual {@code r_i = (2/n)(y_hat_i - y_i)}
     * at {@code residual[residualOff + i]}, which {@link #hessianVector} reuses.
     */
    static double lossAndGradient(double[] theta, int off, int h, double[] x, double[] y, int dataOff,
            int n, double[] grad, int gradOff, double[] hidden, int hiddenOff, double[] residual,
            int residualOff) {
        int b1 = off + h;
        int w2 = off + 2 * h;
        double b2 = theta[off + 3 * h];
        double scale = 2.0 / n;
        java.util.Arrays.fill(grad, gradOff, gradOff + 3 * h + 1, 0.0);
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double xi = x[dataOff + i];
            int row = hiddenOff + i * h;
            double yHat = b2;
            for (int j = 0; j < h; j++) {
                double a = Math.tanh(theta[off + j] * xi + theta[b1 + j]);
                hidden[row + j] = a;
                yHat += theta[w2 + j] * a;
            }
            double err = yHat - y[dataOff + i];
            sum += err * err;
            double r = scale * err;
            residual[residualOff + i] = r;

            for (int j = 0; j < h; j++) {
                double a = hidden[row + j];
                double s = r * theta[w2 + j] * (1.0 - a * a);
                grad[gradOff + j] += s * xi;
                grad[gradOff + h + j] += s;
                grad[gradOff + 2 * h + j] += r * a;
            }
            grad[gradOff + 3 * h] += r;
        }
        return sum / n;
    }

    /**
     * Writes {@code H v} into {@code out}, H the Hessian of L at theta. Needs the activations and
     * residuals that {@link #lossAndGradient} stored for the same theta and data. This is the
     * directional derivative (R-operator, Pearlmutter 1994) of the gradient formulas of
     * {@link #lossAndGradient} along v.
     */
    static void hessianVector(double[] theta, int off, int h, double[] x, int dataOff, int n,
            double[] hidden, int hiddenOff, double[] residual, int residualOff, double[] v,
            double[] out, double[] rowScratch) {
        int w2 = off + 2 * h;
        double scale = 2.0 / n;
        java.util.Arrays.fill(out, 0, 3 * h + 1, 0.0);
        double vb2 = v[3 * h];
        for (int i = 0; i < n; i++) {
            double xi = x[dataOff + i];
            int row = hiddenOff + i * h;
            double r = residual[residualOff + i];

            // Forward directional derivatives: R(h_ij) and R(y_hat_i).
            double rYHat = vb2;
            for (int j = 0; j < h; j++) {
                double a = hidden[row + j];
                double rh = (1.0 - a * a) * (v[j] * xi + v[h + j]);
                rowScratch[j] = rh;
                rYHat += v[2 * h + j] * a + theta[w2 + j] * rh;
            }
            double rr = scale * rYHat;

            // Directional derivatives of each gradient formula.
            for (int j = 0; j < h; j++) {
                double a = hidden[row + j];
                double rh = rowScratch[j];
                double d = 1.0 - a * a;
                double w = theta[w2 + j];
                double rs = rr * w * d + r * v[2 * h + j] * d - 2.0 * r * w * a * rh;
                out[j] += rs * xi;
                out[h + j] += rs;
                out[2 * h + j] += rr * a + r * rh;
            }
            out[3 * h] += rr;
        }
    }
}
