package org.rulescape.core.analysis;

/**
 * A seed of the run left out of the analysis, with the reason.
 *
 * @param seed   run seed
 * @param state  its state, for example "DIVERGED", or "UNREADABLE" when its files could not be read
 * @param reason why it was left out, as a sentence
 */
public record ExcludedSeed(long seed, String state, String reason) {
}
