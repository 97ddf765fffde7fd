package org.rulescape.core.analysis.rule;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rulescape.core.store.AtomicFiles;
import org.rulescape.core.store.NpyFiles;
import org.rulescape.core.store.Provenance;
import org.rulescape.core.store.RunFormatException;

/**
 * Stores the learned-rule analysis under {@code RUN/analysis/rule/}:
 * <pre>
 * rule.json               probe set, per-seed rule RMS and fitted rates, distance summaries, survey
 * function_distances.npy  S x S float64, RMS update differences over the probe set
 * raw_distances.npy       S x S float64, Euclidean distances between final alphas
 * updates.npy             S x N float64, each rule's update at the N probe points
 * final_alphas.npy        S x P float64, the alphas analyzed
 * </pre>
 * Row i of every matrix is the i-th entry of the {@code seeds} list in rule.json. Every file is
 * written atomically; rule.json is written last, so its presence means the set is complete.
 */
public final class RuleResultStore {
    /** Version of rule.json written by this code. */
    public static final int FORMAT_VERSION = 1;
    public static final String RULE_JSON = "rule.json";
    public static final String FUNCTION_DISTANCES_NPY = "function_distances.npy";
    public static final String RAW_DISTANCES_NPY = "raw_distances.npy";
    public static final String UPDATES_NPY = "updates.npy";
    public static final String FINAL_ALPHAS_NPY = "final_alphas.npy";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private RuleResultStore() {
    }

    /** The analysis read back from a run, with the gradient survey when one was stored. */
    public record Stored(RuleAnalysisResult result, Optional<GradientSurvey> survey) {
    }

    /** Returns the folder of the analysis inside {@code runDir}. */
    public static Path directory(Path runDir) {
        return runDir.resolve("analysis").resolve("rule");
    }

    /**
     * Writes {@code result} (and {@code survey} when not null) under {@code runDir}, replacing an
     * earlier analysis.
     *
     * @throws IOException naming the file that could not be written
     */
    public static void write(Path runDir, RuleAnalysisResult result, GradientSurvey survey) throws IOException {
        write(runDir, result, survey, null);
    }

    /**
     * Writes {@code result}, {@code survey} and {@code comparison} (each optional except the
     * result) under {@code runDir}; the comparison becomes rule.json's {@code distance_bootstrap}.
     *
     * @throws IOException naming the file that could not be written
     */
    public static void write(Path runDir, RuleAnalysisResult result, GradientSurvey survey,
            RuleDistanceComparison comparison) throws IOException {
        Path folder = directory(runDir);
        Files.createDirectories(folder);
        NpyFiles.writeFloat64(folder.resolve(FUNCTION_DISTANCES_NPY), result.functionDistances());
        NpyFiles.writeFloat64(folder.resolve(RAW_DISTANCES_NPY), result.rawDistances());
        NpyFiles.writeFloat64(folder.resolve(UPDATES_NPY), result.updates());
        NpyFiles.writeFloat64(folder.resolve(FINAL_ALPHAS_NPY), result.alphas());
        ObjectNode root = toJson(result, survey);
        if (comparison != null) {
            root.set("distance_bootstrap", comparison.toJson());
        }
        AtomicFiles.writeString(folder.resolve(RULE_JSON), JSON.writeValueAsString(root));
    }

    /**
     * Reads the analysis stored under {@code runDir}.
     *
     * @throws IOException naming the file when one is missing, damaged or of another format version
     */
    public static Stored read(Path runDir) throws IOException {
        Path folder = directory(runDir);
        Path jsonFile = folder.resolve(RULE_JSON);
        if (!Files.exists(jsonFile)) {
            throw new IOException(jsonFile + " not found; run `rulescape rule " + runDir + "` first");
        }
        JsonNode root = JSON.readTree(jsonFile.toFile());
        int version = root.path("format_version").asInt(-1);
        if (version != FORMAT_VERSION) {
            throw new IOException(jsonFile + " has format_version " + version + ", this build reads "
                    + FORMAT_VERSION + "; rerun `rulescape rule` to rewrite it");
        }
        JsonNode probeNode = required(jsonFile, root, "probe");
        ProbeSet probe = ProbeSet.grid(probeNode.path("g_range").asDouble(), probeNode.path("m_range").asDouble(),
                probeNode.path("g_count").asInt(), probeNode.path("m_count").asInt(),
                intArray(required(jsonFile, probeNode, "steps")));
        List<SeedRuleSummary> seeds = new ArrayList<>();
        for (JsonNode seed : required(jsonFile, root, "seeds")) {
            ReferenceRates rates = new ReferenceRates(seed.path("sgd_rate").asDouble(),
                    seed.path("momentum_rate").asDouble(), true, seed.path("sgd_residual_rms").asDouble(),
                    seed.path("momentum_residual_rms").asDouble());
            seeds.add(new SeedRuleSummary(seed.path("seed").asLong(), seed.path("rule_rms").asDouble(), rates));
        }
        List<String> skipped = new ArrayList<>();
        root.path("skipped").forEach(node -> skipped.add(node.asText()));
        RuleAnalysisResult result;
        try {
            result = new RuleAnalysisResult(probe, seeds, readMatrix(folder, FINAL_ALPHAS_NPY),
                    readMatrix(folder, UPDATES_NPY), readMatrix(folder, FUNCTION_DISTANCES_NPY),
                    readMatrix(folder, RAW_DISTANCES_NPY), skipped);
        } catch (IllegalArgumentException e) {
            throw new IOException("files in " + folder + " disagree with " + RULE_JSON + ": " + e.getMessage()
                    + "; rerun `rulescape rule`", e);
        }
        JsonNode surveyNode = root.path("gradient_survey");
        Optional<GradientSurvey> survey = surveyNode.isObject() ? Optional.of(surveyFromJson(surveyNode))
                : Optional.empty();
        return new Stored(result, survey);
    }

    /** Reads one matrix of the analysis; a damaged file names the command that rewrites it. */
    private static double[][] readMatrix(Path folder, String name) throws IOException {
        try {
            return NpyFiles.readFloat64Matrix(folder.resolve(name));
        } catch (RunFormatException e) {
            throw new IOException(e.getMessage() + "; rerun `rulescape rule`", e);
        }
    }

    private static ObjectNode toJson(RuleAnalysisResult result, GradientSurvey survey) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format_version", FORMAT_VERSION);
        root.put("rulescape_version", Provenance.buildVersion());
        root.put("created", Instant.now().toString());
        ObjectNode probe = root.putObject("probe");
        ProbeSet p = result.probe();
        probe.put("g_range", p.gRange());
        probe.put("m_range", p.mRange());
        probe.put("g_count", p.gValues().length);
        probe.put("m_count", p.mValues().length);
        ArrayNode steps = probe.putArray("steps");
        for (int step : p.steps()) {
            steps.add(step);
        }
        probe.put("point_order", "step-major, then m, then g");
        root.put("mean_rule_rms", result.meanRuleRms());
        ArrayNode seeds = root.putArray("seeds");
        for (SeedRuleSummary seed : result.seeds()) {
            ObjectNode node = seeds.addObject();
            node.put("seed", seed.seed());
            node.put("rule_rms", seed.ruleRms());
            node.put("sgd_rate", seed.fittedRates().sgdRate());
            node.put("momentum_rate", seed.fittedRates().momentumRate());
            node.put("sgd_residual_rms", seed.fittedRates().sgdResidualRms());
            node.put("momentum_residual_rms", seed.fittedRates().momentumResidualRms());
        }
        putSummary(root, "function_distance", result.functionSummary());
        putSummary(root, "raw_distance", result.rawSummary());
        ArrayNode skipped = root.putArray("skipped");
        result.skipped().forEach(skipped::add);
        if (survey != null) {
            root.set("gradient_survey", surveyToJson(survey));
        }
        return root;
    }

    private static void putSummary(ObjectNode root, String name, Optional<DistanceSummary> summary) {
        if (summary.isEmpty()) {
            root.putNull(name);
            return;
        }
        ObjectNode node = root.putObject(name);
        node.put("pairs", summary.get().pairs());
        node.put("mean", summary.get().mean());
        node.put("std", summary.get().std());
        node.put("min", summary.get().min());
        node.put("max", summary.get().max());
    }

    private static ObjectNode surveyToJson(GradientSurvey survey) {
        ObjectNode node = JSON.createObjectNode();
        node.put("seed", survey.seed());
        node.put("values", survey.values());
        node.put("non_finite", survey.nonFinite());
        node.put("g_median", survey.gMedian());
        node.put("g_quantile_99", survey.gQuantile99());
        node.put("g_max", survey.gMax());
        node.put("m_median", survey.mMedian());
        node.put("m_quantile_99", survey.mQuantile99());
        node.put("m_max", survey.mMax());
        node.put("inside_probe_range", survey.insideProbeRange());
        return node;
    }

    private static GradientSurvey surveyFromJson(JsonNode node) {
        return new GradientSurvey(node.path("seed").asLong(), node.path("values").asLong(), node.path("non_finite").asLong(),
                node.path("g_median").asDouble(), node.path("g_quantile_99").asDouble(), node.path("g_max").asDouble(),
                node.path("m_median").asDouble(), node.path("m_quantile_99").asDouble(), node.path("m_max").asDouble(),
                node.path("inside_probe_range").asDouble());
    }

    private static JsonNode required(Path file, JsonNode parent, String key) throws IOException {
        JsonNode node = parent.get(key);
        if (node == null || node.isNull()) {
            throw new IOException(file + " is missing the entry '" + key + "'; rerun `rulescape rule`");
        }
        return node;
    }

    private static int[] intArray(JsonNode array) {
        int[] values = new int[array.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = array.get(i).asInt();
        }
        return values;
    }
}
