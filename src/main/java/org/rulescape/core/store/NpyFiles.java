package org.rulescape.core.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Reads and writes the .npy arrays of Rulescape: float64 ({@code <f8}) vectors and matrices and
 * int64 ({@code <i8}) vectors, little-endian, C order, NumPy format version 1.0, which
 * {@code numpy.load} reads directly. Non-finite values are stored as they are. The bytes are
 * encoded in plain Java, identical to what ND4J's {@code Nd4j.toNpyByteArray} produced for the
 * run files before (NpyFilesTest compares them), so writing never waits for ND4J's native
 * libraries to load, which can take seconds on the first call. Reads decode with ND4J.
 *
 * <p>Every write replaces the file atomically ({@link AtomicFiles}). Every read first checks
 * the header and the file size in plain Java, so a missing, damaged or cut-short file fails
 * with a {@link RunFormatException} that names the file and states the expected and the found
 * dtype or shape, rather than reaching ND4J's native reader.
 */
public final class NpyFiles {
    private static final String FLOAT64 = "<f8";
    private static final String INT64 = "<i8";
    private static final byte[] NPY_MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    /** Magic (6 bytes), version (2) and header length (2) of format 1.0. */
    private static final int NPY_PREFIX = 10;
    private static final int HEADER_ALIGNMENT = 64;

    private NpyFiles() {
    }

    /**
     * Starts loading ND4J's native libraries on a daemon thread, so that the first .npy write of a
     * run does not wait for it (about a second on a small machine). Safe to call more than once.
     */
    public static void preloadInBackground() {
        Thread loader = new Thread(() -> {
            try {
                Nd4j.toNpyByteArray(Nd4j.createFromArray(new double[] {0.0}));
            } catch (RuntimeException | LinkageError e) {
                // The first real write reports the same failure with the file named.
                org.slf4j.LoggerFactory.getLogger(NpyFiles.class).debug("ND4J preload failed", e);
            }
        }, "rulescape-nd4j-preload");
        loader.setDaemon(true);
        loader.start();
    }

    /** Writes {@code values} as a float64 vector of shape (n,). */
    public static void writeFloat64(Path file, double[] values) throws IOException {
        byte[] bytes = float64Bytes(values);
        StoreWriter.ATOMIC.write(file, out -> out.write(bytes));
    }

    /**
     * Writes {@code rows} as a float64 matrix of shape (rows, columns), where columns is the length
     * of the first row (0 for no rows).
     *
     * @throws IllegalArgumentException naming the file when the rows differ in length
     */
    public static void writeFloat64(Path file, double[][] rows) throws IOException {
        writeFloat64(file, rows, rows.length == 0 ? 0 : rows[0].length);
    }

    /**
     * Writes {@code rows} as a float64 matrix of shape (rows, columns); an empty {@code rows}
     * gives shape (0, columns).
     *
     * @throws IllegalArgumentException naming the file when a row does not have {@code columns} entries
     */
    public static void writeFloat64(Path file, double[][] rows, int columns) throws IOException {
        byte[] bytes = float64Bytes(file, rows, columns);
        StoreWriter.ATOMIC.write(file, out -> out.write(bytes));
    }

    /** Writes {@code values} as an int64 vector of shape (n,). */
    public static void writeInt64(Path file, long[] values) throws IOException {
        byte[] bytes = int64Bytes(values);
        StoreWriter.ATOMIC.write(file, out -> out.write(bytes));
    }

    /**
     * Reads a float64 vector of shape (n,).
     *
     * @throws RunFormatException naming the file when it is missing, damaged, not {@code <f8} or not 1-d
     */
    public static double[] readFloat64Vector(Path file) throws IOException {
        byte[] bytes = readAll(file);
        long[] shape = NpyHeader.check(file, bytes, FLOAT64);
        requireRank(file, shape, 1);
        return shape[0] == 0 ? new double[0] : decode(file, bytes).toDoubleVector();
    }

    /**
     * Reads a float64 matrix of any shape (rows, columns).
     *
     * @throws RunFormatException naming the file when it is missing, damaged, not {@code <f8} or not 2-d
     */
    public static double[][] readFloat64Matrix(Path file) throws IOException {
        return readFloat64Matrix(file, -1);
    }

    /**
     * Reads a float64 matrix of shape (rows, {@code columns}).
     *
     * @param columns the expected number of columns, or -1 to accept any
     * @throws RunFormatException naming the file when it is missing, damaged, not {@code <f8}, not
     *                            2-d or has another number of columns
     */
    public static double[][] readFloat64Matrix(Path file, int columns) throws IOException {
        byte[] bytes = readAll(file);
        long[] shape = NpyHeader.check(file, bytes, FLOAT64);
        requireRank(file, shape, 2);
        if (columns >= 0 && shape[1] != columns) {
            throw new RunFormatException(file, "expected shape (n, " + columns + "), found "
                    + Arrays.toString(shape));
        }
        if (shape[0] == 0 || shape[1] == 0) {
            return new double[Math.toIntExact(shape[0])][Math.toIntExact(shape[1])];
        }
        return decode(file, bytes).toDoubleMatrix();
    }

    /**
     * Reads an int64 vector of shape (n,).
     *
     * @throws RunFormatException naming the file when it is missing, damaged, not {@code <i8} or not 1-d
     */
    public static long[] readInt64Vector(Path file) throws IOException {
        byte[] bytes = readAll(file);
        long[] shape = NpyHeader.check(file, bytes, INT64);
        requireRank(file, shape, 1);
        return shape[0] == 0 ? new long[0] : decode(file, bytes).toLongVector();
    }

    /** The .npy bytes of a float64 vector; for writers other than {@link AtomicFiles}. */
    static byte[] float64Bytes(double[] values) {
        ByteBuffer data = body(values.length);
        for (double value : values) {
            data.putDouble(value);
        }
        return withHeader(FLOAT64, "(" + values.length + ",)", data);
    }

    /** The .npy bytes of a float64 matrix; for writers other than {@link AtomicFiles}. */
    static byte[] float64Bytes(Path file, double[][] rows, int columns) {
        for (int r = 0; r < rows.length; r++) {
            if (rows[r].length != columns) {
                throw new IllegalArgumentException("cannot write " + file + ": row " + r + " has " + rows[r].length
                        + " entries, expected " + columns);
            }
        }
        ByteBuffer data = body(Math.multiplyExact(rows.length, columns));
        for (double[] row : rows) {
            for (double value : row) {
                data.putDouble(value);
            }
        }
        return withHeader(FLOAT64, "(" + rows.length + ", " + columns + ")", data);
    }

    /** The .npy bytes of an int64 vector; for writers other than {@link AtomicFiles}. */
    static byte[] int64Bytes(long[] values) {
        ByteBuffer data = body(values.length);
        for (long value : values) {
            data.putLong(value);
        }
        return withHeader(INT64, "(" + values.length + ",)", data);
    }

    private static ByteBuffer body(int elements) {
        return ByteBuffer.allocate(Math.multiplyExact(elements, 8)).order(ByteOrder.LITTLE_ENDIAN);
    }

    /**
     * Prepends a format 1.0 header: magic, version, little-endian uint16 header length, then the
     * header dictionary padded with spaces and ended by a newline so the data starts at a
     * multiple of 64 bytes, as NumPy writes it.
     */
    private static byte[] withHeader(String descr, String shape, ByteBuffer data) {
        String dictionary = "{'descr': '" + descr + "', 'fortran_order': False, 'shape': " + shape + ", }";
        int unpadded = NPY_PREFIX + dictionary.length() + 1;
        int padding = (HEADER_ALIGNMENT - unpadded % HEADER_ALIGNMENT) % HEADER_ALIGNMENT;
        String header = dictionary + " ".repeat(padding) + "\n";
        byte[] headerBytes = header.getBytes(StandardCharsets.US_ASCII);
        ByteBuffer out = ByteBuffer.allocate(NPY_PREFIX + headerBytes.length + data.capacity())
                .order(ByteOrder.LITTLE_ENDIAN);
        out.put(NPY_MAGIC).put((byte) 1).put((byte) 0).putShort((short) headerBytes.length);
        out.put(headerBytes).put(data.array());
        return out.array();
    }

    private static void requireRank(Path file, long[] shape, int rank) throws RunFormatException {
        if (shape.length != rank) {
            throw new RunFormatException(file, "expected a " + rank + "-d array, found shape "
                    + Arrays.toString(shape));
        }
    }

    private static INDArray decode(Path file, byte[] bytes) throws RunFormatException {
        try {
            return Nd4j.createNpyFromByteArray(bytes);
        } catch (RuntimeException e) {
            throw new RunFormatException(file, "ND4J could not read the .npy array: " + e.getMessage(), e);
        }
    }

    private static byte[] readAll(Path file) throws IOException {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new RunFormatException(file, "expected the file to exist, but it is missing", e);
        }
    }
}
