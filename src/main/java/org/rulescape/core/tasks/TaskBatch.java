package org.rulescape.core.tasks;

/**
 * A meta-batch of regression tasks with the base model's starting parameters, in flat arrays
 * that the kernels read directly. Allocated once per worker and refilled by {@link TaskSampler}
 * at every meta-step.
 *
 * <p>Inputs are already scaled to [-1, 1] and outputs standardized by the training mean and
 * standard deviation. Task {@code k}'s training input {@code i} is {@code xTrain[k * trainPoints + i]};
 * its starting theta occupies {@code theta0[k * thetaSize .. (k + 1) * thetaSize)}.
 */
public final class TaskBatch {
    public final int tasks;
    public final int trainPoints;
    public final int gridPoints;
    public final int thetaSize;

    public final double[] xTrain;
    public final double[] yTrain;
    public final double[] xVal;
    public final double[] yVal;
    public final double[] theta0;
    /** Family of each task, for reports. */
    public final TaskFamily[] families;

    public TaskBatch(int tasks, int trainPoints, int gridPoints, int thetaSize) {
        this.tasks = tasks;
        this.trainPoints = trainPoints;
        this.gridPoints = gridPoints;
        this.thetaSize = thetaSize;
        this.xTrain = new double[tasks * trainPoints];
        this.yTrain = new double[tasks * trainPoints];
        this.xVal = new double[tasks * gridPoints];
        this.yVal = new double[tasks * gridPoints];
        this.theta0 = new double[tasks * thetaSize];
        this.families = new TaskFamily[tasks];
    }
}
