package org.rulescape.core.analysis.perturbation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.rulescape.core.experiment.AdamState;
import org.rulescape.core.store.AtomicFiles;
import org.rulescape.core.store.ConfigJson;
import org.rulescape.core.store.JsonFields;
import org.rulescape.core.store.NpyFiles;
import org.rulescape.core.store.Provenance;
import org.rulescape.core.store.RunFormatException;

/**
 * Saves a {@link PerturbationStudy} under RUN/analysis/perturbation/ (see
 * {@link PerturbationLayout}) and loads it again. Every file is written atomically, the arrays
 * before perturbation.json, so a reader never sees an index that points at missing arrays.
 *
 * <p>Only COMPLETE and DIVERGED trials keep their arrays. A CANCELLED or FAILED trial is listed
 * with its status and message but no path, so a cut-short trial can never load as complete.
 */
public final class PerturbationStore {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Object SAVE_LOCK = new Object();

    private PerturbationStore() {
    }

    /**
     * Writes the study into the run directory, replacing an earlier study.
     *
     * @throws IOException naming the file that could not be written
     */
    public static void save(Path runDir, PerturbationStudy study) throws IOException {
        Path folder = PerturbationLayout.folder(runDir);
        synchronized (SAVE_LOCK) {
            Files.createDirectories(folder.resolve(PerturbationLayout.TRIALS));
            ReferencePoint reference = study.reference();
            NpyFiles.writeFloat64(folder.resolve(PerturbationLayout.REFERENCE_ALPHA), reference.alpha());
            if (reference.adam() != null) {
                NpyFiles.writeFloat64(folder.resolve(PerturbationLayout.REFERENCE_ADAM),
                        new double[][] {reference.adam().firstMoment(), reference.adam().secondMoment()},
                        reference.alpha().length);
            }
            Set<Path> written = new HashSet<>();
            for (TrialResult trial : study.results()) {
                if (trial.status().isFinished()) {
                    Path alphas = PerturbationLayout.alphasFile(folder, trial.spec());
                    Path losses = PerturbationLayout.metaLossFile(folder, trial.spec());
                    NpyFiles.writeFloat64(alphas, trial.alphas(), reference.alpha().length);
                    NpyFiles.writeFloat64(losses, trial.metaLoss());
                    written.add(alphas.getFileName());
                    written.add(losses.getFileName());
                }
            }
            List<SigmaSummary> summaries = study.summaries();
            AtomicFiles.writeString(folder.resolve(PerturbationLayout.CURVES_CSV), PerturbationCsv.curves(study));
            AtomicFiles.writeString(folder.resolve(PerturbationLayout.SUMMARY_CSV), PerturbationCsv.summary(summaries));
            AtomicFiles.writeString(folder.resolve(PerturbationLayout.JSON), json(study, summaries));
            removeStaleTrialFiles(folder.resolve(PerturbationLayout.TRIALS), written);
        }
    }

    /**
     * Loads the study saved in the run directory.
     *
     * @return empty when the run has no perturbation study
     * @throws RunFormatException naming the file when the study is damaged or of a newer format
     */
    public static Optional<PerturbationStudy> load(Path runDir) throws IOException {
        Path folder = PerturbationLayout.folder(runDir);
        Path file = folder.resolve(PerturbationLayout.JSON);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(bytes);
        } catch (IOException e) {
            throw new RunFormatException(file, "expected JSON but it is unparsable; the file is damaged", e);
        }
        JsonFields fields = new JsonFields(file, root, "");
        int version = fields.integer("format_version");
        if (version > PerturbationLayout.FORMAT_VERSION) {
            throw new RunFormatException(file, "the study was written in format_version " + version
                    + " but this Rulescape reads " + PerturbationLayout.FORMAT_VERSION + " at most; open it with a newer Rulescape");
        }
        PerturbationSettings settings = readSettings(file, fields.object("settings"));
        ReferencePoint reference = readReference(folder, fields.object("reference"));
        List<TrialResult> trials = new ArrayList<>();
        JsonNode entries = fields.array("trials");
        for (int i = 0; i < entries.size(); i++) {
            trials.add(readTrial(folder, file, new JsonFields(file, entries.get(i), "trials[" + i + "]."), settings));
        }
        try {
            return Optional.of(new PerturbationStudy(settings, reference, trials));
        } catch (IllegalArgumentException e) {
            throw new RunFormatException(file, "the study is inconsistent: " + e.getMessage(), e);
        }
    }

    private static String json(PerturbationStudy study, List<SigmaSummary> summaries) throws IOException {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format_version", PerturbationLayout.FORMAT_VERSION);
        root.put("complete", study.isComplete());
        root.put("written", Instant.now().toString());
        root.put("rulescape_version", Provenance.buildVersion());
        root.put("git_commit", Provenance.buildCommit());
        root.put("verdict_rule", VerdictRule.TEXT);
        root.set("settings", settingsJson(study.settings()));

        ReferencePoint reference = study.reference();
        ObjectNode ref = root.putObject("reference");
        ref.put("seed", reference.seed());
        ref.put("first_step", reference.firstStep());
        JsonFields.putNumber(ref, "final_meta_loss", reference.finalMetaLoss());
        ref.put("alpha", PerturbationLayout.REFERENCE_ALPHA);
        if (reference.adam() == null) {
            ref.putNull("adam_updates");
        } else {
            ref.put("adam_updates", reference.adam().updates());
            ref.put("adam", PerturbationLayout.REFERENCE_ADAM);
        }

        ArrayNode trials = root.putArray("trials");
        for (TrialResult trial : study.results()) {
            ObjectNode node = trials.addObject();
            node.put("sigma_index", trial.spec().sigmaIndex());
            node.put("sigma", trial.spec().sigma());
            node.put("trial", trial.spec().trial());
            node.put("status", trial.status().name());
            node.put("message", trial.message());
            boolean kept = trial.status().isFinished();
            node.put("steps_completed", kept ? trial.stepsCompleted() : 0);
            node.put("name", PerturbationLayout.trialName(trial.spec()));
        }
        root.set("summary", PerturbationCsv.summaryJson(summaries));
        return MAPPER.writeValueAsString(root) + "\n";
    }

    private static ObjectNode settingsJson(PerturbationSettings settings) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("reference_seed", settings.referenceSeed());
        ArrayNode sigmas = node.putArray("sigmas");
        settings.sigmas().forEach(sigmas::add);
        node.put("trials", settings.trials());
        node.put("recovery_steps", settings.recoverySteps());
        node.put("direction_seed", settings.directionSeed());
        node.put("adam_moments", settings.adamMoments().name());
        node.set("training", ConfigJson.write(settings.training()));
        return node;
    }

    private static PerturbationSettings readSettings(Path file, JsonFields s) throws RunFormatException {
        List<Double> sigmas = new ArrayList<>();
        for (JsonNode sigma : s.array("sigmas")) {
            sigmas.add(sigma.asDouble(Double.NaN));
        }
        try {
            return new PerturbationSettings(s.longInteger("reference_seed"), sigmas, s.integer("trials"),
                    s.integer("recovery_steps"), s.longInteger("direction_seed"),
                    AdamMoments.parse(s.text("adam_moments")), ConfigJson.read(s.object("training")));
        } catch (IllegalArgumentException e) {
            throw new RunFormatException(file, "settings are invalid: " + e.getMessage(), e);
        }
    }

    private static ReferencePoint readReference(Path folder, JsonFields r) throws IOException {
        double[] alpha = NpyFiles.readFloat64Vector(folder.resolve(PerturbationLayout.REFERENCE_ALPHA));
        AdamState adam = null;
        if (r.has("adam_updates")) {
            Path adamFile = folder.resolve(PerturbationLayout.REFERENCE_ADAM);
            double[][] moments = NpyFiles.readFloat64Matrix(adamFile);
            if (moments.length != 2 || moments[0].length != alpha.length) {
                throw new RunFormatException(adamFile, "expected 2 x " + alpha.length + " Adam moments, found "
                        + moments.length + " x " + (moments.length == 0 ? 0 : moments[0].length));
            }
            adam = new AdamState(moments[0], moments[1], r.longInteger("adam_updates"));
        }
        return new ReferencePoint(r.longInteger("seed"), r.integer("first_step"), alpha,
                r.real("final_meta_loss"), adam);
    }

    private static TrialResult readTrial(Path folder, Path file, JsonFields t, PerturbationSettings settings)
            throws IOException {
        TrialSpec spec;
        TrialStatus status;
        try {
            spec = new TrialSpec(t.integer("sigma_index"), t.real("sigma"), t.integer("trial"));
            status = TrialStatus.valueOf(t.text("status"));
        } catch (IllegalArgumentException e) {
            throw new RunFormatException(file, "a trial entry is invalid: " + e.getMessage(), e);
        }
        String message = t.text("message");
        if (!status.isFinished()) {
            return TrialResult.notStarted(spec, status, message);
        }
        double[][] alphas = NpyFiles.readFloat64Matrix(PerturbationLayout.alphasFile(folder, spec));
        double[] metaLoss = NpyFiles.readFloat64Vector(PerturbationLayout.metaLossFile(folder, spec));
        int steps = t.integer("steps_completed");
        if (alphas.length != steps + 1) {
            throw new RunFormatException(PerturbationLayout.alphasFile(folder, spec), "expected " + (steps + 1)
                    + " rows for " + spec.label() + ", found " + alphas.length);
        }
        if (status == TrialStatus.COMPLETE && steps != settings.recoverySteps()) {
            throw new RunFormatException(file, spec.label() + " is marked COMPLETE after " + steps
                    + " steps but the settings ask for " + settings.recoverySteps());
        }
        try {
            return new TrialResult(spec, status, message, metaLoss, alphas);
        } catch (IllegalArgumentException e) {
            throw new RunFormatException(file, e.getMessage(), e);
        }
    }

    private static void removeStaleTrialFiles(Path trialsFolder, Set<Path> keep) throws IOException {
        try (Stream<Path> files = Files.list(trialsFolder)) {
            for (Path stale : files.filter(p -> !keep.contains(p.getFileName()))
                    .filter(p -> p.getFileName().toString().endsWith(".npy")).toList()) {
                Files.deleteIfExists(stale);
            }
        }
    }
}
