package org.rulescape.fx.training;

import java.util.Arrays;
import org.rulescape.figures.charts.MetaLossSeries;

/**
 * Full-resolution meta-loss record of one seed, appended on the FX thread. Entries already
 * appended never change, so a {@link MetaLossSeries} view of the shared array stays valid.
 */
final class SeedCurve {
    private double[] values = new double[256];
    private int length;
    private int firstStep;

    void reset(int firstStep) {
        this.firstStep = firstStep;
        length = 0;
    }

    void append(double value) {
        if (length == values.length) {
            values = Arrays.copyOf(values, length * 2);
        }
        values[length++] = value;
    }

    void replace(double[] all, int firstStep) {
        values = all.length == 0 ? new double[256] : all.clone();
        length = all.length;
        this.firstStep = firstStep;
    }

    int length() {
        return length;
    }

    int firstStep() {
        return firstStep;
    }

    double last() {
        return length == 0 ? Double.NaN : values[length - 1];
    }

    MetaLossSeries series(long seed, int colorIndex, int divergedAt) {
        return new MetaLossSeries(seed, colorIndex, firstStep, values, length, divergedAt);
    }
}
