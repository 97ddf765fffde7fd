package org.rulescape.core.engine;

import java.util.concurrent.atomic.AtomicLong;
import org.rulescape.core.model.ExperimentConfig;
import org.rulescape.core.tasks.TaskBatch;

/**
 * The float kernel of machines with the Vector API: computes with {@link FloatKernel} until
 * {@link VectorWarmup} reports the vector kernel compiled, then with the vector kernel. The two
 * give bitwise equal results, so a run does not depend on when the switch happens.
 *
 * <p>A run large enough to gain from the vector kernel starts the warm-up itself: once the
 * kernels of this JVM have evaluated {@link #WARMUP_AFTER_TASK_STEPS} task-steps (about 0.1 s of
 * scalar work). Small runs such as DEBUG (12,000 task-steps in all) stay scalar and do not pay
 * for the warm-up.
 *
 * <p>One instance per worker thread; not thread-safe. Load only when
 * {@link VectorSupport#available()} is true.
 */
final class SwitchingFloatKernel implements MetaGradient {
    /** Task-steps evaluated in this JVM after which the warm-up starts. */
    static final long WARMUP_AFTER_TASK_STEPS = 20_000;

    private static final AtomicLong TASK_STEPS = new AtomicLong();

    private final ExperimentConfig config;
    private final FloatKernel scalar;
    private VectorKernel vector;

    SwitchingFloatKernel(ExperimentConfig config) {
        this.config = config;
        this.scalar = new FloatKernel(config);
    }

    @Override
    public double evaluate(double[] alpha, TaskBatch batch, double[] gradient) {
        if (VectorWarmup.isReady()) {
            if (vector == null) {
                vector = new VectorKernel(config);
            }
            return vector.evaluate(alpha, batch, gradient);
        }
        if (TASK_STEPS.addAndGet((long) batch.tasks * config.innerSteps()) > WARMUP_AFTER_TASK_STEPS) {
            VectorWarmup.start();
        }
        return scalar.evaluate(alpha, batch, gradient);
    }

    /** True once this kernel has evaluated with the vector kernel; for tests. */
    boolean usesVectorKernel() {
        return vector != null;
    }
}
