package org.rulescape.core.analysis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.rulescape.core.store.AtomicFiles;
import org.rulescape.core.store.NpyFiles;
import org.rulescape.core.store.Provenance;
import org.rulescape.core.store.RunFormatException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stores a {@link GeometryReport} under {@code RUN/analysis/geometry/}: {@code summary.json}
 * with every statistic, interval and null, plus arrays as .npy (float64) and tables as CSV.
 * Every file is written atomically; a second analysis replaces the files of the first. The
 * layout is documented in docs/RUN_FORMAT.md. The options of a stored analysis can be read back,
 * so that figures and the workbench recompute it with the same settings.
 */
public final class GeometryFiles {
    /** Version of the files in this folder; raise it when a file's meaning changes. */
    public static final int FORMAT_VERSION = 1;

    private static final Logger LOG = LoggerFactory.getLogger(GeometryFiles.class);
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private GeometryFiles() {
    }

    /** Returns {@code RUN/analysis/geometry}. */
    public static Path folder(Path runDir) {
        return runDir.resolve("analysis").resolve("geometry");
    }

    /** Returns {@code RUN/analysis/geometry/summary.json}. */
    public static Path summaryFile(Path runDir) {
        return folder(runDir).resolve("summary.json");
    }

    /**
     * Reads the options that the stored analysis of the run was made with.
     *
     * @return the options in {@code summary.json}, or empty when the run has no such file
     * @throws RunFormatException naming the file and the field when the file is not valid JSON, has
     *                            another format version, or an option is missing, mistyped or out of range
     * @throws IOException        when the file exists but cannot be read
     */
    public static Optional<GeometryOptions> readOptions(Path runDir) throws IOException {
        Path file = summaryFile(runDir);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw new RunFormatException(file, "not valid JSON (" + e.getOriginalMessage() + where + ")", e);
        }
        return Optional.of(GeometrySummaryJson.readOptions(file, root));
    }

    /**
     * Returns the options and seed selection of the run's stored analysis, or the defaults when
     * none is stored or it cannot be read. An unreadable file is logged as a warning and named in the result,
     * so callers can tell the user that the defaults were used.
     */
    public static StoredGeometryOptions readOptionsOrDefaults(Path runDir) {
        Path file = summaryFile(runDir);
        try {
            Optional<GeometryOptions> options = readOptions(runDir);
            if (options.isEmpty()) {
                return StoredGeometryOptions.notStored(file);
            }
            boolean[] selection = GeometrySummaryJson.readSeedSelection(file, JSON.readTree(file.toFile()));
            return StoredGeometryOptions.stored(options.get(), file, selection[0], selection[1]);
        } catch (IOException e) {
            LOG.warn("Cannot read the options of the stored geometry analysis {}; using the defaults: {}", file,
                    e.getMessage(), e);
            return StoredGeometryOptions.unreadable(file, e.getMessage());
        }
    }

    /**
     * Writes every file of the report and returns the folder.
     *
     * @throws IOException naming the file that could not be written
     */
    public static Path write(Path runDir, GeometryReport report) throws IOException {
        Path dir = folder(runDir);
        AtomicFiles.writeString(summaryFile(runDir),
                JSON.writeValueAsString(GeometrySummaryJson.summary(report, Provenance.buildVersion(),
                        Provenance.buildCommit())) + "\n");
        AtomicFiles.writeString(dir.resolve("seeds.csv"), seedsCsv(report));
        for (AlphaSetGeometry set : new AlphaSetGeometry[] {report.finals(), report.initials(), report.aligned()}) {
            NpyFiles.writeFloat64(dir.resolve("alphas_" + set.name() + ".npy"), set.alphas());
            NpyFiles.writeFloat64(dir.resolve("distances_" + set.name() + ".npy"), set.distances().matrix());
            AtomicFiles.writeString(dir.resolve("scree_" + set.name() + ".csv"), screeCsv(set));
            if (set.pca() instanceof PcaResult pca) {
                NpyFiles.writeFloat64(dir.resolve("components_" + set.name() + ".npy"), pca.components());
                NpyFiles.writeFloat64(dir.resolve("scores_" + set.name() + ".npy"), pca.scores());
            }
        }
        NpyFiles.writeFloat64(dir.resolve("distances_aligned_initial.npy"), report.alignedInitialDistances().matrix());
        AtomicFiles.writeString(dir.resolve("dimension_over_time.csv"), dimensionCsv(report.trajectories()));
        AtomicFiles.writeString(dir.resolve("trajectories.csv"), trajectoryCsv(report));
        return dir;
    }

    private static String seedsCsv(GeometryReport report) {
        StringBuilder out = new StringBuilder("seed,run_index,state,final_norm,initial_norm,distance_from_initial\n");
        SeedMeasures m = report.perSeed();
        for (int i = 0; i < m.seeds().length; i++) {
            SeedAlphas seed = report.input().seeds().get(i);
            out.append(seed.seed()).append(',').append(seed.runIndex()).append(',').append(seed.state())
                    .append(',').append(num(m.finalNorms()[i])).append(',').append(num(m.initialNorms()[i]))
                    .append(',').append(num(m.fromInitial()[i])).append('\n');
        }
        return out.toString();
    }

    private static String screeCsv(AlphaSetGeometry set) {
        StringBuilder out = new StringBuilder("component,ratio,cumulative,gaussian_null_lower,"
                + "gaussian_null_median,gaussian_null_upper,shuffled_null_lower,shuffled_null_median,"
                + "shuffled_null_upper\n");
        double[] ratios = set.pca().ratios();
        double[] cumulative = set.pca().cumulative();
        NullSpectrum g = set.gaussianNull();
        NullSpectrum s = set.shuffledNull();
        for (int k = 0; k < ratios.length; k++) {
            out.append(k + 1).append(',').append(num(ratios[k])).append(',').append(num(cumulative[k]))
                    .append(',').append(num(g.lower()[k])).append(',').append(num(g.median()[k]))
                    .append(',').append(num(g.upper()[k])).append(',').append(num(s.lower()[k]))
                    .append(',').append(num(s.median()[k])).append(',').append(num(s.upper()[k]))
                    .append('\n');
        }
        return out.toString();
    }

    private static String dimensionCsv(TrajectoryGeometry t) {
        StringBuilder out = new StringBuilder("step,dimension,pc1,null_lower,null_median,null_upper\n");
        for (int i = 0; i < t.steps().length; i++) {
            out.append(t.steps()[i]).append(',').append(t.dimensions()[i]).append(',').append(num(t.pc1()[i]))
                    .append(',').append(t.nullLower()[i]).append(',').append(num(t.nullMedian()[i]))
                    .append(',').append(t.nullUpper()[i]).append('\n');
        }
        return out.toString();
    }

    /** Long form: one row per seed and snapshot, its coordinates on the final alphas' components. */
    private static String trajectoryCsv(GeometryReport report) {
        TrajectoryGeometry t = report.trajectories();
        int components = report.finals().pca() instanceof PcaResult pca ? pca.resolvedComponents() : 0;
        StringBuilder out = new StringBuilder("seed,step");
        for (int k = 0; k < components; k++) {
            out.append(",pc").append(k + 1);
        }
        out.append('\n');
        for (int i = 0; i < t.projections().length; i++) {
            long seed = report.input().seeds().get(i).seed();
            for (int r = 0; r < t.projections()[i].length; r++) {
                out.append(seed).append(',').append(t.seedSteps()[i][r]);
                for (double value : t.projections()[i][r]) {
                    out.append(',').append(num(value));
                }
                out.append('\n');
            }
        }
        return out.toString();
    }

    static String num(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%.17g", value) : Double.toString(value);
    }

    static ArrayNode array(double[] values) {
        ArrayNode node = JSON.createArrayNode();
        for (double v : values) {
            node.add(v);
        }
        return node;
    }

    static ObjectNode object() {
        return JSON.createObjectNode();
    }
}
