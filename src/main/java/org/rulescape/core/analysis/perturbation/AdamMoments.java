package org.rulescape.core.analysis.perturbation;

/** Adam moments a perturbation trial starts with. */
public enum AdamMoments {
    /**
     * Zero moments and a zero update count, as at the start of training: the first steps are
     * about one learning rate long in every coordinate, whatever the reference's history.
     */
    FRESH,
    /**
     * The reference seed's moments after its last meta-step, so the control continues the
     * reference's own training exactly.
     */
    CONTINUED;

    /**
     * Parses a name, ignoring case.
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    public static AdamMoments parse(String name) {
        for (AdamMoments value : values()) {
            if (value.name().equalsIgnoreCase(name.trim())) {
                return value;
            }
        }
        throw new IllegalArgumentException("adam must be fresh or continued, got '" + name + "'");
    }
}
