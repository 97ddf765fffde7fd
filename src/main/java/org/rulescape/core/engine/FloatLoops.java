package org.rulescape.core.engine;

/**
 * Array helpers for the float kernel's flat layout, in which a matrix of {@code rows x width}
 * floats is stored row after row.
 *
 * <p>Why the layout: HotSpot 17's auto-vectorizer (C2 SuperWord) was measured on AVX-512 to
 * vectorize a loop whose arrays are all indexed alike ({@code out[e] = f(a[e], b[e])}), to leave
 * scalar a loop that reads at a run-time offset ({@code a[e] += a[src + e]}, or
 * {@code out[i] += in[off + i]}), to gain little on loops shorter than about 100 iterations, and
 * to leave a loop whose trip count is not a compile-time constant scalar when its body touches
 * more than about six arrays (4.5 ns against 0.6 ns an element for the optimizer's activation
 * loop). So the kernel works on long flat arrays, tiles short vectors across them, moves rows
 * with {@link System#arraycopy} before adding them, and splits work into passes of a few arrays
 * each. The base model pads its rows to {@link #LANES} floats; the optimizer does not (see
 * {@link FloatOptimizerNet#width}).
 */
final class FloatLoops {
    /** Row widths are padded to a multiple of this many floats (one 64-byte vector). */
    static final int LANES = 16;

    private FloatLoops() {
    }

    /** Returns {@code n} rounded up to a multiple of {@link #LANES}. */
    static int padded(int n) {
        return (n + LANES - 1) / LANES * LANES;
    }

    /**
     * Fills {@code dst[0 .. copies * width)} with {@code copies} copies of
     * {@code src[srcOff .. srcOff + width)}, by doubling the filled prefix.
     */
    static void tile(float[] src, int srcOff, int width, float[] dst, int copies) {
        System.arraycopy(src, srcOff, dst, 0, width);
        int total = copies * width;
        int filled = width;
        while (filled < total) {
            int n = Math.min(filled, total - filled);
            System.arraycopy(dst, 0, dst, filled, n);
            filled += n;
        }
    }

    /** Sets each row i of the flat {@code rows x width} matrix {@code dst} to {@code values[i]}. */
    static void expandRows(float[] values, int rows, int width, float[] dst) {
        for (int i = 0; i < rows; i++) {
            java.util.Arrays.fill(dst, i * width, (i + 1) * width, values[i]);
        }
    }

    /**
     * Sums the rows of the flat {@code rows x width} matrix {@code a} into {@code a[0 .. width)},
     * by repeatedly adding the lower half of the rows onto the upper half. Destroys the other rows
     * and {@code scratch}, which needs at least {@code rows / 2 * width} entries.
     *
     * <p>Each halving first copies the rows to add into {@code scratch}: C2 leaves a loop like
     * {@code a[e] += a[src + e]} scalar (it cannot rule out overlap), but vectorizes
     * {@code a[e] += scratch[e]}; copy and add cost about 0.17 us against 0.43 us for 16 rows of
     * 97. The order of the additions, and so the result, is the same either way.
     */
    static void sumRowsInPlace(float[] a, int rows, int width, float[] scratch) {
        while (rows > 1) {
            int half = rows / 2;
            int src = (rows - half) * width;
            int n = half * width;
            System.arraycopy(a, src, scratch, 0, n);
            for (int e = 0; e < n; e++) {
                a[e] += scratch[e];
            }
            rows -= half;
        }
    }

    /**
     * Writes the sum of each row of the flat {@code rows x width} matrix {@code a} into
     * {@code out}. Eight partial sums over interleaved entries keep both floating-point adders
     * busy. The order of the additions is fixed, so the result is reproducible.
     */
    static void rowSums(float[] a, int rows, int width, float[] out) {
        for (int i = 0; i < rows; i++) {
            int off = i * width;
            float s0 = 0f;
            float s1 = 0f;
            float s2 = 0f;
            float s3 = 0f;
            float s4 = 0f;
            float s5 = 0f;
            float s6 = 0f;
            float s7 = 0f;
            int j = 0;
            for (; j + 7 < width; j += 8) {
                s0 += a[off + j];
                s1 += a[off + j + 1];
                s2 += a[off + j + 2];
                s3 += a[off + j + 3];
                s4 += a[off + j + 4];
                s5 += a[off + j + 5];
                s6 += a[off + j + 6];
                s7 += a[off + j + 7];
            }
            for (; j < width; j++) {
                s0 += a[off + j];
            }
            out[i] = ((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7));
        }
    }
}
