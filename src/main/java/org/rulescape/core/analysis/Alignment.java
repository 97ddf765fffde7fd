package org.rulescape.core.analysis;

/**
 * An alpha mapped onto a reference by a hidden-unit permutation and per-unit signs.
 *
 * @param aligned     the transformed alpha: its unit k is {@code signs[k]} times unit
 *                    {@code permutation[k]} of the original
 * @param permutation source unit of each target unit
 * @param signs       +1 or -1 per target unit
 * @param distance    ||reference - aligned||, the smallest over all permutations and signs
 */
public record Alignment(double[] aligned, int[] permutation, int[] signs, double distance) {
}
