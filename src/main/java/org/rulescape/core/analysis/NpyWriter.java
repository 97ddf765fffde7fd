package org.rulescape.core.analysis;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.rulescape.core.store.AtomicFiles;

/**
 * Writes little-endian float64 arrays in NumPy's .npy format, version 1.0 (C order), atomically.
 * numpy.load reads them directly. Non-finite values are written as they are.
 */
final class NpyWriter {
    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0};

    private NpyWriter() {
    }

    /** Writes a rows x columns matrix; rows must share one length (an empty matrix has shape (0, 0)). */
    static void write(Path file, double[][] matrix) throws IOException {
        int columns = matrix.length == 0 ? 0 : matrix[0].length;
        ByteBuffer data = ByteBuffer.allocate(8 * matrix.length * columns).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < matrix.length; i++) {
            if (matrix[i].length != columns) {
                throw new IllegalArgumentException("cannot write " + file + ": row " + i + " has length "
                        + matrix[i].length + ", expected " + columns);
            }
            for (double value : matrix[i]) {
                data.putDouble(value);
            }
        }
        write(file, "(" + matrix.length + ", " + columns + ")", data.array());
    }

    private static void write(Path file, String shape, byte[] data) throws IOException {
        String dict = "{'descr': '<f8', 'fortran_order': False, 'shape': " + shape + ", }";
        int unpadded = MAGIC.length + 2 + dict.length() + 1;
        int padding = (64 - unpadded % 64) % 64;
        String header = dict + " ".repeat(padding) + "\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream(MAGIC.length + 2 + header.length() + data.length);
        out.write(MAGIC);
        out.write(header.length() & 0xFF);
        out.write((header.length() >> 8) & 0xFF);
        out.write(header.getBytes(StandardCharsets.ISO_8859_1));
        out.write(data);
        byte[] bytes = out.toByteArray();
        AtomicFiles.write(file, stream -> stream.write(bytes));
    }
}
