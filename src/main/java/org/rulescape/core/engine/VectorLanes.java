package org.rulescape.core.engine;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The lane layout of the vector kernel: one task per SIMD lane. A per-task array of {@code size}
 * floats becomes a flat array of {@code size x L} floats, entry i of lane l at {@code i * L + l}, so
 * every arithmetic operation of {@link FloatKernel} on one float becomes one vector operation on L
 * tasks at once, with no sums across lanes.
 *
 * <p>Lane-wise float operations round exactly as the scalar ones do, so the result of each task
 * does not depend on L or on the machine's vector width. Only this class names the vector species,
 * because HotSpot 17 compiles a Vector API call to SIMD instructions only while the call site
 * receives a single vector class. A tanh loop that also ran with a second species in the same JVM
 * was measured seven times slower.
 *
 * <p>Classes that use this one may be loaded only when {@link VectorSupport#available()} is true.
 */
final class VectorLanes {
    /** The machine's widest float vector: 16 lanes with AVX-512, 8 with AVX2. */
    static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;
    /** Number of lanes L, so of tasks evaluated together. */
    static final int L = SPECIES.length();

    private VectorLanes() {
    }

    /**
     * Sums the {@code rows} rows of {@code rowWidth} entries of {@code a} (each entry L lanes wide)
     * into its first row by the halving order of {@link FloatLoops#sumRowsInPlace}: the lower half
     * of the rows is added onto the upper half until one row is left. Destroys the other rows.
     */
    static void sumRowsInPlace(float[] a, int rows, int rowWidth) {
        while (rows > 1) {
            int half = rows / 2;
            int src = (rows - half) * rowWidth * L;
            int n = half * rowWidth * L;
            for (int e = 0; e < n; e += L) {
                FloatVector.fromArray(SPECIES, a, e).add(FloatVector.fromArray(SPECIES, a, src + e))
                        .intoArray(a, e);
            }
            rows -= half;
        }
    }

    /**
     * Returns the row that row {@code row} of a {@code rows}-row array is added onto by the first
     * halving of {@link #sumRowsInPlace}, or {@code row} itself when it is not added onto another
     * row. Adding each such row onto its target as soon as it is computed performs the first
     * halving in the same order and saves a pass; {@link #rowsAfterFirstHalving} rows remain.
     */
    static int firstHalvingTarget(int row, int rows) {
        int keep = rowsAfterFirstHalving(rows);
        return row >= keep ? row - keep : row;
    }

    /** Number of rows left after the first halving of {@code rows} rows. */
    static int rowsAfterFirstHalving(int rows) {
        return rows - rows / 2;
    }
}
