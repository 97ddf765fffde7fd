package org.rulescape.core.analysis.rule;

/** A line through the (g, m) plane along which a rule is drawn as delta against g. */
public enum ProfileLine {
    /** m = g: the momentum has caught up with a steady gradient. */
    DIAGONAL("m = g"),
    /** m = 0: a fresh gradient with no history. */
    ZERO_MOMENTUM("m = 0");

    private final String label;

    ProfileLine(String label) {
        this.label = label;
    }

    /** Returns the momentum on this line at gradient {@code g}. */
    public double momentumAt(double g) {
        return this == DIAGONAL ? g : 0.0;
    }

    /** Short label such as "m = g". */
    public String label() {
        return label;
    }
}
