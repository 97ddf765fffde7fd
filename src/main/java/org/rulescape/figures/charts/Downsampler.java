package org.rulescape.figures.charts;

import java.util.Arrays;

/**
 * Reduces a long curve to at most two points per horizontal bucket (the minimum and the maximum
 * of the bucket, in step order), so that drawing cost depends on the plot width and not on the
 * number of meta-steps, while spikes stay visible. Optionally applies an exponential moving
 * average first. Non-finite values are skipped; the caller marks divergence separately.
 */
public final class Downsampler {
    private Downsampler() {
    }

    /**
     * Returns {x[], y[]} of the points to draw.
     *
     * @param series    source values, read from 0 to {@code series.length()}
     * @param buckets   number of horizontal buckets, usually the plot width in pixels; positive
     * @param emaWeight weight of the newest value in the moving average, in (0, 1]; 1 means no smoothing
     */
    public static double[][] minMax(MetaLossSeries series, int buckets, double emaWeight) {
        if (buckets <= 0) {
            throw new IllegalArgumentException("buckets must be positive, got " + buckets);
        }
        if (!(emaWeight > 0 && emaWeight <= 1)) {
            throw new IllegalArgumentException("emaWeight must be in (0, 1], got " + emaWeight);
        }
        int n = series.length();
        double[] source = series.values();
        double[] xs = new double[Math.min(n, 2 * buckets)];
        double[] ys = new double[xs.length];
        int count = 0;

        double average = Double.NaN;
        int bucket = -1;
        int minIndex = -1;
        int maxIndex = -1;
        double min = 0;
        double max = 0;
        boolean everyPoint = n <= 2 * buckets;
        for (int i = 0; i < n; i++) {
            double value = source[i];
            if (!Double.isFinite(value)) {
                continue;
            }
            boolean smooth = emaWeight < 1 && !Double.isNaN(average);
            average = smooth ? average + emaWeight * (value - average) : value;
            if (everyPoint) {
                xs[count] = series.firstStep() + i;
                ys[count] = average;
                count++;
                continue;
            }
            int b = (int) ((long) i * buckets / n);
            if (b != bucket) {
                count = flush(xs, ys, count, series.firstStep(), minIndex, min, maxIndex, max);
                bucket = b;
                minIndex = i;
                maxIndex = i;
                min = average;
                max = average;
            } else if (average < min) {
                min = average;
                minIndex = i;
            } else if (average > max) {
                max = average;
                maxIndex = i;
            }
        }
        if (!everyPoint) {
            count = flush(xs, ys, count, series.firstStep(), minIndex, min, maxIndex, max);
        }
        return new double[][] {Arrays.copyOf(xs, count), Arrays.copyOf(ys, count)};
    }

    private static int flush(double[] xs, double[] ys, int count, int firstStep, int minIndex, double min,
            int maxIndex, double max) {
        if (minIndex < 0) {
            return count;
        }
        int firstIndex = Math.min(minIndex, maxIndex);
        xs[count] = firstStep + firstIndex;
        ys[count] = firstIndex == minIndex ? min : max;
        count++;
        if (minIndex != maxIndex) {
            int secondIndex = Math.max(minIndex, maxIndex);
            xs[count] = firstStep + secondIndex;
            ys[count] = secondIndex == minIndex ? min : max;
            count++;
        }
        return count;
    }
}
