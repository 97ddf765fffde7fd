package org.rulescape.figures.export;

/**
 * Print size and type size of an exported figure.
 *
 * @param widthInches  figure width in inches, positive; journal single column 3.5, double column 7
 * @param heightInches figure height in inches, positive
 * @param dpi          raster resolution in dots per inch for PNG (default 300); vector formats ignore it
 * @param fontSize     base type size in points for axis labels (default 8); titles are one point
 *                     larger, tick labels and legends one point smaller
 */
public record FigureSize(double widthInches, double heightInches, int dpi, float fontSize) {

    /** Default raster resolution in dots per inch. */
    public static final int DEFAULT_DPI = 300;
    /** Default base type size in points. */
    public static final float DEFAULT_FONT_SIZE = 8f;
    /** Width of a single journal column in inches. */
    public static final double SINGLE_COLUMN_INCHES = 3.5;
    /** Width of a full page (double column) in inches. */
    public static final double DOUBLE_COLUMN_INCHES = 7.0;
    /** Largest accepted width or height in inches; larger values are almost surely a unit mistake. */
    public static final double MAX_INCHES = 100;
    /** Largest accepted resolution in dots per inch. */
    public static final int MAX_DPI = 2400;

    public FigureSize {
        requireInches("width", widthInches);
        requireInches("height", heightInches);
        if (dpi < 10 || dpi > MAX_DPI) {
            throw new IllegalArgumentException("figure DPI must be between 10 and " + MAX_DPI + ", got " + dpi);
        }
        if (!(fontSize >= 3 && fontSize <= 72)) {
            throw new IllegalArgumentException("figure font size must be between 3 and 72 points, got "
                    + fontSize);
        }
    }

    private static void requireInches(String field, double inches) {
        if (!(inches > 0 && inches <= MAX_INCHES)) {
            throw new IllegalArgumentException("figure " + field + " must be between 0 and " + MAX_INCHES
                    + " inches, got " + inches);
        }
    }

    /** Single column: 3.5 x 2.625 in (4:3), 300 DPI, 8 pt. */
    public static FigureSize singleColumn() {
        return new FigureSize(SINGLE_COLUMN_INCHES, SINGLE_COLUMN_INCHES * 0.75, DEFAULT_DPI, DEFAULT_FONT_SIZE);
    }

    /** Double column: 7 x 3.5 in (2:1), 300 DPI, 8 pt. */
    public static FigureSize doubleColumn() {
        return new FigureSize(DOUBLE_COLUMN_INCHES, DOUBLE_COLUMN_INCHES / 2, DEFAULT_DPI, DEFAULT_FONT_SIZE);
    }

    /** Custom width and height in inches at 300 DPI and 8 pt. */
    public static FigureSize custom(double widthInches, double heightInches) {
        return new FigureSize(widthInches, heightInches, DEFAULT_DPI, DEFAULT_FONT_SIZE);
    }

    /** Same size at another resolution. */
    public FigureSize withDpi(int newDpi) {
        return new FigureSize(widthInches, heightInches, newDpi, fontSize);
    }

    /** Same size with another base type size in points. */
    public FigureSize withFontSize(float newFontSize) {
        return new FigureSize(widthInches, heightInches, dpi, newFontSize);
    }

    /** Same width and resolution with another height in inches. */
    public FigureSize withHeight(double newHeightInches) {
        return new FigureSize(widthInches, newHeightInches, dpi, fontSize);
    }

    /** Width in PostScript points (1/72 in). */
    public double widthPoints() {
        return widthInches * 72;
    }

    /** Height in PostScript points (1/72 in). */
    public double heightPoints() {
        return heightInches * 72;
    }

    /** PNG width in pixels: inches times DPI, rounded. */
    public int widthPixels() {
        return (int) Math.round(widthInches * dpi);
    }

    /** PNG height in pixels: inches times DPI, rounded. */
    public int heightPixels() {
        return (int) Math.round(heightInches * dpi);
    }
}
