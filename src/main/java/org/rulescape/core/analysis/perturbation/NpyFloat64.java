package org.rulescape.core.analysis.perturbation;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rulescape.core.store.AtomicFiles;
import org.rulescape.core.store.RunFormatException;

/**
 * Reads and writes little-endian float64 arrays of one or two dimensions in NumPy's .npy format,
 * version 1.0 (a 10-byte prefix, then a Python dict header padded to a multiple of 64 bytes).
 * Kept free of ND4J so that small result files load without starting its native runtime.
 */
final class NpyFloat64 {
    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    private static final Pattern SHAPE = Pattern.compile("'shape'\\s*:\\s*\\(\\s*(\\d+)\\s*,\\s*(\\d*)\\s*\\)");

    private NpyFloat64() {
    }

    /** Writes a vector atomically. */
    static void writeVector(Path file, double[] values) throws IOException {
        write(file, "(" + values.length + ",)", new double[][] {values});
    }

    /** Writes a rows x columns matrix atomically; every row must have {@code columns} entries. */
    static void writeMatrix(Path file, double[][] rows, int columns) throws IOException {
        for (int r = 0; r < rows.length; r++) {
            if (rows[r].length != columns) {
                throw new IllegalArgumentException("row " + r + " of " + file + " has " + rows[r].length
                        + " entries, expected " + columns);
            }
        }
        write(file, "(" + rows.length + ", " + columns + ")", rows);
    }

    private static void write(Path file, String shape, double[][] rows) throws IOException {
        String dict = "{'descr': '<f8', 'fortran_order': False, 'shape': " + shape + ", }";
        int unpadded = MAGIC.length + 4 + dict.length() + 1;
        int padding = (64 - unpadded % 64) % 64;
        String header = dict + " ".repeat(padding) + "\n";
        long count = 0;
        for (double[] row : rows) {
            count += row.length;
        }
        ByteBuffer buffer = ByteBuffer.allocate(MAGIC.length + 4 + header.length() + Math.toIntExact(count * 8))
                .order(ByteOrder.LITTLE_ENDIAN);
        buffer.put(MAGIC).put((byte) 1).put((byte) 0).putShort((short) header.length());
        buffer.put(header.getBytes(StandardCharsets.ISO_8859_1));
        for (double[] row : rows) {
            for (double value : row) {
                buffer.putDouble(value);
            }
        }
        byte[] bytes = buffer.array();
        AtomicFiles.write(file, out -> out.write(bytes));
    }

    /** Reads a vector; a (n, 1) or (1, n) matrix is accepted too. */
    static double[] readVector(Path file) throws IOException {
        double[][] matrix = read(file);
        if (matrix.length == 1) {
            return matrix[0];
        }
        double[] column = new double[matrix.length];
        for (int r = 0; r < matrix.length; r++) {
            if (matrix[r].length != 1) {
                throw new RunFormatException(file, "expected a vector, found a " + matrix.length + " x "
                        + matrix[r].length + " matrix");
            }
            column[r] = matrix[r][0];
        }
        return column;
    }

    /**
     * Reads a matrix; a vector of length n reads as one row.
     *
     * @throws RunFormatException naming the file when it is not a float64 .npy of 1 or 2 dimensions
     */
    static double[][] read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length < 10 || bytes[0] != MAGIC[0] || bytes[1] != 'N' || bytes[6] != 1) {
            throw new RunFormatException(file, "expected a .npy file of format version 1.0; the file is damaged");
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        int headerLength = Short.toUnsignedInt(buffer.getShort(8));
        if (10 + headerLength > bytes.length) {
            throw new RunFormatException(file, "the .npy header is cut short");
        }
        String header = new String(bytes, 10, headerLength, StandardCharsets.ISO_8859_1);
        if (!header.contains("'<f8'") || header.contains("'fortran_order': True")) {
            throw new RunFormatException(file, "expected a C-ordered float64 (<f8) array, found header " + header.trim());
        }
        Matcher shape = SHAPE.matcher(header);
        if (!shape.find()) {
            throw new RunFormatException(file, "expected a shape of one or two dimensions, found header " + header.trim());
        }
        boolean vector = shape.group(2).isEmpty();
        int rows = vector ? 1 : Integer.parseInt(shape.group(1));
        int columns = Integer.parseInt(vector ? shape.group(1) : shape.group(2));
        long expected = 10L + headerLength + 8L * rows * columns;
        if (bytes.length != expected) {
            throw new RunFormatException(file, "shape " + rows + " x " + columns + " needs " + expected
                    + " bytes but the file has " + bytes.length + "; the file is damaged or was cut short");
        }
        buffer.position(10 + headerLength);
        double[][] matrix = new double[rows][columns];
        for (double[] row : matrix) {
            for (int c = 0; c < columns; c++) {
                row[c] = buffer.getDouble();
            }
        }
        return matrix;
    }
}
