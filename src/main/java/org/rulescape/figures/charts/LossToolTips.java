package org.rulescape.figures.charts;

import org.jfree.chart.labels.XYToolTipGenerator;
import org.jfree.data.xy.XYDataset;

/**
 * Tooltip text "seed 3: step 120, meta-loss 0.1234" of one drawn point. Cheap enough for
 * JFreeChart's per-point generation (no {@code MessageFormat} or {@code DecimalFormat}), though
 * {@link MetaLossChart} only requests the text of the hovered point.
 */
final class LossToolTips implements XYToolTipGenerator {

    @Override
    public String generateToolTip(XYDataset dataset, int series, int item) {
        return text(dataset, series, item);
    }

    static String text(XYDataset dataset, int series, int item) {
        long step = Math.round(dataset.getXValue(series, item));
        return dataset.getSeriesKey(series) + ": step " + step + ", meta-loss "
                + fourDigits(dataset.getYValue(series, item));
    }

    /** Formats {@code value} with four significant digits, in scientific notation outside [1e-3, 1e4). */
    static String fourDigits(double value) {
        if (!Double.isFinite(value) || value == 0) {
            return Double.toString(value);
        }
        double magnitude = Math.abs(value);
        int exponent = (int) Math.floor(Math.log10(magnitude));
        long digits = Math.round(magnitude / Math.pow(10, exponent - 3));
        if (digits >= 10_000) {
            digits /= 10;
            exponent++;
        }
        String sign = value < 0 ? "-" : "";
        if (exponent >= -3 && exponent < 4) {
            java.math.BigDecimal decimal = java.math.BigDecimal.valueOf(digits, 3 - exponent);
            return sign + decimal.toPlainString();
        }
        String mantissa = java.math.BigDecimal.valueOf(digits, 3).toPlainString();
        return sign + mantissa + "e" + exponent;
    }
}
