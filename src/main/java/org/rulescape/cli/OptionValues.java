package org.rulescape.cli;

import java.util.Locale;
import java.util.function.Consumer;

/** Parsing and applying of option values shared by the commands that take training settings. */
final class OptionValues {
    private OptionValues() {
    }

    /**
     * Returns the constant of {@code type} named by {@code text}, ignoring case and surrounding
     * space and reading '-' as '_' (so "first-order" gives FIRST_ORDER).
     *
     * @param option   the option as typed, for the message, such as {@code --precision}
     * @param accepted the accepted values as the user types them, such as "float, double"
     * @throws IllegalArgumentException "OPTION must be one of ACCEPTED, got 'TEXT'"
     */
    static <E extends Enum<E>> E enumValue(String option, String text, Class<E> type, String accepted) {
        String name = text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        throw new IllegalArgumentException(option + " must be one of " + accepted + ", got '" + text + "'");
    }

    /** Passes {@code value} to {@code setter} when it was given; returns whether it was. */
    static <T> boolean setIfGiven(T value, Consumer<T> setter) {
        if (value == null) {
            return false;
        }
        setter.accept(value);
        return true;
    }
}
