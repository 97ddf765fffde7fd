package org.rulescape.core.engine;

import org.rulescape.core.model.AlphaLayout;
import org.rulescape.core.model.ExperimentConfig;
import org.rulescape.core.model.GradientMode;
import org.rulescape.core.tasks.TaskBatch;

/**
 * Sizes and constants a kernel is built for, taken from one configuration.
 *
 * @param baseHidden   hidden width H of the base model
 * @param optHidden    hidden width K of the learned optimizer
 * @param thetaSize    base-model parameter count P = 3H + 1
 * @param alphaSize    learned-optimizer parameter count 5K + 1
 * @param trainPoints  training points N per task
 * @param gridPoints   validation grid points M per task
 * @param innerSteps   inner steps T of the unroll
 * @param momentumBeta momentum decay beta in [0, 1)
 * @param exact        true for the exact meta-gradient, false for the first-order one
 */
record KernelShape(int baseHidden, int optHidden, int thetaSize, int alphaSize, int trainPoints,
        int gridPoints, int innerSteps, double momentumBeta, boolean exact) {

    KernelShape {
        if (thetaSize != 3 * baseHidden + 1) {
            throw new IllegalArgumentException("theta size must be 3 * base-hidden + 1 = "
                    + (3 * baseHidden + 1) + ", got " + thetaSize);
        }
        if (alphaSize != AlphaLayout.size(optHidden)) {
            throw new IllegalArgumentException("alpha size must be 5 * opt-hidden + 1 = "
                    + AlphaLayout.size(optHidden) + ", got " + alphaSize);
        }
    }

    static KernelShape of(ExperimentConfig config) {
        return new KernelShape(config.baseHidden(), config.optHidden(), config.thetaSize(),
                config.alphaSize(), config.trainPoints(), config.gridPoints(), config.innerSteps(),
                config.momentumBeta(), config.gradientMode() == GradientMode.EXACT);
    }

    /**
     * Checks that the arguments of {@link MetaGradient#evaluate} fit this shape.
     *
     * @throws IllegalArgumentException naming the argument, the size found and the size expected
     */
    void check(double[] alpha, TaskBatch batch, double[] gradient) {
        if (alpha.length != alphaSize) {
            throw new IllegalArgumentException("alpha must have " + alphaSize
                    + " entries (5 * opt-hidden + 1), got " + alpha.length);
        }
        if (gradient.length != alphaSize) {
            throw new IllegalArgumentException("gradient must have " + alphaSize
                    + " entries like alpha, got " + gradient.length);
        }
        if (batch.tasks < 1) {
            throw new IllegalArgumentException("batch must hold at least one task, got " + batch.tasks);
        }
        if (batch.thetaSize != thetaSize || batch.trainPoints != trainPoints
                || batch.gridPoints != gridPoints) {
            throw new IllegalArgumentException("batch was sized for theta " + batch.thetaSize
                    + ", train-points " + batch.trainPoints + ", grid-points " + batch.gridPoints
                    + " but the kernel for theta " + thetaSize + ", train-points " + trainPoints
                    + ", grid-points " + gridPoints + "; create the kernel from the batch's configuration");
        }
    }
}
