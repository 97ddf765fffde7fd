package org.rulescape.core.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.CRC32;
import org.rulescape.core.experiment.AdamState;
import org.rulescape.core.experiment.SeedCheckpoint;

/**
 * Reads and writes checkpoint.bin, the state from which an unfinished seed resumes with the same
 * bits as an uninterrupted run. Big-endian binary, so doubles round-trip exactly:
 * <pre>
 * 8 bytes  magic "RSCKPT1\n"
 * int64    seed
 * int32    next_step (meta-steps completed)
 * float64  wall_seconds spent so far
 * int32    P (alpha size), then P float64 alpha, P float64 Adam first moment, P float64 second moment
 * int64    Adam update count
 * int32    n (= next_step), then n float64 meta_loss, n float64 grad_norm
 * int32    s snapshots, then s int32 steps, then s x P float64 alphas (row-major)
 * int64    CRC-32 of every byte before it
 * </pre>
 */
final class CheckpointFiles {
    private static final byte[] MAGIC = "RSCKPT1\n".getBytes(StandardCharsets.US_ASCII);

    private CheckpointFiles() {
    }

    static byte[] encode(SeedCheckpoint checkpoint) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.write(MAGIC);
            out.writeLong(checkpoint.seed());
            out.writeInt(checkpoint.nextStep());
            out.writeDouble(checkpoint.wallSeconds());
            double[] alpha = checkpoint.alpha();
            out.writeInt(alpha.length);
            doubles(out, alpha);
            doubles(out, checkpoint.adam().firstMoment());
            doubles(out, checkpoint.adam().secondMoment());
            out.writeLong(checkpoint.adam().updates());
            out.writeInt(checkpoint.metaLoss().length);
            doubles(out, checkpoint.metaLoss());
            doubles(out, checkpoint.gradNorm());
            out.writeInt(checkpoint.snapshots().length);
            for (int step : checkpoint.snapshotSteps()) {
                out.writeInt(step);
            }
            for (double[] row : checkpoint.snapshots()) {
                doubles(out, row);
            }
            CRC32 crc = new CRC32();
            crc.update(bytes.toByteArray());
            out.writeLong(crc.getValue());
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory cannot fail", e);
        }
        return bytes.toByteArray();
    }

    static void write(StoreWriter writer, Path seedDir, SeedCheckpoint checkpoint) throws IOException {
        byte[] bytes = encode(checkpoint);
        writer.write(seedDir.resolve(RunLayout.CHECKPOINT), out -> out.write(bytes));
    }

    /**
     * Reads a checkpoint.
     *
     * @throws RunFormatException naming the file when it is damaged or does not match {@code alphaSize}
     */
    static SeedCheckpoint read(Path file, int alphaSize) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length < MAGIC.length + 8 || !Arrays.equals(Arrays.copyOf(bytes, MAGIC.length), MAGIC)) {
            throw new RunFormatException(file, "expected a checkpoint starting with RSCKPT1, found other bytes");
        }
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, bytes.length - 8);
        long stored = java.nio.ByteBuffer.wrap(bytes, bytes.length - 8, 8).getLong();
        if (stored != crc.getValue()) {
            throw new RunFormatException(file, "checksum mismatch (expected " + crc.getValue() + ", found " + stored
                    + "); the checkpoint is damaged");
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, MAGIC.length,
                bytes.length - MAGIC.length - 8))) {
            long seed = in.readLong();
            int nextStep = in.readInt();
            double wallSeconds = in.readDouble();
            int size = in.readInt();
            if (size != alphaSize) {
                throw new RunFormatException(file, "expected alpha of size " + alphaSize + ", found " + size);
            }
            double[] alpha = doubles(in, size);
            double[] first = doubles(in, size);
            double[] second = doubles(in, size);
            long updates = in.readLong();
            int n = in.readInt();
            double[] metaLoss = doubles(in, n);
            double[] gradNorm = doubles(in, n);
            int count = in.readInt();
            int[] steps = new int[count];
            for (int i = 0; i < count; i++) {
                steps[i] = in.readInt();
            }
            double[][] snapshots = new double[count][];
            for (int i = 0; i < count; i++) {
                snapshots[i] = doubles(in, size);
            }
            return new SeedCheckpoint(seed, nextStep, alpha, new AdamState(first, second, updates), metaLoss,
                    gradNorm, steps, snapshots, wallSeconds);
        } catch (EOFException | NegativeArraySizeException e) {
            throw new RunFormatException(file, "the checkpoint ends before all its arrays; it is damaged", e);
        } catch (IllegalArgumentException e) {
            throw new RunFormatException(file, "the checkpoint is inconsistent: " + e.getMessage(), e);
        }
    }

    private static void doubles(DataOutputStream out, double[] values) throws IOException {
        for (double value : values) {
            out.writeDouble(value);
        }
    }

    private static double[] doubles(DataInputStream in, int count) throws IOException {
        double[] values = new double[count];
        for (int i = 0; i < count; i++) {
            values[i] = in.readDouble();
        }
        return values;
    }
}
