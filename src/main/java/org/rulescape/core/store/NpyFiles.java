package org.rulescape.core.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Reads and writes the .npy arrays of Rulescape: float64 ({@code <f8}) vectors and matrices and
 * int64 ({@code <i8}) vectors, little-endian, C order, NumPy format version 1.0, which
 * {@code numpy.load} reads directly. The bytes are produced and decoded by ND4J, as for the
 * run files since the first run format; non-finite values are stored as they are.
 *
 * <p>Every write replaces the file atomically ({@link AtomicFiles}). Every read first checks
 * the header and the file size in plain Java, so a missing, damaged or cut-short file fails
 * with a {@link RunFormatException} that names the file and states the expected and the found
 * dtype or shape, rather than reaching ND4J's native reader.
 */
public final class NpyFiles {
    private static final String FLOAT64 = "<f8";
    private static final String INT64 = "<i8";

    private NpyFiles() {
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
        INDArray array = values.length == 0 ? Nd4j.create(DataType.DOUBLE, 0) : Nd4j.createFromArray(values);
        return Nd4j.toNpyByteArray(array);
    }

    /** The .npy bytes of a float64 matrix; for writers other than {@link AtomicFiles}. */
    static byte[] float64Bytes(Path file, double[][] rows, int columns) {
        for (int r = 0; r < rows.length; r++) {
            if (rows[r].length != columns) {
                throw new IllegalArgumentException("cannot write " + file + ": row " + r + " has " + rows[r].length
                        + " entries, expected " + columns);
            }
        }
        INDArray array = rows.length == 0 || columns == 0 ? Nd4j.create(DataType.DOUBLE, rows.length, columns)
                : Nd4j.createFromArray(rows);
        return Nd4j.toNpyByteArray(array);
    }

    /** The .npy bytes of an int64 vector; for writers other than {@link AtomicFiles}. */
    static byte[] int64Bytes(long[] values) {
        INDArray array = values.length == 0 ? Nd4j.create(DataType.LONG, 0) : Nd4j.createFromArray(values);
        return Nd4j.toNpyByteArray(array);
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
