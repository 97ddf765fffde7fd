package org.rulescape.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code analyze} on a run whose snapshots.npy holds huge finite values: the seed is left out
 * with a message naming it and its file, and no stack trace appears.
 */
class AnalyzeDamagedSnapshotsTest {
    @TempDir
    Path folder;

    @Test
    void valueWhoseSquareOverflowsLeavesSeedOut() throws Exception {
        Path run = RunCopies.debugRun(folder.resolve("run"));
        Path snapshots = snapshotsOf(run, 1);
        byte[] bytes = Files.readAllBytes(snapshots);
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putDouble(dataOffset(bytes) + 8 * 5, 1e200);
        Files.write(snapshots, bytes);

        ConsoleCapture.Result result = ConsoleCapture.run(() -> RulescapeCommand.execute("analyze", run.toString()));

        assertLeftOutCleanly(result, snapshots);
    }

    @Test
    void randomBytesInDataLeaveSeedOut() throws Exception {
        Path run = RunCopies.debugRun(folder.resolve("run"));
        Path snapshots = snapshotsOf(run, 1);
        byte[] bytes = Files.readAllBytes(snapshots);
        byte[] noise = new byte[bytes.length - dataOffset(bytes)];
        new Random(7).nextBytes(noise);
        System.arraycopy(noise, 0, bytes, dataOffset(bytes), noise.length);
        Files.write(snapshots, bytes);

        ConsoleCapture.Result result = ConsoleCapture.run(() -> RulescapeCommand.execute("analyze", run.toString()));

        assertLeftOutCleanly(result, snapshots);
    }

    private static void assertLeftOutCleanly(ConsoleCapture.Result result, Path snapshots) {
        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err()).contains("found 2").contains("seed 1 (snapshot at meta-step")
                .contains(snapshots.toString());
        assertThat(result.err()).doesNotContain("\tat ").doesNotContain("interval bounds");
    }

    private static Path snapshotsOf(Path run, long seed) {
        return run.resolve("seeds").resolve("seed-" + seed).resolve("snapshots.npy");
    }

    /** Start of the data after a version 1 .npy header: magic (6), version (2), length (2), header. */
    private static int dataOffset(byte[] npy) {
        assertThat(npy[6]).as("npy major version").isEqualTo((byte) 1);
        int headerLength = (npy[8] & 0xff) | (npy[9] & 0xff) << 8;
        return 10 + headerLength;
    }
}
