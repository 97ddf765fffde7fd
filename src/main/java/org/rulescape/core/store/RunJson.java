package org.rulescape.core.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.rulescape.core.experiment.SeedState;
import org.rulescape.core.model.ExperimentConfig;

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
            JsonFields.putNumber(seed, "wall_seconds", status.wallSeconds());
            SeedHealthJson.write(seed, status.health());
        }
        root.set("provenance", provenance(document.provenance()));
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot format run.json", e);
        }
    }

    /** The settings (see {@link ConfigJson}) followed by the derived alpha_size and theta_size. */
    private static ObjectNode config(ExperimentConfig c) {
        ObjectNode node = ConfigJson.write(c);
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
        JsonFields fields = new JsonFields(file, root, "");
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
        ExperimentConfig config = ConfigJson.read(fields.object("config"));
        int threads = root.has("threads") ? fields.integer("threads") : 0;
        int checkpointEvery = root.has("checkpoint_every") ? fields.integer("checkpoint_every") : 0;

        List<SeedStatus> seeds = new ArrayList<>();
        JsonNode seedArray = fields.array("seeds");
        for (int i = 0; i < seedArray.size(); i++) {
            JsonFields seed = new JsonFields(file, seedArray.get(i), "seeds[" + i + "].");
            long id = seed.longInteger("seed");
            seeds.add(new SeedStatus(id, seed.enumeration("status", SeedState.class),
                    seed.integer("steps_recorded"), seed.integer("diverged_at"), seed.text("message"),
                    seed.real("wall_seconds"), SeedHealthJson.read(id, seed)));
        }
        Provenance provenance = readProvenance(fields.object("provenance"));
        return new RunDocument(version, state, message, config, threads, checkpointEvery, seeds, provenance);
    }

    private static Provenance readProvenance(JsonFields p) throws RunFormatException {
        String finished = p.nullableText("finished");
        return new Provenance(p.text("rulescape_version"), p.text("git_commit"), p.text("java"), p.text("os"),
                p.integer("cores"), p.instant("started"), finished == null ? null : p.instant("finished"));
    }
}
