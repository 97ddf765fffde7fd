package org.rulescape.core.engine;

import java.util.Collections;
import java.util.Map;
import org.nd4j.autodiff.samediff.SDIndex;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.rulescape.core.model.ExperimentConfig;
import org.rulescape.core.tasks.TaskBatch;

/**
 * The meta-objective as a SameDiff graph in double precision, an oracle independent of the
 * hand-written kernels. The inner training gradient is spelled out as forward ops (the
 * closed-form MSE gradient of the 1-H-1 tanh model), so SameDiff's reverse mode differentiates
 * through it and yields the exact meta-gradient, second-order terms included.
 *
 * <p>theta is a [3H + 1, 1] column, sliced into its blocks for the base model. The scalar biases
 * b2 (of the base model and of the optimizer) are added by broadcasting a [1, 1] array, because
 * matmul_bp of ND4J 1.0.0-M2.1 rejects [1, 1] operands.
 */
final class SameDiffOracle {
    private final double loss;
    private final double[] gradient;

    private SameDiffOracle(double loss, double[] gradient) {
        this.loss = loss;
        this.gradient = gradient;
    }

    double loss() {
        return loss;
    }

    double[] gradient() {
        return gradient.clone();
    }

    /** Builds the unrolled graph for {@code batch} and evaluates J(alpha) and dJ/dalpha. */
    static SameDiffOracle evaluate(ExperimentConfig config, double[] alpha, TaskBatch batch) {
        Nd4j.setDefaultDataTypes(DataType.DOUBLE, DataType.DOUBLE);
        SameDiff sd = SameDiff.create();
        int k = config.optHidden();
        SDVariable alphaVar = sd.var("alpha", Nd4j.createFromArray(alpha).reshape(alpha.length, 1));
        Optimizer optimizer = new Optimizer(sd, alphaVar, k, config.momentumBeta());

        SDVariable total = null;
        for (int task = 0; task < batch.tasks; task++) {
            SDVariable taskLoss = unrollTask(sd, optimizer, config, batch, task);
            total = total == null ? taskLoss : total.add(taskLoss);
        }
        SDVariable objective = total.div("objective", batch.tasks);
        sd.setLossVariables(objective);

        Map<String, INDArray> grads = sd.calculateGradients(Collections.emptyMap(), "alpha");
        double value = sd.output(Collections.emptyMap(), "objective").get("objective").getDouble(0);
        return new SameDiffOracle(value, grads.get("alpha").dup().data().asDouble());
    }

    private static SDVariable unrollTask(SameDiff sd, Optimizer optimizer, ExperimentConfig config,
            TaskBatch batch, int task) {
        int h = config.baseHidden();
        int p = config.thetaSize();
        SDVariable theta = sd.constant(column(slice(batch.theta0, task, p)));
        SDVariable momentum = sd.constant(Nd4j.zeros(DataType.DOUBLE, p, 1));

        SDVariable xTrain = sd.constant(column(slice(batch.xTrain, task, batch.trainPoints)));
        SDVariable yTrain = sd.constant(column(slice(batch.yTrain, task, batch.trainPoints)));
        for (int t = 0; t < config.innerSteps(); t++) {
            SDVariable grad = trainingGradient(sd, blocks(theta, h), xTrain, yTrain, batch.trainPoints);
            momentum = momentum.mul(optimizer.beta).add(grad.mul(1 - optimizer.beta));
            theta = theta.add(optimizer.update(grad, momentum, Math.log(t + 1.0), p));
        }

        SDVariable xVal = sd.constant(column(slice(batch.xVal, task, batch.gridPoints)));
        SDVariable yVal = sd.constant(column(slice(batch.yVal, task, batch.gridPoints)));
        SDVariable[] parts = blocks(theta, h);
        SDVariable hidden = sd.math().tanh(pre(sd, parts, xVal, batch.gridPoints));
        SDVariable err = hidden.mmul(parts[2]).add(parts[3]).sub(yVal);
        return sd.math().square(err).mean();
    }

    /** Splits a theta column into W1, b1, W2 ([H, 1] each) and b2 ([1, 1]). */
    private static SDVariable[] blocks(SDVariable theta, int h) {
        return new SDVariable[] {
                theta.get(SDIndex.interval(0, h), SDIndex.all()),
                theta.get(SDIndex.interval(h, 2 * h), SDIndex.all()),
                theta.get(SDIndex.interval(2 * h, 3 * h), SDIndex.all()),
                theta.get(SDIndex.interval(3 * h, 3 * h + 1), SDIndex.all())};
    }

    /** Returns the pre-activations W1_j x_i + b1_j as an [n, H] matrix. */
    private static SDVariable pre(SameDiff sd, SDVariable[] theta, SDVariable x, int n) {
        SDVariable ones = sd.constant(Nd4j.ones(DataType.DOUBLE, n, 1));
        return x.mmul(sd.transpose(theta[0])).add(ones.mmul(sd.transpose(theta[1])));
    }

    /** Returns the MSE gradient as a [3H + 1, 1] column, written as forward ops. */
    private static SDVariable trainingGradient(SameDiff sd, SDVariable[] theta, SDVariable x,
            SDVariable y, int n) {
        SDVariable hidden = sd.math().tanh(pre(sd, theta, x, n));
        SDVariable residual = hidden.mmul(theta[2]).add(theta[3]).sub(y).mul(2.0 / n);

        SDVariable slope = sd.math().square(hidden).rsub(1.0);
        SDVariable hiddenAdj = residual.mmul(sd.transpose(theta[2])).mul(slope);
        SDVariable gW1 = sd.transpose(hiddenAdj).mmul(x);
        SDVariable gB1 = sd.transpose(hiddenAdj.sum(true, 0));
        SDVariable gW2 = sd.transpose(hidden).mmul(residual);
        SDVariable gB2 = residual.sum(true, 0);
        return sd.concat(0, gW1, gB1, gW2, gB2);
    }

    private static double[] slice(double[] values, int task, int length) {
        double[] out = new double[length];
        System.arraycopy(values, task * length, out, 0, length);
        return out;
    }

    private static INDArray column(double[] values) {
        return Nd4j.createFromArray(values).reshape(values.length, 1);
    }

    /** The 3-K-1 learned optimizer with its weights sliced out of the alpha variable. */
    private static final class Optimizer {
        private final SameDiff sd;
        private final SDVariable w1Transposed;
        private final SDVariable b1;
        private final SDVariable w2;
        private final SDVariable b2;
        private final double beta;

        Optimizer(SameDiff sd, SDVariable alpha, int k, double beta) {
            this.sd = sd;
            this.beta = beta;
            SDVariable w1 = alpha.get(SDIndex.interval(0, 3 * k), SDIndex.all()).reshape(k, 3);
            this.w1Transposed = sd.transpose(w1);
            this.b1 = alpha.get(SDIndex.interval(3 * k, 4 * k), SDIndex.all()).reshape(1, k);
            this.w2 = alpha.get(SDIndex.interval(4 * k, 5 * k), SDIndex.all());
            this.b2 = alpha.get(SDIndex.interval(5 * k, 5 * k + 1), SDIndex.all());
        }

        /** Returns delta ([n, 1]) for gradient and momentum columns of length n at log(t + 1). */
        SDVariable update(SDVariable grad, SDVariable momentum, double logStep, int n) {
            SDVariable ones = sd.constant(Nd4j.ones(DataType.DOUBLE, n, 1));
            SDVariable step = sd.constant(Nd4j.valueArrayOf(new long[] {n, 1}, logStep, DataType.DOUBLE));
            SDVariable input = sd.concat(1, grad, momentum, step);
            SDVariable hidden = sd.math().tanh(input.mmul(w1Transposed).add(ones.mmul(b1)));
            return hidden.mmul(w2).add(b2);
        }
    }
}
