package org.rulescape.core.analysis.rule;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rulescape.core.store.AtomicFiles;

/**
 * Reads and writes 2-D float64 matrices as NumPy .npy files (format version 1.0, C order, little
 * endian), in plain Java so the analysis does not start ND4J's native libraries.
 */
final class NpyMatrix {
    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    private static final Pattern HEADER = Pattern.compile(
            "'descr'\\s*:\\s*'<f8'\\s*,\\s*'fortran_order'\\s*:\\s*False\\s*,\\s*'shape'\\s*:\\s*\\(\\s*(\\d+)\\s*,\\s*(\\d+)\\s*\\)");

    private NpyMatrix() {
    }

    /** Writes {@code matrix} (rows of equal length) to {@code file} atomically. */
    static void write(Path file, double[][] matrix) throws IOException {
        int rows = matrix.length;
        int columns = rows == 0 ? 0 : matrix[0].length;
        for (int i = 0; i < rows; i++) {
            if (matrix[i].length != columns) {
                throw new IllegalArgumentException("cannot write " + file + ": row " + i + " has "
                        + matrix[i].length + " columns, row 0 has " + columns);
            }
        }
        String dictionary = "{'descr': '<f8', 'fortran_order': False, 'shape': (" + rows + ", " + columns + "), }";
        // The header, with its 10-byte prefix and final newline, is padded to a multiple of 64 bytes.
        int unpadded = 10 + dictionary.length() + 1;
        int padding = (64 - unpadded % 64) % 64;
        String header = dictionary + " ".repeat(padding) + "\n";
        ByteBuffer buffer = ByteBuffer.allocate(10 + header.length() + 8 * rows * columns)
                .order(ByteOrder.LITTLE_ENDIAN);
        buffer.put(MAGIC).put((byte) 1).put((byte) 0).putShort((short) header.length());
        buffer.put(header.getBytes(StandardCharsets.ISO_8859_1));
        for (double[] row : matrix) {
            for (double value : row) {
                buffer.putDouble(value);
            }
        }
        byte[] bytes = buffer.array();
        AtomicFiles.write(file, out -> out.write(bytes));
    }

    /**
     * Reads a matrix written by {@link #write} (or by NumPy with the same dtype, order and rank).
     *
     * @throws IOException naming the file when it is missing, not such a .npy, or cut short
     */
    static double[][] read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length < 10 || bytes[0] != MAGIC[0] || bytes[1] != 'N' || bytes[6] != 1) {
            throw new IOException(file + " is not a .npy file of format version 1.0; rerun `rulescape rule`");
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        int headerLength = Short.toUnsignedInt(buffer.getShort(8));
        if (10 + headerLength > bytes.length) {
            throw new IOException(file + " has a .npy header longer than the file; the file was cut short");
        }
        String header = new String(bytes, 10, headerLength, StandardCharsets.ISO_8859_1);
        Matcher matcher = HEADER.matcher(header);
        if (!matcher.find()) {
            throw new IOException(file + " must hold a 2-D C-ordered little-endian float64 array, found header "
                    + header.trim());
        }
        int rows = Integer.parseInt(matcher.group(1));
        int columns = Integer.parseInt(matcher.group(2));
        long expected = 10L + headerLength + 8L * rows * columns;
        if (bytes.length != expected) {
            throw new IOException(file + " has shape (" + rows + ", " + columns + ") and needs " + expected
                    + " bytes, found " + bytes.length + "; the file is damaged or was cut short");
        }
        buffer.position(10 + headerLength);
        double[][] matrix = new double[rows][columns];
        for (double[] row : matrix) {
            for (int j = 0; j < columns; j++) {
                row[j] = buffer.getDouble();
            }
        }
        return matrix;
    }
}
