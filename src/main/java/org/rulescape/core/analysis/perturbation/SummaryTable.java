package org.rulescape.core.analysis.perturbation;

import java.util.List;
import java.util.Locale;

/** Plain-text rendering of the per-sigma summary, for the command line and logs. */
public final class SummaryTable {
    private static final String ROW = "%-7s %-7s %-6s %-22s %-22s %-22s %-22s %-22s %-22s %s%n";

    private SummaryTable() {
    }

    /** Returns the table with a header, one line per row and the verdict rule below it. */
    public static String format(List<SigmaSummary> rows) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, ROW, "sigma", "trials", "d_0", "d_T [95% CI]", "d_T/d_0 [95% CI]",
                "s_T/sigma [95% CI]", "align d_T [95% CI]", "loss/ref [95% CI]", "loss/control [95% CI]", "verdict"));
        for (SigmaSummary row : rows) {
            String trials = row.complete() + "/" + row.planned() + (row.diverged() > 0 ? " (" + row.diverged() + " div)" : "");
            out.append(String.format(Locale.ROOT, ROW, number(row.sigma()), trials, number(row.startDistance().mean()),
                    interval(row.endDistance()), interval(row.distanceRatio()), interval(row.separationRatio()),
                    interval(row.alignedEndDistance()), interval(row.endLossVsReference()),
                    interval(row.endLossVsControl()), verdict(row)));
        }
        rows.stream().filter(SigmaSummary::isControl).findFirst().ifPresent(control -> out.append(String.format(
                Locale.ROOT, "Control drift D = %s from task sampling alone; a trial that keeps its offset ends near"
                        + " sqrt(sigma^2 + D^2).%n", number(control.controlDrift()))));
        out.append("Intervals: Student-t 95 % over complete trials; loss/ref and loss/control are geometric means"
                + " with the t-interval of the log-ratios, exponentiated, so they stay positive.\n");
        out.append("Rule: ").append(VerdictRule.TEXT).append('\n');
        out.append("Loss: ").append(VerdictRule.LOSS_TEXT).append('\n');
        return out.toString();
    }

    /**
     * Returns the verdict label; when the loss warning applies, says that the verdict is about
     * distance only and gives the end loss, for example
     * {@code "neutral in distance; end loss 8.6e4 x reference"}. The control row has no distance
     * verdict, so it reads {@code "control; end loss 46 x reference"}.
     */
    public static String verdict(SigmaSummary row) {
        String note = row.lossNote();
        if (note.isEmpty()) {
            return row.verdict().label();
        }
        return row.verdict().label() + (row.isControl() ? "; " : " in distance; ") + note;
    }

    private static String interval(MeanInterval interval) {
        if (interval.count() == 0) {
            return "-";
        }
        if (!interval.hasInterval()) {
            return number(interval.mean());
        }
        return number(interval.mean()) + " [" + number(interval.low()) + ", " + number(interval.high()) + "]";
    }

    private static String number(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        return String.format(Locale.ROOT, "%.3g", value);
    }
}
