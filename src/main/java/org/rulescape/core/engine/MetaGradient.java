package org.rulescape.core.engine;

import org.rulescape.core.tasks.TaskBatch;

/**
 * Meta-objective J(alpha) of one meta-batch and its gradient with respect to alpha.
 *
 * <p>For each task the base model starts at its theta_0 and takes T steps of the learned
 * optimizer on the training MSE: with g_t the training gradient at theta_t and m_0 = 0,
 * {@code m_{t+1} = beta m_t + (1 - beta) g_t}, then {@code delta = g_alpha(g_t, m_{t+1}, log(t + 1))}
 * per parameter and {@code theta_{t+1} = theta_t + delta}, for t = 0 .. T-1. The task's
 * meta-loss is the validation MSE of theta_T; J is the mean over the tasks.
 *
 * <p>Implementations own reusable buffers: one instance per worker thread, not thread-safe.
 */
public interface MetaGradient {

    /**
     * Computes J(alpha) on {@code batch} and writes dJ/dalpha into {@code gradient}.
     *
     * @param alpha    learned-optimizer parameters, length 5K + 1; not modified
     * @param batch    tasks and theta_0 of this meta-step
     * @param gradient output, same length as alpha; overwritten
     * @return the mean validation MSE over the batch; NaN or infinite when the unroll diverged
     */
    double evaluate(double[] alpha, TaskBatch batch, double[] gradient);
}
