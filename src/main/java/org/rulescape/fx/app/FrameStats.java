package org.rulescape.fx.app;

import java.util.Arrays;

/**
 * Durations of the last frames' work (draining events and redrawing), in nanoseconds, kept in a
 * ring buffer so a benchmark or the log can report percentiles. Used on the FX thread only.
 */
public final class FrameStats {
    private final long[] nanos;
    private int next;
    private int count;

    public FrameStats(int capacity) {
        if (capacity <= 0) {
            throw new IllegalArgumentException("capacity must be positive, got " + capacity);
        }
        nanos = new long[capacity];
    }

    /** Records one frame's work duration. */
    public void record(long frameNanos) {
        nanos[next] = frameNanos;
        next = (next + 1) % nanos.length;
        count = Math.min(count + 1, nanos.length);
    }

    public int count() {
        return count;
    }

    /** Returns the given percentile (0 to 100) of the recorded durations in milliseconds; NaN when empty. */
    public double percentileMillis(double percentile) {
        if (count == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        int index = (int) Math.min(count - 1, Math.max(0, Math.ceil(percentile / 100.0 * count) - 1));
        return sorted[index] / 1e6;
    }

    public void clear() {
        next = 0;
        count = 0;
    }
}
