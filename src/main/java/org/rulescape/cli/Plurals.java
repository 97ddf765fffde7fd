package org.rulescape.cli;

/** Counts with their noun in the right number, for messages: "1 thread", "2 threads". */
final class Plurals {
    private Plurals() {
    }

    /** Returns "COUNT NOUN" with the noun plus "s" unless the count is 1. */
    static String of(long count, String singular) {
        return of(count, singular, singular + "s");
    }

    /** Returns "COUNT NOUN" with {@code singular} for a count of 1 and {@code plural} otherwise. */
    static String of(long count, String singular, String plural) {
        return count + " " + (count == 1 ? singular : plural);
    }
}
