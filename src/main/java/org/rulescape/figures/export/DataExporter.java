package org.rulescape.figures.export;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvWriteOptions;

/**
 * Writes the data behind a figure as CSV (Tablesaw) or .npy (ND4J), each with a sidecar JSON
 * file {@code stem.json} that lists the column names, row count and metadata. NaN and
 * infinite values are written as they are, never dropped. All files are written atomically.
 */
public final class DataExporter {
    private static final Logger LOG = LoggerFactory.getLogger(DataExporter.class);
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** Largest magnitude for which integral values are written without a decimal point. */
    private static final double EXACT_INTEGER_LIMIT = 0x1p53;

    private DataExporter() {
    }

    /**
     * Writes {@code data} in each of {@code formats} into {@code folder} as {@code stem.csv},
     * {@code stem.npy} and the sidecar {@code stem.json}.
     *
     * @return the files written, sidecar last
     * @throws UnwritableFolderException naming the folder when it cannot be created or written
     * @throws IOException               naming the file when a write fails
     */
    public static List<Path> export(FigureData data, Path folder, String stem, Collection<DataFormat> formats)
            throws IOException {
        List<Path> written = new ArrayList<>();
        for (DataFormat format : formats) {
            Path file = folder.resolve(stem + "." + format.extension());
            switch (format) {
                case CSV -> writeCsv(data, file);
                case NPY -> writeNpy(data, file);
            }
            written.add(file);
        }
        Path sidecar = sidecarOf(folder.resolve(stem + ".csv"));
        writeSidecar(data, sidecar);
        written.add(sidecar);
        return written;
    }

    /** The sidecar JSON path of a data file: same folder and stem, extension {@code .json}. */
    public static Path sidecarOf(Path dataFile) {
        String name = dataFile.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return dataFile.resolveSibling(stem + ".json");
    }

    /**
     * Writes {@code data} as CSV with a header row. Values use Java's shortest round-trip form
     * ({@code 0.1}, {@code 1.0E-300}); integral values print without a decimal point; non-finite
     * values print as {@code NaN}, {@code Infinity} and {@code -Infinity}, which Tablesaw, NumPy
     * and pandas read back as the same values.
     */
    public static void writeCsv(FigureData data, Path file) throws IOException {
        Table table = Table.create(data.name());
        for (Map.Entry<String, double[]> column : data.columns().entrySet()) {
            double[] values = column.getValue();
            String[] text = new String[values.length];
            for (int i = 0; i < values.length; i++) {
                text[i] = format(values[i]);
            }
            table.addColumns(StringColumn.create(column.getKey(), text));
        }
        ExportFiles.write(file, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            table.write().csv(CsvWriteOptions.builder(writer).header(true).build());
            writer.flush();
        });
        LOG.debug("Wrote {} rows x {} columns to {}", data.rowCount(), data.columns().size(), file);
    }

    /** Formats one value for CSV; see {@link #writeCsv}. */
    static String format(double value) {
        if (value == 0 && 1 / value < 0) {
            return "-0.0";
        }
        if (value == Math.rint(value) && Math.abs(value) < EXACT_INTEGER_LIMIT) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }

    /**
     * Writes {@code data} as one float64 array of shape (rows, columns) in .npy format, and the
     * sidecar JSON with the column names beside it.
     */
    public static void writeNpy(FigureData data, Path file) throws IOException {
        int rows = data.rowCount();
        int columns = data.columns().size();
        double[] flat = new double[rows * columns];
        int c = 0;
        for (double[] values : data.columns().values()) {
            for (int r = 0; r < rows; r++) {
                flat[r * columns + c] = values[r];
            }
            c++;
        }
        INDArray array = Nd4j.create(flat, new long[] {rows, columns}, DataType.DOUBLE);
        ExportFiles.write(file, out -> Nd4j.writeAsNumpy(array, out));
        writeSidecar(data, sidecarOf(file));
        LOG.debug("Wrote {} x {} float64 array to {}", rows, columns, file);
    }

    /** Writes the sidecar JSON: name, columns in order, row count, non-finite count and metadata. */
    public static void writeSidecar(FigureData data, Path file) throws IOException {
        Map<String, Object> sidecar = new LinkedHashMap<>();
        sidecar.put("name", data.name());
        sidecar.put("columns", data.columnNames());
        sidecar.put("rows", data.rowCount());
        sidecar.put("dtype", "float64");
        sidecar.put("non_finite_values", data.nonFiniteCount());
        sidecar.put("metadata", data.metadata());
        byte[] bytes = JSON.writeValueAsBytes(sidecar);
        ExportFiles.write(file, bytes);
    }
}
