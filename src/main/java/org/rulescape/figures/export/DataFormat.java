package org.rulescape.figures.export;

import java.util.Arrays;
import java.util.Locale;

/** File formats for the data behind a figure. */
public enum DataFormat {
    /** Comma-separated text with a header row; NaN and infinities written as NaN, Infinity, -Infinity. */
    CSV("csv"),
    /** NumPy array file: one float64 array of shape (rows, columns), column names in the sidecar JSON. */
    NPY("npy");

    private final String extension;

    DataFormat(String extension) {
        this.extension = extension;
    }

    /** File name extension without the dot. */
    public String extension() {
        return extension;
    }

    /**
     * Parses a format name such as {@code csv} or {@code npy}.
     *
     * @throws IllegalArgumentException naming the value and the accepted names
     */
    public static DataFormat parse(String name) {
        String wanted = name.trim().toUpperCase(Locale.ROOT);
        for (DataFormat format : values()) {
            if (format.name().equals(wanted)) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown data format '" + name + "'; use one of "
                + Arrays.toString(values()).toLowerCase(Locale.ROOT));
    }
}
