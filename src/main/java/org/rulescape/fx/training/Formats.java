package org.rulescape.fx.training;

import java.util.Locale;

/** Text forms of numbers shown in the workbench tables and status bar. */
public final class Formats {
    private Formats() {
    }

    /** Formats a duration in seconds as "1:05" or "1:02:03"; "–" when unknown. */
    public static String duration(double seconds) {
        if (!Double.isFinite(seconds) || seconds < 0) {
            return "–";
        }
        long total = Math.round(seconds);
        long hours = total / 3600;
        long minutes = total / 60 % 60;
        long secs = total % 60;
        return hours > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", hours, minutes, secs)
                : String.format(Locale.ROOT, "%d:%02d", minutes, secs);
    }

    /** Formats a meta-loss with four significant digits; "–" before the first value, "NaN" or "Infinity" as such. */
    public static String loss(double value) {
        if (Double.isNaN(value)) {
            return "–";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "Infinity" : "-Infinity";
        }
        return String.format(Locale.ROOT, "%.4g", value);
    }
}
