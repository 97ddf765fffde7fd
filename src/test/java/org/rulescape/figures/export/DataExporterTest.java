package org.rulescape.figures.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

class DataExporterTest {

    private static final double[] STEPS = {0, 1, 2, 3, 4, 5};
    private static final double[] LOSS = {1.0 / 3, Double.NaN, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY, 1e-300, -2.5};

    @TempDir
    Path folder;

    private static FigureData sample() {
        return FigureData.builder("meta_loss")
                .column("step", STEPS)
                .column("loss", LOSS)
                .meta("seeds", "1, 2, 3")
                .build();
    }

    @Test
    void csvRoundTripKeepsNonFinite() throws Exception {
        Path file = folder.resolve("meta_loss.csv");

        DataExporter.writeCsv(sample(), file);

        Table table = Table.read().csv(CsvReadOptions.builder(file.toFile())
                .columnTypes(new ColumnType[] {ColumnType.DOUBLE, ColumnType.DOUBLE}).build());
        assertThat(table.columnNames()).containsExactly("step", "loss");
        DoubleColumn loss = table.doubleColumn("loss");
        assertThat(loss.size()).isEqualTo(LOSS.length);
        for (int i = 0; i < LOSS.length; i++) {
            // Boxed comparison: Double.equals treats NaN as equal to NaN.
            assertThat(Double.valueOf(loss.getDouble(i))).as("row %d", i).isEqualTo(Double.valueOf(LOSS[i]));
        }
        assertThat(table.doubleColumn("step").asDoubleArray()).containsExactly(STEPS);
    }

    @Test
    void csvTextNamesNonFiniteValues() throws Exception {
        Path file = folder.resolve("meta_loss.csv");

        DataExporter.writeCsv(sample(), file);

        assertThat(Files.readAllLines(file)).containsExactly(
                "step,loss", "0,0.3333333333333333", "1,NaN", "2,Infinity", "3,-Infinity", "4,1.0E-300", "5,-2.5");
    }

    @Test
    void npyReadsBackWithNd4j() throws Exception {
        Path file = folder.resolve("meta_loss.npy");

        DataExporter.writeNpy(sample(), file);

        INDArray array = Nd4j.createFromNpyFile(file.toFile());
        assertThat(array.dataType()).isEqualTo(DataType.DOUBLE);
        assertThat(array.shape()).containsExactly(6, 2);
        for (int i = 0; i < LOSS.length; i++) {
            assertThat(array.getDouble(i, 0)).isEqualTo(STEPS[i]);
            assertThat(Double.valueOf(array.getDouble(i, 1))).as("row %d", i).isEqualTo(Double.valueOf(LOSS[i]));
        }
    }

    @Test
    void sidecarListsColumnsAndMetadata() throws Exception {
        DataExporter.writeNpy(sample(), folder.resolve("meta_loss.npy"));

        JsonNode sidecar = new ObjectMapper().readTree(folder.resolve("meta_loss.json").toFile());
        assertThat(sidecar.get("columns").get(0).asText()).isEqualTo("step");
        assertThat(sidecar.get("columns").get(1).asText()).isEqualTo("loss");
        assertThat(sidecar.get("rows").asInt()).isEqualTo(6);
        assertThat(sidecar.get("non_finite_values").asInt()).isEqualTo(3);
        assertThat(sidecar.get("metadata").get("seeds").asText()).isEqualTo("1, 2, 3");
    }

    @Test
    void exportWritesEveryFormat() throws Exception {
        List<Path> files = DataExporter.export(sample(), folder.resolve("out"), "meta_loss",
                List.of(DataFormat.CSV, DataFormat.NPY));

        assertThat(files).extracting(path -> path.getFileName().toString())
                .containsExactly("meta_loss.csv", "meta_loss.npy", "meta_loss.json");
        assertThat(files).allMatch(Files::isRegularFile);
    }

    @Test
    void emptyDataWritesEmptyArray() throws Exception {
        FigureData empty = FigureData.builder("empty").column("x", new double[0]).build();

        DataExporter.writeNpy(empty, folder.resolve("empty.npy"));
        DataExporter.writeCsv(empty, folder.resolve("empty.csv"));

        assertThat(Files.readAllLines(folder.resolve("empty.csv"))).containsExactly("x");
        assertThat(Files.size(folder.resolve("empty.npy"))).isPositive();
    }

    @Test
    void unwritableFolderIsNamed() throws Exception {
        Path blocker = Files.writeString(folder.resolve("blocker"), "x");

        assertThatThrownBy(() -> DataExporter.writeCsv(sample(), blocker.resolve("data").resolve("a.csv")))
                .isInstanceOf(UnwritableFolderException.class)
                .hasMessageContaining(blocker.resolve("data").toString());
    }

    @Test
    void unequalColumnsAreRejected() {
        assertThatThrownBy(() -> new FigureData("bad", Map.of("a", new double[2], "b", new double[3]), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("equal length")
                .hasMessageContaining("long form");
    }
}
