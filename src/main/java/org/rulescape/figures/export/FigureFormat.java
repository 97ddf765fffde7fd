package org.rulescape.figures.export;

import java.util.Arrays;
import java.util.Locale;

/** File formats a figure can be exported to. */
public enum FigureFormat {
    /** Raster image at the size's DPI. */
    PNG("png"),
    /** Scalable vector graphics, sized in points. */
    SVG("svg"),
    /** One-page PDF whose page is exactly the figure size. */
    PDF("pdf");

    private final String extension;

    FigureFormat(String extension) {
        this.extension = extension;
    }

    /** File name extension without the dot, in lower case. */
    public String extension() {
        return extension;
    }

    /**
     * Parses a format name such as {@code pdf} or {@code PNG}.
     *
     * @throws IllegalArgumentException naming the value and the accepted names
     */
    public static FigureFormat parse(String name) {
        String wanted = name.trim().toUpperCase(Locale.ROOT);
        for (FigureFormat format : values()) {
            if (format.name().equals(wanted)) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown figure format '" + name + "'; use one of "
                + Arrays.toString(values()).toLowerCase(Locale.ROOT));
    }
}
