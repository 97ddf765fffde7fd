/**
 * The reproduction of the reference experiment: trains the DEBUG and FULL sample runs, runs every
 * analysis on them with the same core services as the other commands, and writes a Markdown
 * report that sets Rulescape's numbers beside the values reported for the reference experiment.
 * Depends on {@code core} and {@code figures}, never on the command line or JavaFX.
 */
package org.rulescape.reproduce;
