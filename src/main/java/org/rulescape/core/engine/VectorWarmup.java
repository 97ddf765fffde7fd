package org.rulescape.core.engine;

import org.rulescape.core.model.AlphaLayout;
import org.rulescape.core.model.ExperimentConfig;
import org.rulescape.core.model.Regime;
import org.rulescape.core.tasks.TaskBatch;
import org.rulescape.core.tasks.TaskSampler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compiles the vector kernel in the background before any run uses it.
 *
 * <p>Until HotSpot's C2 compiler has compiled it, Vector API code runs tens of times slower than
 * plain Java: every vector is an object. Measured on a 2-core AVX-512 machine, the vector kernel
 * needs 1 to 3 s of evaluations before it reaches its speed, about twice that of
 * {@link FloatKernel}. {@link MetaGradients#create} therefore returns a kernel that computes with
 * {@link FloatKernel} until this class reports the vector kernel ready, then with the vector
 * kernel; both give bitwise the same results, so the switch changes no number.
 *
 * <p>{@link #start} is idempotent. The warm-up evaluates one group of tasks with the FULL settings
 * (a warm-up with fewer inner steps was measured to leave code about 7 % slower) on a daemon
 * thread, in rounds of 10, until at least 50 evaluations are done and the last round's thread
 * CPU time is within 25 % of the fastest and at most {@link #USABLE_NANOS_PER_TASK_STEP} a
 * task-step. If after 400 evaluations a task-step still costs more than {@link #USABLE_NANOS_PER_TASK_STEP} (the JVM runs without C2, for
 * example), the vector kernel is declared unusable and runs stay on {@link FloatKernel}.
 */
public final class VectorWarmup {
    private static final Logger LOG = LoggerFactory.getLogger(VectorWarmup.class);

    /**
     * Cost per task-step above which the vector kernel counts as not compiled, or not worth using.
     * Compiled, it takes about 3 us per task-step of the warm-up batch with 16 lanes, and the
     * scalar kernel about 6 us. Uncompiled vector code takes 50 us and more.
     */
    static final double USABLE_NANOS_PER_TASK_STEP = 12_000;
    private static final int ROUND = 10;
    private static final int MIN_EVALUATIONS = 50;
    private static final int MAX_EVALUATIONS = 400;

    private enum State { IDLE, RUNNING, READY, UNUSABLE }

    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();
    private static volatile State state = State.IDLE;

    private VectorWarmup() {
    }

    /**
     * Starts the warm-up on a daemon thread, unless it has started before or the Vector API is
     * not enabled (see {@link VectorSupport}). Returns at once.
     */
    public static void start() {
        if (!VectorSupport.available()) {
            return;
        }
        synchronized (VectorWarmup.class) {
            if (state != State.IDLE) {
                return;
            }
            state = State.RUNNING;
        }
        Thread thread = new Thread(VectorWarmup::run, "rulescape-vector-warmup");
        thread.setDaemon(true);
        thread.start();
    }

    /** True once the vector kernel is compiled and measured faster than the scalar one. */
    public static boolean isReady() {
        return state == State.READY;
    }

    /**
     * Waits up to {@code millis} for the warm-up to end and returns {@link #isReady()}. For
     * benchmarks, which should time the compiled kernel.
     */
    public static boolean awaitReady(long millis) throws InterruptedException {
        long deadline = System.nanoTime() + millis * 1_000_000L;
        while (state == State.RUNNING && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        return isReady();
    }

    private static void run() {
        try {
            ExperimentConfig config = Regime.FULL.config().toBuilder()
                    .regime(Regime.CUSTOM)
                    .metaBatch(VectorLanes.L)
                    .build();
            TaskSampler sampler = new TaskSampler(config);
            TaskBatch batch = sampler.newBatch();
            sampler.sample(0, 0, batch);
            double[] alpha = AlphaLayout.initialAlpha(config, 0);
            double[] gradient = new double[alpha.length];
            long started = System.nanoTime();
            VectorKernel kernel = new VectorKernel(config);
            long taskSteps = (long) ROUND * config.metaBatch() * config.innerSteps();
            long best = Long.MAX_VALUE;
            long last = Long.MAX_VALUE;
            int done = 0;
            while (done < MAX_EVALUATIONS) {
                // Thread CPU time, so that other busy threads do not make the kernel look slow.
                long begin = THREADS.getCurrentThreadCpuTime();
                for (int i = 0; i < ROUND; i++) {
                    kernel.evaluate(alpha, batch, gradient);
                }
                last = THREADS.getCurrentThreadCpuTime() - begin;
                LOG.trace("Vector kernel warm-up round: {} ns per task-step", last / taskSteps);
                best = Math.min(best, last);
                done += ROUND;
                boolean fast = (double) last / taskSteps <= USABLE_NANOS_PER_TASK_STEP;
                if (done >= MIN_EVALUATIONS && fast && last <= best * 1.25) {
                    break;
                }
            }
            double perTaskStep = (double) last / taskSteps;
            if (perTaskStep <= USABLE_NANOS_PER_TASK_STEP) {
                state = State.READY;
                LOG.info("Vector kernel compiled in {} ms; float runs use it from their next meta-step",
                        (System.nanoTime() - started) / 1_000_000);
                LOG.debug("Vector kernel warm-up: {} evaluations, last round {} ns of thread CPU time per task-step",
                        done, Math.round(perTaskStep));
            } else {
                state = State.UNUSABLE;
                LOG.warn("The vector kernel still takes {} ns per task-step after {} warm-up evaluations "
                        + "(is the C2 compiler off?); runs use the scalar float kernel",
                        Math.round(perTaskStep), done);
            }
        } catch (RuntimeException | LinkageError e) {
            state = State.UNUSABLE;
            LOG.warn("Warm-up of the vector kernel failed; runs use the scalar float kernel", e);
        }
    }
}
