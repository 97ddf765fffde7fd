package org.rulescape.reproduce;

import java.util.List;
import java.util.Locale;
import org.rulescape.core.analysis.Estimate;
import org.rulescape.core.analysis.Interval;
import org.rulescape.core.analysis.perturbation.MeanInterval;

/** Number formatting and Markdown tables of the reproduction report. */
final class ReportFormat {

    private ReportFormat() {
    }

    /** Three significant digits; non-finite values as NaN, Infinity or -Infinity. */
    static String number(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        return String.format(Locale.ROOT, "%.3g", value);
    }

    /** Formats a ratio as a percentage with one decimal, for example 0.275 as "27.5 %". */
    static String percent(double ratio) {
        if (!Double.isFinite(ratio)) {
            return Double.toString(ratio);
        }
        return String.format(Locale.ROOT, "%.1f %%", 100 * ratio);
    }

    /** Formats an estimate with its interval, for example "1.71 [1.52, 1.90]". */
    static String estimate(Estimate estimate) {
        return number(estimate.value()) + " " + interval(estimate.interval());
    }

    /** Formats a ratio estimate in percent, for example "27.5 % [22.0, 35.1]". */
    static String percentEstimate(Estimate estimate) {
        Interval interval = estimate.interval();
        return percent(estimate.value()) + String.format(Locale.ROOT, " [%.1f, %.1f]", 100 * interval.lower(),
                100 * interval.upper());
    }

    /** Formats an integer estimate such as D90, for example "6 [5, 7]". */
    static String countEstimate(Estimate estimate) {
        Interval interval = estimate.interval();
        return String.format(Locale.ROOT, "%.0f [%.0f, %.0f]", estimate.value(), interval.lower(), interval.upper());
    }

    static String interval(Interval interval) {
        return "[" + number(interval.lower()) + ", " + number(interval.upper()) + "]";
    }

    /** Formats a mean with its 95 % t interval; the mean alone for one value, a dash for none. */
    static String meanInterval(MeanInterval value) {
        if (value.count() == 0) {
            return "-";
        }
        if (!value.hasInterval()) {
            return number(value.mean());
        }
        return number(value.mean()) + " [" + number(value.low()) + ", " + number(value.high()) + "]";
    }

    /**
     * Describes where {@code reference} lies relative to {@code interval}: "inside", or "outside"
     * with the side. The tables and the discussion share this wording.
     */
    static String compare(double reference, Interval interval) {
        return switch (interval.compare(reference)) {
            case 0 -> "inside the interval";
            case -1 -> "outside: reference below the interval";
            default -> "outside: reference above the interval";
        };
    }

    /** Appends a Markdown table with a header row; cells must not contain '|'. */
    static void table(StringBuilder out, List<String> header, List<List<String>> rows) {
        out.append("| ").append(String.join(" | ", header)).append(" |\n");
        out.append("|").append("---|".repeat(header.size())).append('\n');
        for (List<String> row : rows) {
            out.append("| ").append(String.join(" | ", row)).append(" |\n");
        }
        out.append('\n');
    }
}
