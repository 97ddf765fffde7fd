package org.rulescape.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

class NpyFilesTest {
    @TempDir
    Path dir;

    @Test
    void float64MatrixRoundTripsWithNonFiniteValues() throws Exception {
        Path file = dir.resolve("m.npy");
        double[][] matrix = {{1.5, Double.NaN, -0.0}, {Double.POSITIVE_INFINITY, 2e-300, -7}};
        NpyFiles.writeFloat64(file, matrix);

        double[][] read = NpyFiles.readFloat64Matrix(file, 3);
        assertThat(read).hasNumberOfRows(2);
        for (int r = 0; r < 2; r++) {
            assertThat(bits(read[r])).as("row %d, bit for bit", r).containsExactly(bits(matrix[r]));
        }
        byte[] bytes = Files.readAllBytes(file);
        assertThat(Arrays.copyOf(bytes, 8)).containsExactly(0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0);
        int header = (bytes[8] & 0xFF) | ((bytes[9] & 0xFF) << 8);
        assertThat((10 + header) % 64).as("header padded to 64 bytes").isZero();
        assertThat(new String(bytes, 10, header, StandardCharsets.ISO_8859_1))
                .startsWith("{'descr': '<f8', 'fortran_order': False, 'shape': (2, 3), }");
        assertThat(bytes).hasSize(10 + header + 6 * 8);
    }

    @Test
    void vectorsAndEmptyArraysRoundTrip() throws Exception {
        NpyFiles.writeFloat64(dir.resolve("v.npy"), new double[] {3, -1});
        NpyFiles.writeFloat64(dir.resolve("e.npy"), new double[0]);
        NpyFiles.writeInt64(dir.resolve("i.npy"), new long[] {0, 10, Long.MAX_VALUE});
        NpyFiles.writeInt64(dir.resolve("ie.npy"), new long[0]);
        NpyFiles.writeFloat64(dir.resolve("rows0.npy"), new double[0][], 81);

        assertThat(NpyFiles.readFloat64Vector(dir.resolve("v.npy"))).containsExactly(3, -1);
        assertThat(NpyFiles.readFloat64Vector(dir.resolve("e.npy"))).isEmpty();
        assertThat(NpyFiles.readInt64Vector(dir.resolve("i.npy"))).containsExactly(0, 10, Long.MAX_VALUE);
        assertThat(NpyFiles.readInt64Vector(dir.resolve("ie.npy"))).isEmpty();
        assertThat(NpyFiles.readFloat64Matrix(dir.resolve("rows0.npy"), 81)).isEmpty();
    }

    @Test
    void wrongRankColumnsAndDtypeNameFileAndBothSides() throws Exception {
        Path vector = dir.resolve("v.npy");
        Path matrix = dir.resolve("m.npy");
        NpyFiles.writeFloat64(vector, new double[] {1, 2});
        NpyFiles.writeFloat64(matrix, new double[][] {{1, 2}});

        assertThatThrownBy(() -> NpyFiles.readFloat64Matrix(vector)).isInstanceOf(RunFormatException.class)
                .hasMessageContaining(vector.toString()).hasMessageContaining("expected a 2-d array, found shape [2]");
        assertThatThrownBy(() -> NpyFiles.readFloat64Matrix(matrix, 3))
                .hasMessageContaining("expected shape (n, 3), found [1, 2]");
        assertThatThrownBy(() -> NpyFiles.readInt64Vector(vector))
                .hasMessageContaining("expected dtype <i8, found <f8");
    }

    @Test
    void cutShortAndMissingFilesAreNamed() throws Exception {
        Path file = dir.resolve("m.npy");
        NpyFiles.writeFloat64(file, new double[][] {{1, 2}, {3, 4}});
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length - 8));

        assertThatThrownBy(() -> NpyFiles.readFloat64Matrix(file)).isInstanceOf(RunFormatException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("shape [2, 2]")
                .hasMessageContaining("cut short");
        assertThatThrownBy(() -> NpyFiles.readFloat64Vector(dir.resolve("none.npy")))
                .isInstanceOf(RunFormatException.class).hasMessageContaining("none.npy").hasMessageContaining("missing");
    }

    @Test
    void raggedRowsAreRefusedBeforeWriting() {
        Path file = dir.resolve("r.npy");
        assertThatThrownBy(() -> NpyFiles.writeFloat64(file, new double[][] {{1, 2}, {3}}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("row 1 has 1 entries, expected 2");
        assertThat(file).doesNotExist();
    }

    private static long[] bits(double[] row) {
        return Arrays.stream(row).mapToLong(Double::doubleToRawLongBits).toArray();
    }

    @Test
    void plainJavaBytesMatchNd4j() {
        double[][] matrix = {{1.5, Double.NaN, -0.0}, {Double.POSITIVE_INFINITY, 2e-300, -7}};
        double[][] tall = new double[101][81];
        tall[100][80] = 4.25;
        long[] steps = new long[101];
        for (int i = 0; i < steps.length; i++) {
            steps[i] = 10L * i;
        }

        assertThat(NpyFiles.float64Bytes(Path.of("m.npy"), matrix, 3))
                .isEqualTo(Nd4j.toNpyByteArray(Nd4j.createFromArray(matrix)));
        assertThat(NpyFiles.float64Bytes(Path.of("tall.npy"), tall, 81))
                .isEqualTo(Nd4j.toNpyByteArray(Nd4j.createFromArray(tall)));
        assertThat(NpyFiles.float64Bytes(Path.of("empty.npy"), new double[0][], 81))
                .isEqualTo(Nd4j.toNpyByteArray(Nd4j.create(DataType.DOUBLE, 0, 81)));
        assertThat(NpyFiles.float64Bytes(new double[] {3, -1}))
                .isEqualTo(Nd4j.toNpyByteArray(Nd4j.createFromArray(new double[] {3, -1})));
        assertThat(NpyFiles.float64Bytes(new double[0]))
                .isEqualTo(Nd4j.toNpyByteArray(Nd4j.create(DataType.DOUBLE, 0)));
        assertThat(NpyFiles.int64Bytes(steps)).isEqualTo(Nd4j.toNpyByteArray(Nd4j.createFromArray(steps)));
        assertThat(NpyFiles.int64Bytes(new long[0])).isEqualTo(Nd4j.toNpyByteArray(Nd4j.create(DataType.LONG, 0)));
    }
}
