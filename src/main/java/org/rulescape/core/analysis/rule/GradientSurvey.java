package org.rulescape.core.analysis.rule;

import java.util.Arrays;
import org.rulescape.core.model.ExperimentConfig;
import org.rulescape.core.tasks.TaskBatch;
import org.rulescape.core.tasks.TaskSampler;

/**
 * Magnitudes of the gradients g and momenta m that a learned rule actually meets, so the probe
 * range can be checked against them. Tasks are drawn with {@link TaskSampler} as in training;
 * each is optimized for the run's T inner steps by the rule itself (same momentum order as
 * training: m is updated with the current gradient first), and every |g| and |m| fed to the
 * rule is recorded.
 *
 * @param seed              run seed whose tasks were drawn (and, in the command line, whose rule ran)
 * @param values            number of (g, m) pairs recorded: tasks x T x base parameters, less
 *                          those of tasks stopped early
 * @param nonFinite         number of pairs skipped because g or m was not finite (a task stops at
 *                          its first such step)
 * @param gMedian           median of |g|
 * @param gQuantile99       99th percentile of |g|
 * @param gMax              largest |g|
 * @param mMedian           median of |m|
 * @param mQuantile99       99th percentile of |m|
 * @param mMax              largest |m|
 * @param insideProbeRange  fraction of pairs with |g| <= the probe's g range and |m| <= its m range
 */
public record GradientSurvey(long seed, long values, long nonFinite, double gMedian, double gQuantile99, double gMax,
        double mMedian, double mQuantile99, double mMax, double insideProbeRange) {

    /** Meta-steps whose tasks the survey draws, keyed like training tasks of the given seed. */
    public static final int DEFAULT_META_STEPS = 4;

    /**
     * Measures the inputs met by the rule of {@code alpha} on the tasks of meta-steps
     * 0 .. {@code metaSteps - 1} of {@code seed} (config.metaBatch() tasks each).
     *
     * @throws IllegalArgumentException when alpha does not match config.optHidden(), or metaSteps < 1
     */
    public static GradientSurvey measure(ExperimentConfig config, long seed, double[] alpha, int metaSteps,
            ProbeSet probe) {
        if (LearnedRule.hiddenWidth(alpha.length) != config.optHidden()) {
            throw new IllegalArgumentException("alpha has hidden width " + LearnedRule.hiddenWidth(alpha.length)
                    + " but the run's opt-hidden is " + config.optHidden());
        }
        if (metaSteps < 1) {
            throw new IllegalArgumentException("survey meta-steps must be at least 1, got " + metaSteps);
        }
        LearnedRule rule = new LearnedRule(alpha);
        TaskSampler sampler = new TaskSampler(config);
        TaskBatch batch = sampler.newBatch();
        int p = config.thetaSize();
        int perTask = config.innerSteps() * p;
        double[] gAbs = new double[metaSteps * batch.tasks * perTask];
        double[] mAbs = new double[gAbs.length];
        Trajectory trajectory = new Trajectory(config);
        int count = 0;
        long nonFinite = 0;
        for (int step = 0; step < metaSteps; step++) {
            sampler.sample(seed, step, batch);
            for (int task = 0; task < batch.tasks; task++) {
                int recorded = trajectory.run(rule, batch, task, gAbs, mAbs, count);
                nonFinite += perTask - recorded;
                count += recorded;
            }
        }
        return summarize(seed, Arrays.copyOf(gAbs, count), Arrays.copyOf(mAbs, count), nonFinite, probe);
    }

    /**
     * Returns a probe half-width that covers the 99th percentile of both |g| and |m|, rounded up
     * to one significant digit (0.25 gives 0.3, 3.01 gives 4), or {@link ProbeSet#DEFAULT_RANGE}
     * when no finite value was recorded.
     */
    public double suggestedRange() {
        double cover = Math.max(gQuantile99, mQuantile99);
        if (!(cover > 0) || Double.isInfinite(cover)) {
            return ProbeSet.DEFAULT_RANGE;
        }
        double unit = Math.pow(10, Math.floor(Math.log10(cover)));
        return Math.ceil(cover / unit) * unit;
    }

    private static GradientSurvey summarize(long seed, double[] gAbs, double[] mAbs, long nonFinite, ProbeSet probe) {
        long inside = 0;
        for (int i = 0; i < gAbs.length; i++) {
            if (gAbs[i] <= probe.gRange() && mAbs[i] <= probe.mRange()) {
                inside++;
            }
        }
        double fraction = gAbs.length == 0 ? Double.NaN : (double) inside / gAbs.length;
        Arrays.sort(gAbs);
        Arrays.sort(mAbs);
        return new GradientSurvey(seed, gAbs.length, nonFinite, quantile(gAbs, 0.5), quantile(gAbs, 0.99),
                quantile(gAbs, 1.0), quantile(mAbs, 0.5), quantile(mAbs, 0.99), quantile(mAbs, 1.0), fraction);
    }

    /** Returns the q-quantile of sorted values (nearest rank), NaN when there are none. */
    private static double quantile(double[] sorted, double q) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    /** Inner loop of one task with buffers reused across tasks. */
    private static final class Trajectory {
        private final int hidden;
        private final int innerSteps;
        private final double beta;
        private final double[] theta;
        private final double[] gradient;
        private final double[] momentum;

        Trajectory(ExperimentConfig config) {
            hidden = config.baseHidden();
            innerSteps = config.innerSteps();
            beta = config.momentumBeta();
            theta = new double[config.thetaSize()];
            gradient = new double[theta.length];
            momentum = new double[theta.length];
        }

        /** Runs one task, writes |g| and |m| from {@code offset}, and returns how many pairs it wrote. */
        int run(LearnedRule rule, TaskBatch batch, int task, double[] gAbs, double[] mAbs, int offset) {
            int p = theta.length;
            System.arraycopy(batch.theta0, task * p, theta, 0, p);
            Arrays.fill(momentum, 0.0);
            int written = 0;
            for (int t = 0; t < innerSteps; t++) {
                trainingGradient(batch, task);
                for (int i = 0; i < p; i++) {
                    momentum[i] = beta * momentum[i] + (1.0 - beta) * gradient[i];
                    if (!Double.isFinite(gradient[i]) || !Double.isFinite(momentum[i])) {
                        return written;
                    }
                }
                for (int i = 0; i < p; i++) {
                    gAbs[offset + written] = Math.abs(gradient[i]);
                    mAbs[offset + written] = Math.abs(momentum[i]);
                    written++;
                    theta[i] += rule.delta(gradient[i], momentum[i], t);
                }
            }
            return written;
        }

        /** Writes the gradient of the training MSE of the 1-H-1 tanh model at theta into {@code gradient}. */
        private void trainingGradient(TaskBatch batch, int task) {
            int n = batch.trainPoints;
            int h = hidden;
            Arrays.fill(gradient, 0.0);
            for (int i = 0; i < n; i++) {
                double x = batch.xTrain[task * n + i];
                double yHat = theta[3 * h];
                for (int j = 0; j < h; j++) {
                    yHat += theta[2 * h + j] * Math.tanh(theta[j] * x + theta[h + j]);
                }
                double r = 2.0 / n * (yHat - batch.yTrain[task * n + i]);
                for (int j = 0; j < h; j++) {
                    double a = Math.tanh(theta[j] * x + theta[h + j]);
                    double s = r * theta[2 * h + j] * (1.0 - a * a);
                    gradient[j] += s * x;
                    gradient[h + j] += s;
                    gradient[2 * h + j] += r * a;
                }
                gradient[3 * h] += r;
            }
        }
    }
}
