package org.rulescape.core.experiment;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * Health of one seed's meta-training, computed from its per-step records: did the meta-loss
 * stay near the best level it reached, or climb away from it while staying finite?
 *
 * <p>Rule: a seed is {@link Flag#UNSTABLE} when its final level (the median meta-loss of the
 * last {@link #FINAL_FRACTION} of its finite records) exceeds {@link #UNSTABLE_FACTOR} times
 * its minimum meta-loss. Each record is the mean validation MSE over one freshly sampled
 * meta-batch, so a healthy seed's late records scatter around a plateau and its minimum is its
 * luckiest batch. Batch noise of that kind moves the ratio by a small factor, not by an order of
 * magnitude. A seed whose loss climbs tenfold from its best has left the region it learned,
 * and its final alpha is not a learned rule in the same sense as the others. The median makes
 * the final level robust to a few spikes. The gradient norm is reported beside the flag
 * but does not set it: with clipping, a large raw norm alone need not spoil a seed.
 *
 * @param seed          run seed
 * @param steps         meta-steps with a record
 * @param nonFinite     records whose meta-loss is NaN or infinite (left out of every statistic)
 * @param minMetaLoss   smallest finite meta-loss, NaN when there is none
 * @param minStep       meta-step of {@code minMetaLoss}, -1 when there is none
 * @param finalLevel    median of the last {@link #FINAL_FRACTION} (at least one) of the finite
 *                      meta-losses, NaN when there is none
 * @param finalWindow   number of finite records the final level is the median of
 * @param maxGradNorm   largest finite meta-gradient norm before clipping, NaN when there is none
 * @param maxGradStep   meta-step of {@code maxGradNorm}, -1 when there is none
 * @param flag          the assessment
 */
public record SeedHealth(long seed, int steps, int nonFinite, double minMetaLoss, int minStep,
        double finalLevel, int finalWindow, double maxGradNorm, int maxGradStep, Flag flag) {

    /** Final level over minimum above which a seed is UNSTABLE. */
    public static final double UNSTABLE_FACTOR = 10.0;

    /** Fraction of the finite records, taken from the end, whose median is the final level. */
    public static final double FINAL_FRACTION = 0.10;

    /** The rule in one sentence, for every place the flag is shown. */
    public static final String RULE = String.format(Locale.ROOT,
            "UNSTABLE = the median meta-loss of the last %.0f %% of meta-steps exceeds %.0fx the seed's minimum"
                    + " meta-loss", 100 * FINAL_FRACTION, UNSTABLE_FACTOR);

    /** Outcome of the assessment. */
    public enum Flag {
        /** The final level stays within {@link #UNSTABLE_FACTOR} of the minimum. */
        STABLE,
        /** The final level exceeds {@link #UNSTABLE_FACTOR} times the minimum. */
        UNSTABLE,
        /** No finite meta-loss was recorded, so there is nothing to assess. */
        NO_RECORDS
    }

    public SeedHealth {
        Objects.requireNonNull(flag, "flag");
    }

    /**
     * Assesses a seed from its records. A result whose meta-loss array is shorter than its
     * recorded step count (a damaged or synthetic record) is assessed on the entries it has.
     */
    public static SeedHealth of(SeedResult result) {
        int steps = Math.min(result.stepsRecorded(), result.metaLoss().length);
        return of(result.seed(), result.metaLoss(), result.gradNorm(), Math.max(0, steps));
    }

    /**
     * Assesses a seed from the first {@code steps} entries of its records.
     *
     * @param gradNorm meta-gradient norms; may be shorter than {@code steps} (for example empty
     *                 when only the meta-loss was loaded), then the maximum covers what is there
     * @throws IllegalArgumentException when {@code steps} is negative or exceeds the meta-loss record
     */
    public static SeedHealth of(long seed, double[] metaLoss, double[] gradNorm, int steps) {
        if (steps < 0 || steps > metaLoss.length) {
            throw new IllegalArgumentException("seed " + seed + ": steps must lie in [0, " + metaLoss.length
                    + "] (the meta-loss record length), got " + steps);
        }
        double[] finite = new double[steps];
        int count = 0;
        double min = Double.NaN;
        int minStep = -1;
        for (int step = 0; step < steps; step++) {
            double loss = metaLoss[step];
            if (!Double.isFinite(loss)) {
                continue;
            }
            finite[count++] = loss;
            if (minStep < 0 || loss < min) {
                min = loss;
                minStep = step;
            }
        }

        double maxGrad = Double.NaN;
        int maxGradStep = -1;
        for (int step = 0; step < Math.min(steps, gradNorm.length); step++) {
            double norm = gradNorm[step];
            if (Double.isFinite(norm) && (maxGradStep < 0 || norm > maxGrad)) {
                maxGrad = norm;
                maxGradStep = step;
            }
        }

        if (count == 0) {
            return new SeedHealth(seed, steps, steps, Double.NaN, -1, Double.NaN, 0, maxGrad, maxGradStep,
                    Flag.NO_RECORDS);
        }
        int window = Math.max(1, (int) Math.ceil(FINAL_FRACTION * count));
        double finalLevel = median(Arrays.copyOfRange(finite, count - window, count));
        Flag flag = finalLevel > UNSTABLE_FACTOR * min ? Flag.UNSTABLE : Flag.STABLE;
        return new SeedHealth(seed, steps, steps - count, min, minStep, finalLevel, window, maxGrad, maxGradStep,
                flag);
    }

    /** True when the flag is UNSTABLE. */
    public boolean isUnstable() {
        return flag == Flag.UNSTABLE;
    }

    /** Final level over minimum meta-loss, NaN without records. */
    public double growth() {
        return finalLevel / minMetaLoss;
    }

    /**
     * Returns one line for reports, for example
     * {@code "UNSTABLE: final level 312 = 2900x the minimum 0.107 at step 180; max gradient norm 4.1e+09"}.
     */
    public String describe() {
        if (flag == Flag.NO_RECORDS) {
            return "no finite meta-loss recorded";
        }
        return String.format(Locale.ROOT, "%s: final level %.3g = %.3gx the minimum %.3g at step %d;"
                        + " max gradient norm %.3g at step %d", flag, finalLevel, growth(), minMetaLoss, minStep,
                maxGradNorm, maxGradStep);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : 0.5 * (sorted[n / 2 - 1] + sorted[n / 2]);
    }
}
