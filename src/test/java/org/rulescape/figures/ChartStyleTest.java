package org.rulescape.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import org.junit.jupiter.api.Test;

class ChartStyleTest {
    /** Okabe and Ito's eight colours, in the order the palette must keep. */
    private static final int[] OKABE_ITO = {0x0072B2, 0xE69F00, 0x009E73, 0xCC79A7, 0x56B4E9, 0xD55E00, 0xF0E442,
            0x000000};

    @Test
    void firstEightAreOkabeIto() {
        for (int i = 0; i < OKABE_ITO.length; i++) {
            assertThat(((Color) ChartStyle.seedColor(i)).getRGB() & 0xFFFFFF).as("seed %d", i).isEqualTo(OKABE_ITO[i]);
        }
    }

    @Test
    void seedColoursAreDistinguishable() {
        assertThat(ChartStyle.SEED_COLOR_COUNT).isEqualTo(12);
        for (int i = 0; i < ChartStyle.SEED_COLOR_COUNT; i++) {
            for (int j = i + 1; j < ChartStyle.SEED_COLOR_COUNT; j++) {
                double distance = deltaE76(lab((Color) ChartStyle.seedColor(i)), lab((Color) ChartStyle.seedColor(j)));
                assertThat(distance).as("CIELAB distance of seeds %d and %d", i, j).isGreaterThanOrEqualTo(26.0);
            }
        }
    }

    @Test
    void coloursRepeatAfterTheLast() {
        assertThat(ChartStyle.seedColor(ChartStyle.SEED_COLOR_COUNT)).isEqualTo(ChartStyle.seedColor(0));
        assertThat(ChartStyle.seedColor(-1)).isEqualTo(ChartStyle.seedColor(ChartStyle.SEED_COLOR_COUNT - 1));
    }

    /** Converts an sRGB colour to CIELAB with the D65 white point. */
    private static double[] lab(Color color) {
        double r = linear(color.getRed());
        double g = linear(color.getGreen());
        double b = linear(color.getBlue());
        double x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
        double y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
        double z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
        double fx = labCurve(x);
        double fy = labCurve(y);
        double fz = labCurve(z);
        return new double[] {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static double labCurve(double t) {
        return t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16.0 / 116.0;
    }

    private static double deltaE76(double[] a, double[] b) {
        return Math.sqrt(Math.pow(a[0] - b[0], 2) + Math.pow(a[1] - b[1], 2) + Math.pow(a[2] - b[2], 2));
    }
}
