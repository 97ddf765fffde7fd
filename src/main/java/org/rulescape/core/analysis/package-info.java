/**
 * Geometry of the learned optimizers across seeds: norms and pairwise distances of the final
 * and initial alphas, PCA with parallel-analysis null bands (Horn 1965), bootstrap intervals
 * over seeds, a view that removes the hidden-unit permutation and sign symmetries of the
 * optimizer network (weight matching, Ainsworth et al. 2023), and PCA across seeds over
 * meta-training time.
 *
 * <p>Everything here is plain Java (no JavaFX, no command line) and deterministic for a given
 * analysis seed: every random draw comes from {@link org.rulescape.core.model.Rng} with
 * {@link org.rulescape.core.model.Rng.Stream#ANALYSIS}, keyed by purpose and draw index, so
 * results do not depend on the order or the thread in which draws are made.
 */
package org.rulescape.core.analysis;
