package org.rulescape.core.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.rulescape.core.experiment.SeedState;
import org.rulescape.core.model.ExperimentConfig;
import org.rulescape.core.model.GradientMode;
import org.rulescape.core.model.Precision;
import org.rulescape.core.model.Regime;

/**
 * Converts run.json to and from {@link RunDocument}. Keys are snake_case. Non-finite numbers
 * (for example clip_norm = infinity) are written as the JSON strings "Infinity", "-Infinity"
 * or "NaN", which Python's {@code float(...)} parses; times are ISO-8601 instants in UTC.
 */
final class RunJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private RunJson() {
    }

    static String write(RunDocument document) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format_version", document.formatVersion());
        root.put("state", document.state().name());
        root.put("message", document.message());
        root.set("config", config(document.config()));
        root.put("threads", document.threads());
        root.put("checkpoint_every", document.checkpointEvery());

        ArrayNode seeds = root.putArray("seeds");
        for (SeedStatus status : document.seeds()) {
            ObjectNode seed = seeds.addObject();
            seed.put("seed", status.seed());
            seed.put("status", status.state().name());
            seed.put("steps_recorded", status.stepsRecorded());
            seed.put("diverged_at", status.divergedAt());
            seed.put("message", status.message());
            number(seed, "wall_seconds", status.wallSeconds());
        }
        root.set("provenance", provenance(document.provenance()));
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot format run.json", e);
        }
    }

    private static ObjectNode config(ExperimentConfig c) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("regime", c.regime().name());
        node.put("meta_steps", c.metaSteps());
        node.put("inner_steps", c.innerSteps());
        node.put("meta_batch", c.metaBatch());
        node.put("seed_count", c.seedCount());
        node.put("first_seed", c.firstSeed());
        node.put("train_points", c.trainPoints());
        node.put("grid_points", c.gridPoints());
        number(node, "noise_std", c.noiseStd());
        node.put("base_hidden", c.baseHidden());
        node.put("opt_hidden", c.optHidden());
        number(node, "base_init_gain", c.baseInitGain());
        number(node, "opt_init_std", c.optInitStd());
        number(node, "momentum_beta", c.momentumBeta());
        number(node, "meta_learning_rate", c.metaLearningRate());
        number(node, "adam_beta1", c.adamBeta1());
        number(node, "adam_beta2", c.adamBeta2());
        number(node, "adam_epsilon", c.adamEpsilon());
        number(node, "clip_norm", c.clipNorm());
        node.put("snapshot_every", c.snapshotEvery());
        node.put("gradient_mode", c.gradientMode().name());
        node.put("precision", c.precision().name());
        node.put("alpha_size", c.alphaSize());
        node.put("theta_size", c.thetaSize());
        return node;
    }

    private static ObjectNode provenance(Provenance p) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("rulescape_version", p.rulescapeVersion());
        node.put("git_commit", p.gitCommit());
        node.put("java", p.javaVersion());
        node.put("os", p.os());
        node.put("cores", p.cores());
        node.put("started", p.started().toString());
        if (p.finished() == null) {
            node.putNull("finished");
        } else {
            node.put("finished", p.finished().toString());
        }
        return node;
    }

    private static void number(ObjectNode node, String key, double value) {
        if (Double.isFinite(value)) {
            node.put(key, value);
        } else {
            node.put(key, Double.toString(value));
        }
    }

    /**
     * Parses run.json.
     *
     * @throws RunFormatException naming {@code file} when the JSON is unparsable, a field is
     *                            missing or has the wrong type, or the format version is newer
     */
    static RunDocument read(Path file, byte[] bytes) throws RunFormatException {
        JsonNode root;
        try {
            root = MAPPER.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new RunFormatException(file, "expected a JSON object but the JSON is unparsable ("
                    + e.getOriginalMessage() + " at line " + (e.getLocation() == null ? "?" : e.getLocation().getLineNr())
                    + "); the file is damaged or was cut short", e);
        } catch (IOException e) {
            throw new RunFormatException(file, "cannot parse the JSON: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new RunFormatException(file, "expected a JSON object, found "
                    + (root == null ? "an empty file" : root.getNodeType().toString().toLowerCase()));
        }
        Fields fields = new Fields(file, root, "");
        int version = fields.integer("format_version");
        if (version > RunLayout.FORMAT_VERSION) {
            throw new RunFormatException(file, "the run was written in format_version " + version
                    + " but this Rulescape reads format_version " + RunLayout.FORMAT_VERSION
                    + " at most; open it with a newer Rulescape");
        }
        if (version < 1) {
            throw new RunFormatException(file, "format_version must be at least 1, found " + version);
        }
        RunState state = fields.enumeration("state", RunState.class);
        String message = root.has("message") ? fields.text("message") : "";
        ExperimentConfig config = readConfig(file, fields.object("config"));
        int threads = root.has("threads") ? fields.integer("threads") : 0;
        int checkpointEvery = root.has("checkpoint_every") ? fields.integer("checkpoint_every") : 0;

        List<SeedStatus> seeds = new ArrayList<>();
        JsonNode seedArray = fields.array("seeds");
        for (int i = 0; i < seedArray.size(); i++) {
            Fields seed = new Fields(file, seedArray.get(i), "seeds[" + i + "].");
            seeds.add(new SeedStatus(seed.longInteger("seed"), seed.enumeration("status", SeedState.class),
                    seed.integer("steps_recorded"), seed.integer("diverged_at"), seed.text("message"),
                    seed.real("wall_seconds")));
        }
        Provenance provenance = readProvenance(fields.object("provenance"));
        return new RunDocument(version, state, message, config, threads, checkpointEvery, seeds, provenance);
    }

    private static ExperimentConfig readConfig(Path file, Fields c) throws RunFormatException {
        try {
            return new ExperimentConfig(c.enumeration("regime", Regime.class), c.integer("meta_steps"),
                    c.integer("inner_steps"), c.integer("meta_batch"), c.integer("seed_count"),
                    c.longInteger("first_seed"), c.integer("train_points"), c.integer("grid_points"),
                    c.real("noise_std"), c.integer("base_hidden"), c.integer("opt_hidden"),
                    c.real("base_init_gain"), c.real("opt_init_std"), c.real("momentum_beta"),
                    c.real("meta_learning_rate"), c.real("adam_beta1"), c.real("adam_beta2"),
                    c.real("adam_epsilon"), c.real("clip_norm"), c.integer("snapshot_every"),
                    c.enumeration("gradient_mode", GradientMode.class), c.enumeration("precision", Precision.class));
        } catch (IllegalArgumentException e) {
            throw new RunFormatException(file, "config contains invalid settings: " + e.getMessage(), e);
        }
    }

    private static Provenance readProvenance(Fields p) throws RunFormatException {
        String finished = p.nullableText("finished");
        return new Provenance(p.text("rulescape_version"), p.text("git_commit"), p.text("java"), p.text("os"),
                p.integer("cores"), p.instant("started"), finished == null ? null : p.instant("finished"));
    }

    /** Typed access to the fields of one JSON object, with errors that name the file and the key. */
    private static final class Fields {
        private final Path file;
        private final JsonNode node;
        private final String prefix;

        Fields(Path file, JsonNode node, String prefix) throws RunFormatException {
            if (node == null || !node.isObject()) {
                throw new RunFormatException(file, "expected " + (prefix.isEmpty() ? "an object" : prefix
                        .substring(0, prefix.length() - 1) + " to be an object") + ", found "
                        + (node == null ? "nothing" : node.getNodeType().toString().toLowerCase()));
            }
            this.file = file;
            this.node = node;
            this.prefix = prefix;
        }

        private JsonNode require(String key) throws RunFormatException {
            JsonNode value = node.get(key);
            if (value == null) {
                throw new RunFormatException(file, "missing field '" + prefix + key + "'");
            }
            return value;
        }

        private RunFormatException wrongType(String key, String expected, JsonNode found) {
            return new RunFormatException(file, "field '" + prefix + key + "' must be " + expected + ", found "
                    + found);
        }

        int integer(String key) throws RunFormatException {
            JsonNode value = require(key);
            if (!value.isInt()) {
                throw wrongType(key, "an integer", value);
            }
            return value.intValue();
        }

        long longInteger(String key) throws RunFormatException {
            JsonNode value = require(key);
            if (!value.isIntegralNumber() || !value.canConvertToLong()) {
                throw wrongType(key, "a 64-bit integer", value);
            }
            return value.longValue();
        }

        double real(String key) throws RunFormatException {
            JsonNode value = require(key);
            if (value.isNumber()) {
                return value.doubleValue();
            }
            if (value.isTextual()) {
                switch (value.textValue()) {
                    case "Infinity": return Double.POSITIVE_INFINITY;
                    case "-Infinity": return Double.NEGATIVE_INFINITY;
                    case "NaN": return Double.NaN;
                    default: break;
                }
            }
            throw wrongType(key, "a number (or \"Infinity\", \"-Infinity\", \"NaN\")", value);
        }

        String text(String key) throws RunFormatException {
            JsonNode value = require(key);
            if (!value.isTextual()) {
                throw wrongType(key, "a string", value);
            }
            return value.textValue();
        }

        String nullableText(String key) throws RunFormatException {
            JsonNode value = require(key);
            return value.isNull() ? null : text(key);
        }

        Instant instant(String key) throws RunFormatException {
            String text = text(key);
            try {
                return Instant.parse(text);
            } catch (DateTimeParseException e) {
                throw new RunFormatException(file, "field '" + prefix + key
                        + "' must be an ISO-8601 instant such as 2025-01-31T12:00:00Z, found \"" + text + "\"", e);
            }
        }

        <E extends Enum<E>> E enumeration(String key, Class<E> type) throws RunFormatException {
            String text = text(key);
            try {
                return Enum.valueOf(type, text);
            } catch (IllegalArgumentException e) {
                List<String> names = new ArrayList<>();
                for (E constant : type.getEnumConstants()) {
                    names.add(constant.name());
                }
                throw new RunFormatException(file, "field '" + prefix + key + "' must be one of " + names
                        + ", found \"" + text + "\"", e);
            }
        }

        Fields object(String key) throws RunFormatException {
            return new Fields(file, require(key), prefix + key + ".");
        }

        JsonNode array(String key) throws RunFormatException {
            JsonNode value = require(key);
            if (!value.isArray()) {
                throw wrongType(key, "an array", value);
            }
            return value;
        }
    }
}
