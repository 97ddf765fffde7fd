package org.rulescape.core.store;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.rulescape.core.experiment.SeedResult;
import org.rulescape.core.experiment.SeedState;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;
import tech.tablesaw.io.csv.CsvWriteOptions;

/**
 * Reads and writes one seed's records: metrics.csv (Tablesaw) and snapshots.npy plus
 * snapshot_steps.npy ({@link NpyFiles}). Numbers in metrics.csv are written with {@link Double#toString},
 * which parses back to the same bits, and non-finite values stay as {@code NaN},
 * {@code Infinity} or {@code -Infinity}.
 */
final class SeedFiles {
    static final String[] METRIC_COLUMNS = {"step", "meta_loss", "grad_norm"};

    private SeedFiles() {
    }

    /** Records of one seed at some moment; arrays may be longer than the counts. */
    record Records(int steps, double[] metaLoss, double[] gradNorm, int snapshotCount, int[] snapshotSteps,
            double[][] snapshots) {

        static Records of(SeedResult result) {
            return new Records(result.stepsRecorded(), result.metaLoss(), result.gradNorm(),
                    result.snapshots().length, result.snapshotSteps(), result.snapshots());
        }
    }

    /**
     * Writes the seed's three files, snapshots first and metrics.csv last. A seed without any
     * snapshot (failed before its first step) gets only metrics.csv.
     */
    static void write(StoreWriter writer, Path seedDir, Records records) throws IOException {
        if (records.snapshotCount() > 0) {
            long[] steps = new long[records.snapshotCount()];
            double[][] rows = new double[records.snapshotCount()][];
            for (int i = 0; i < steps.length; i++) {
                steps[i] = records.snapshotSteps()[i];
                rows[i] = records.snapshots()[i];
            }
            byte[] stepBytes = NpyFiles.int64Bytes(steps);
            byte[] snapshotBytes = NpyFiles.float64Bytes(seedDir.resolve(RunLayout.SNAPSHOTS_NPY), rows,
                    rows[0].length);
            writer.write(seedDir.resolve(RunLayout.SNAPSHOT_STEPS_NPY), out -> out.write(stepBytes));
            writer.write(seedDir.resolve(RunLayout.SNAPSHOTS_NPY), out -> out.write(snapshotBytes));
        } else {
            Files.deleteIfExists(seedDir.resolve(RunLayout.SNAPSHOT_STEPS_NPY));
            Files.deleteIfExists(seedDir.resolve(RunLayout.SNAPSHOTS_NPY));
        }
        Table table = metricsTable(records);
        writer.write(seedDir.resolve(RunLayout.METRICS_CSV),
                out -> table.write().csv(CsvWriteOptions.builder(out).lineEnd("\n").build()));
    }

    private static Table metricsTable(Records records) {
        int n = records.steps();
        IntColumn step = IntColumn.create(METRIC_COLUMNS[0], n);
        StringColumn loss = StringColumn.create(METRIC_COLUMNS[1]);
        StringColumn norm = StringColumn.create(METRIC_COLUMNS[2]);
        for (int i = 0; i < n; i++) {
            step.set(i, i);
            loss.append(Double.toString(records.metaLoss()[i]));
            norm.append(Double.toString(records.gradNorm()[i]));
        }
        return Table.create("metrics", step, loss, norm);
    }

    /**
     * Reads the seed's files back into a result carrying the status recorded in run.json.
     *
     * @param alphaSize expected number of columns of snapshots.npy
     * @throws RunFormatException naming the damaged or missing file
     */
    static SeedResult read(Path seedDir, SeedStatus status, int alphaSize) throws IOException {
        boolean terminal = status.state().isTerminal();
        double[][] metrics = readMetrics(seedDir.resolve(RunLayout.METRICS_CSV));
        double[] metaLoss = metrics[0];
        double[] gradNorm = metrics[1];
        if (terminal && metaLoss.length != status.stepsRecorded()) {
            throw new RunFormatException(seedDir.resolve(RunLayout.METRICS_CSV), "expected "
                    + status.stepsRecorded() + " rows (steps_recorded of seed " + status.seed()
                    + " in run.json), found " + metaLoss.length + "; the file was cut short or edited");
        }

        Path stepsFile = seedDir.resolve(RunLayout.SNAPSHOT_STEPS_NPY);
        Path snapshotsFile = seedDir.resolve(RunLayout.SNAPSHOTS_NPY);
        int[] snapshotSteps;
        double[][] snapshots;
        if (status.state() == SeedState.FAILED && !Files.exists(stepsFile) && !Files.exists(snapshotsFile)) {
            snapshotSteps = new int[0];
            snapshots = new double[0][];
        } else {
            snapshotSteps = readSteps(stepsFile);
            snapshots = NpyFiles.readFloat64Matrix(snapshotsFile, alphaSize);
            if (snapshots.length != snapshotSteps.length) {
                if (terminal) {
                    throw new RunFormatException(snapshotsFile, "expected " + snapshotSteps.length
                            + " rows, one per entry of " + RunLayout.SNAPSHOT_STEPS_NPY + ", found " + snapshots.length);
                }
                int n = Math.min(snapshots.length, snapshotSteps.length);
                snapshotSteps = java.util.Arrays.copyOf(snapshotSteps, n);
                snapshots = java.util.Arrays.copyOf(snapshots, n);
            }
        }
        return new SeedResult(status.seed(), status.state(), metaLoss.length, status.divergedAt(),
                status.message(), metaLoss, gradNorm, snapshotSteps, snapshots, status.wallSeconds());
    }

    /** Returns {meta_loss, grad_norm} of metrics.csv after checking its columns, steps and ending. */
    static double[][] readMetrics(Path file) throws IOException {
        byte[] bytes = readAll(file);
        if (bytes.length == 0) {
            throw new RunFormatException(file, "expected a header 'step,meta_loss,grad_norm', found an empty file");
        }
        if (bytes[bytes.length - 1] != '\n') {
            throw new RunFormatException(file, "expected the file to end with a newline, found a last line without"
                    + " one; the file was cut short");
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        String header = text.substring(0, text.indexOf('\n')).trim();
        if (!header.equals(String.join(",", METRIC_COLUMNS))) {
            throw new RunFormatException(file, "expected the header 'step,meta_loss,grad_norm', found '" + header + "'");
        }

        Table table;
        try {
            table = Table.read().usingOptions(CsvReadOptions.builder(new ByteArrayInputStream(bytes))
                    .columnTypes(new ColumnType[] {ColumnType.INTEGER, ColumnType.STRING, ColumnType.STRING})
                    .missingValueIndicator("")
                    .header(true));
        } catch (RuntimeException e) {
            throw new RunFormatException(file, "expected rows of three values step,meta_loss,grad_norm but the CSV"
                    + " could not be parsed (" + e.getMessage() + ")", e);
        }
        if (table.columnCount() != METRIC_COLUMNS.length) {
            throw new RunFormatException(file, "expected 3 columns, found " + table.columnCount());
        }

        int n = table.rowCount();
        IntColumn step = table.intColumn(0);
        StringColumn loss = table.stringColumn(1);
        StringColumn norm = table.stringColumn(2);
        double[] metaLoss = new double[n];
        double[] gradNorm = new double[n];
        for (int i = 0; i < n; i++) {
            int line = i + 2;
            if (step.isMissing(i) || loss.isMissing(i) || norm.isMissing(i)) {
                throw new RunFormatException(file, "line " + line + ": expected three values step,meta_loss,grad_norm,"
                        + " found a row with missing values; the file was cut short or edited");
            }
            if (step.getInt(i) != i) {
                throw new RunFormatException(file, "line " + line + ": expected step " + i + ", found " + step.getInt(i));
            }
            metaLoss[i] = parse(file, line, METRIC_COLUMNS[1], loss.get(i));
            gradNorm[i] = parse(file, line, METRIC_COLUMNS[2], norm.get(i));
        }
        return new double[][] {metaLoss, gradNorm};
    }

    private static double parse(Path file, int line, String column, String text) throws RunFormatException {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new RunFormatException(file, "line " + line + ": expected a number (or NaN, Infinity) in column "
                    + column + ", found '" + text + "'", e);
        }
    }

    /** Reads snapshot_steps.npy and checks that its steps are non-negative and increasing. */
    private static int[] readSteps(Path file) throws IOException {
        long[] values = NpyFiles.readInt64Vector(file);
        int[] steps = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            if (values[i] < 0 || values[i] > Integer.MAX_VALUE || (i > 0 && values[i] < values[i - 1])) {
                throw new RunFormatException(file, "expected increasing non-negative steps, found " + values[i]
                        + " at index " + i);
            }
            steps[i] = (int) values[i];
        }
        return steps;
    }

    private static byte[] readAll(Path file) throws IOException {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new RunFormatException(file, "expected the file to exist, but it is missing", e);
        }
    }
}
