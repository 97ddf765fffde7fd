package org.rulescape.core.tasks;

import org.rulescape.core.model.ExperimentConfig;
import org.rulescape.core.model.Rng;

/**
 * Draws the tasks of one meta-step and the base model's starting parameters.
 *
 * <p>Task {@code k} of meta-step {@code step} for seed {@code s} comes from the stream
 * {@code (s, TASK, step, k)}, and its theta_0 from {@code (s, BASE_INIT, step, k)}, so a
 * batch depends only on its key. Draw order inside a task: family, the family's parameters
 * in the order of its formula, then for each training point its input and then its noise.
 *
 * <p>Training inputs are uniform on [-2, 2]; validation inputs are an evenly spaced grid on
 * [-2, 2] including both ends. All inputs are scaled by x / 2. Training and validation
 * outputs are standardized with the training outputs' mean and population standard
 * deviation; when that deviation is below {@link #MIN_SCALE} the outputs are only centered,
 * so a (near) constant task gives finite values.
 */
public final class TaskSampler {
    /** Smallest standard deviation used to divide outputs. */
    public static final double MIN_SCALE = 1e-8;

    private final ExperimentConfig config;
    private final Rng taskRng = new Rng(0);
    private final Rng initRng = new Rng(0);
    private final double[] rawX;
    private final double[] rawY;
    private final double[] coefficients = new double[4];

    public TaskSampler(ExperimentConfig config) {
        this.config = config;
        this.rawX = new double[Math.max(config.trainPoints(), config.gridPoints())];
        this.rawY = new double[rawX.length];
    }

    /** Returns a new batch sized for this configuration. */
    public TaskBatch newBatch() {
        return new TaskBatch(config.metaBatch(), config.trainPoints(), config.gridPoints(),
                config.thetaSize());
    }

    /** Fills {@code batch} with the tasks and theta_0 of meta-step {@code step} of {@code seed}. */
    public void sample(long seed, long step, TaskBatch batch) {
        for (int k = 0; k < batch.tasks; k++) {
            taskRng.reset(seed, Rng.Stream.TASK, step, k);
            sampleTask(taskRng, batch, k);
            initRng.reset(seed, Rng.Stream.BASE_INIT, step, k);
            initTheta(initRng, batch.theta0, k * batch.thetaSize);
        }
    }

    private void sampleTask(Rng rng, TaskBatch batch, int k) {
        TaskFamily family = TaskFamily.values()[rng.nextInt(3)];
        batch.families[k] = family;
        double p0;
        double p1;
        double p2;
        double p3;
        int degree = 0;
        switch (family) {
            case SINUSOID -> {
                p0 = rng.uniform(0.5, 2.0);
                p1 = rng.uniform(0.5, 3.0);
                p2 = rng.uniform(0.0, 2.0 * Math.PI);
                p3 = rng.uniform(-0.5, 0.5);
            }
            case POLYNOMIAL -> {
                degree = 2 + rng.nextInt(2);
                for (int i = 0; i <= degree; i++) {
                    coefficients[i] = rng.uniform(-1.0, 1.0);
                }
                p0 = p1 = p2 = p3 = 0;
            }
            default -> {
                p0 = rng.uniform(0.3, 1.0);
                p1 = rng.uniform(-0.5, 0.5);
                p2 = rng.uniform(-0.5, 0.5);
                p3 = 0;
            }
        }

        int n = batch.trainPoints;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double x = rng.uniform(-2.0, 2.0);
            double y = evaluate(family, degree, p0, p1, p2, p3, x) + config.noiseStd() * rng.nextGaussian();
            rawX[i] = x;
            rawY[i] = y;
            sum += y;
        }
        double mean = sum / n;
        double squares = 0;
        for (int i = 0; i < n; i++) {
            double d = rawY[i] - mean;
            squares += d * d;
        }
        double scale = outputScale(Math.sqrt(squares / n));

        int offset = k * n;
        for (int i = 0; i < n; i++) {
            batch.xTrain[offset + i] = rawX[i] / 2.0;
            batch.yTrain[offset + i] = (rawY[i] - mean) / scale;
        }

        int m = batch.gridPoints;
        int gridOffset = k * m;
        for (int j = 0; j < m; j++) {
            double x = -2.0 + 4.0 * j / (m - 1);
            batch.xVal[gridOffset + j] = x / 2.0;
            batch.yVal[gridOffset + j] = (evaluate(family, degree, p0, p1, p2, p3, x) - mean) / scale;
        }
    }

    /** Returns the divisor for standardizing outputs: the deviation, or 1 when it is (near) zero. */
    static double outputScale(double std) {
        return std >= MIN_SCALE ? std : 1.0;
    }

    private double evaluate(TaskFamily family, int degree, double p0, double p1, double p2, double p3,
            double x) {
        return switch (family) {
            case SINUSOID -> p0 * Math.sin(p1 * x + p2) + p3;
            case POLYNOMIAL -> {
                double y = 0;
                for (int i = degree; i >= 0; i--) {
                    y = y * x + coefficients[i];
                }
                yield y;
            }
            case EXPONENTIAL -> p0 * Math.exp(p1 * x) + p2;
        };
    }

    /**
     * Draws theta_0 in the layout [W1 (H), b1 (H), W2 (H), b2]: W1 ~ N(0, gain^2 / 1),
     * W2 ~ N(0, gain^2 / H), biases zero.
     */
    private void initTheta(Rng rng, double[] theta, int offset) {
        int h = config.baseHidden();
        double gain = config.baseInitGain();
        for (int i = 0; i < h; i++) {
            theta[offset + i] = gain * rng.nextGaussian();
        }
        for (int i = 0; i < h; i++) {
            theta[offset + h + i] = 0.0;
        }
        double outStd = gain / Math.sqrt(h);
        for (int i = 0; i < h; i++) {
            theta[offset + 2 * h + i] = outStd * rng.nextGaussian();
        }
        theta[offset + 3 * h] = 0.0;
    }
}
