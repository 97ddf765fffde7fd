package org.rulescape.core.engine;

/**
 * Array helpers for the float kernel's flat layout, in which a matrix of {@code rows x width}
 * floats is stored row after row and every width is a multiple of {@link #LANES}.
 *
 * <p>Why the layout: HotSpot 17's auto-vectorizer (C2 SuperWord) was measured on AVX-512 to
 * vectorize a loop like {@code out[i] = f(in[off + i])} only when every offset is a multiple of
 * 16 floats, to gain little on loops shorter than about 100 iterations, and to leave a loop
 * whose trip count is not a compile-time constant scalar when its body touches more than about
 * six arrays (4.5 ns against 0.6 ns an element for the optimizer's activation loop). So the
 * kernel works on long flat arrays, tiles short vectors across them, reduces with aligned
 * offsets, and splits work into several passes of a few arrays each.
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
     * by repeatedly adding the lower half of the rows onto the upper half. Destroys the other rows.
     */
    static void sumRowsInPlace(float[] a, int rows, int width) {
        while (rows > 1) {
            int half = rows / 2;
            int src = (rows - half) * width;
            int n = half * width;
            for (int e = 0; e < n; e++) {
                a[e] += a[src + e];
            }
            rows -= half;
        }
    }

    /** Writes the sum of each row of the flat {@code rows x width} matrix {@code a} into {@code out}. */
    static void rowSums(float[] a, int rows, int width, float[] out) {
        for (int i = 0; i < rows; i++) {
            int off = i * width;
            float s0 = 0f;
            float s1 = 0f;
            float s2 = 0f;
            float s3 = 0f;
            int j = 0;
            for (; j + 3 < width; j += 4) {
                s0 += a[off + j];
                s1 += a[off + j + 1];
                s2 += a[off + j + 2];
                s3 += a[off + j + 3];
            }
            for (; j < width; j++) {
                s0 += a[off + j];
            }
            out[i] = (s0 + s1) + (s2 + s3);
        }
    }
}
