package org.rulescape.core.analysis.perturbation;

import org.rulescape.core.engine.MetaGradient;
import org.rulescape.core.model.ExperimentConfig;
import org.rulescape.core.model.Regime;
import org.rulescape.core.tasks.TaskBatch;

/**
 * Meta-gradient stand-ins whose landscape is known: J(alpha) = 1 + c/2 ||alpha - z||^2, with z
 * moved a little by each batch's data so the task stream matters. Curvature c > 0 is a bowl
 * (an attractor at z), c = 0 a flat plane, c < 0 a hill.
 */
final class FakeKernels {
    private FakeKernels() {
    }

    /** Small training settings: the fake kernel ignores inner steps, so only sampling costs. */
    static ExperimentConfig config(double metaLearningRate) {
        return Regime.DEBUG.config().toBuilder().regime(Regime.CUSTOM).metaSteps(40).metaBatch(2)
                .metaLearningRate(metaLearningRate).build();
    }

    static MetaGradient quadratic(double curvature) {
        return (alpha, batch, gradient) -> {
            double shift = 0.05 * batchShift(batch);
            double loss = 1.0;
            for (int i = 0; i < alpha.length; i++) {
                double offset = alpha[i] - 0.2 - shift;
                loss += 0.5 * curvature * offset * offset;
                gradient[i] = curvature * offset;
            }
            return loss;
        };
    }

    /** A flat landscape whose gradient is noise from the batch only, so alpha drifts. */
    static MetaGradient drifting() {
        return (alpha, batch, gradient) -> {
            for (int i = 0; i < alpha.length; i++) {
                gradient[i] = batch.theta0[i % batch.theta0.length];
            }
            return 1.0 + 0.01 * batchShift(batch);
        };
    }

    private static double batchShift(TaskBatch batch) {
        return batch.yTrain[0] + batch.theta0[0];
    }
}
