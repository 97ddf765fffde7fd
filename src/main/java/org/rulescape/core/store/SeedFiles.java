package org.rulescape.core.store;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import org.rulescape.core.experiment.SeedResult;
import org.rulescape.core.experiment.SeedState;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

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
     * Writes the seed's three files in a fixed order: snapshot_steps.npy, snapshots.npy, then
     * metrics.csv last. Each file is replaced atomically, so after a crash between them a reader
     * finds metrics.csv missing (first write) or one write older than the snapshot files, never a
     * part of a file; {@link #read} accepts both for an unfinished seed. A seed without any
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
        byte[] metrics = metricsCsv(records);
        writer.write(seedDir.resolve(RunLayout.METRICS_CSV), out -> out.write(metrics));
    }

    /**
     * Builds the bytes of metrics.csv: the header, then one row {@code step,meta_loss,grad_norm} per
     * step, with '\n' line ends. Built in plain Java, with the same bytes Tablesaw's CSV writer
     * produced before (RunRoundTripTest compares them), because loading Tablesaw took seconds on
     * the first write and held up the periodic writes behind it. No value needs quoting: the
     * columns hold integers and {@link Double#toString} output.
     */
    static byte[] metricsCsv(Records records) {
        int n = records.steps();
        StringBuilder text = new StringBuilder(32 + n * 48);
        text.append(String.join(",", METRIC_COLUMNS)).append('\n');
        for (int i = 0; i < n; i++) {
            text.append(i).append(',')
                    .append(Double.toString(records.metaLoss()[i])).append(',')
                    .append(Double.toString(records.gradNorm()[i])).append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
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
        boolean noSnapshotFiles = !Files.exists(stepsFile) || !Files.exists(snapshotsFile);
        boolean failedEarly = status.state() == SeedState.FAILED && !Files.exists(stepsFile)
                && !Files.exists(snapshotsFile);
        if (failedEarly || (!terminal && noSnapshotFiles)) {
            // An unfinished seed whose writer died between its files is interrupted, not damaged:
            // its metrics load and a resume continues from its checkpoint or from step 0.
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
                snapshotSteps = Arrays.copyOf(snapshotSteps, n);
                snapshots = Arrays.copyOf(snapshots, n);
            }
            if (!terminal) {
                int n = snapshotsCoveredByMetrics(snapshotSteps, metaLoss.length);
                snapshotSteps = Arrays.copyOf(snapshotSteps, n);
                snapshots = Arrays.copyOf(snapshots, n);
            }
        }
        return new SeedResult(status.seed(), status.state(), metaLoss.length, status.divergedAt(),
                status.message(), metaLoss, gradNorm, snapshotSteps, snapshots, status.wallSeconds());
    }

    /**
     * Returns how many leading snapshots have their meta-steps in metrics.csv: the snapshot at
     * step k follows the k rows 0 .. k-1. A live seed writes metrics.csv last, so a writer that
     * died between the files can leave snapshots one flush ahead of the metrics.
     */
    private static int snapshotsCoveredByMetrics(int[] snapshotSteps, int metricRows) {
        int n = 0;
        while (n < snapshotSteps.length && snapshotSteps[n] <= metricRows) {
            n++;
        }
        return n;
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
