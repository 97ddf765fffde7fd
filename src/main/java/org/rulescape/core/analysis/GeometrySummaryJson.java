package org.rulescape.core.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.rulescape.core.experiment.SeedHealth;
import org.rulescape.core.store.JsonFields;
import org.rulescape.core.store.RunFormatException;

/** Builds the {@code summary.json} tree of a geometry report, and reads its options back. */
final class GeometrySummaryJson {
    private GeometrySummaryJson() {
    }

    static ObjectNode summary(GeometryReport report, String version, String commit) {
        ObjectNode root = GeometryFiles.object();
        root.put("format_version", GeometryFiles.FORMAT_VERSION);
        root.put("rulescape_version", version);
        root.put("git_commit", commit);
        root.put("seconds", report.seconds());
        root.set("options", options(report.options()));

        ArrayNode used = root.putArray("seeds");
        for (SeedAlphas seed : report.input().seeds()) {
            used.addObject().put("seed", seed.seed()).put("state", seed.state().name())
                    .put("final_step", seed.finalStep());
        }
        ArrayNode excluded = root.putArray("excluded_seeds");
        for (ExcludedSeed seed : report.input().excluded()) {
            excluded.addObject().put("seed", seed.seed()).put("state", seed.state()).put("reason", seed.reason());
        }
        root.put("included_unfinished", report.input().includedUnfinished());
        root.put("excluded_unstable", report.input().excludedUnstable());
        ArrayNode unstable = root.putArray("unstable_seeds");
        for (SeedHealth health : report.input().unstable()) {
            unstable.addObject().put("seed", health.seed()).put("min_meta_loss", health.minMetaLoss())
                    .put("min_step", health.minStep()).put("final_level", health.finalLevel())
                    .put("max_grad_norm", health.maxGradNorm());
        }
        root.put("unstable_rule", SeedHealth.RULE);
        root.set("notes", notes(report.options()));
        root.put("hidden_units", report.input().hidden());

        SeedMeasures m = report.perSeed();
        ObjectNode perSeed = root.putObject("per_seed");
        perSeed.set("mean_final_norm", estimate(m.meanFinalNorm()));
        perSeed.set("mean_initial_norm", estimate(m.meanInitialNorm()));
        perSeed.set("mean_distance_from_initial", estimate(m.meanFromInitial()));

        ObjectNode sets = root.putObject("sets");
        for (AlphaSetGeometry set : new AlphaSetGeometry[] {report.finals(), report.initials(), report.aligned()}) {
            sets.set(set.name(), set(set));
        }

        ObjectNode alignedInitial = root.putObject("aligned_initial_pairwise_distance");
        alignedInitial.set("mean", estimate(report.alignedInitialDistances().mean()));
        alignedInitial.set("std", estimate(report.alignedInitialDistances().std()));

        TrajectoryGeometry t = report.trajectories();
        ObjectNode time = root.putObject("dimension_over_time");
        ArrayNode steps = time.putArray("steps");
        ArrayNode dims = time.putArray("dimension");
        ArrayNode lower = time.putArray("null_lower");
        ArrayNode upper = time.putArray("null_upper");
        for (int i = 0; i < t.steps().length; i++) {
            steps.add(t.steps()[i]);
            dims.add(t.dimensions()[i]);
            lower.add(t.nullLower()[i]);
            upper.add(t.nullUpper()[i]);
        }
        time.set("pc1", GeometryFiles.array(t.pc1()));
        time.set("null_median", GeometryFiles.array(t.nullMedian()));
        return root;
    }

    /** Plain-language notes on how to read the intervals of this file. */
    private static ArrayNode notes(GeometryOptions o) {
        ArrayNode notes = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
        notes.add("Every 'interval' is a " + GeometryReportText.rangeLabel(o.intervalLevel()) + " over seeds:"
                + " stability under reweighting of seeds, not a confidence interval. Its 'level' is the central"
                + " fraction of bootstrap draws it spans.");
        notes.add("PCA intervals (dimension, pc1, pc2) are biased: reweighting about ten seeds in 81 dimensions"
                + " inflates PC1 and lowers D, so an interval can exclude its own observed value"
                + " (bootstrap_excludes_observed).");
        notes.add("A pairwise-distance std interval is uninformative when std_interval_informative is false: with"
                + " fewer than " + DistanceSummary.minSeedsForStdRange(o.intervalLevel()) + " seeds so many"
                + " resamples hold at most 2 distinct seeds (sd 0) that its lower bound is 0 by construction.");
        return notes;
    }

    private static ObjectNode options(GeometryOptions o) {
        return GeometryFiles.object().put("analysis_seed", o.analysisSeed())
                .put("bootstrap_draws", o.bootstrapDraws()).put("null_draws", o.nullDraws())
                .put("trajectory_null_draws", o.trajectoryNullDraws()).put("threshold", o.threshold())
                .put("interval_level", o.intervalLevel()).put("null_band_level", o.bandLevel())
                .put("pca_bootstrap", o.pcaBootstrap().name()).put("alignment_rounds", o.alignmentRounds())
                .put("distance_bootstrap", "RESAMPLE, pairs of copies of one seed left out");
    }

    /**
     * Parses the {@code options} block of a summary written by {@link #summary}.
     *
     * @param file the summary's path, named in errors
     * @throws RunFormatException naming the file and the field when the format version is not
     *                            {@link GeometryFiles#FORMAT_VERSION}, or a field is missing, of the
     *                            wrong type or out of range
     */
    static GeometryOptions readOptions(Path file, JsonNode root) throws RunFormatException {
        JsonFields fields = new JsonFields(file, root, "");
        int version = fields.integer("format_version");
        if (version != GeometryFiles.FORMAT_VERSION) {
            throw new RunFormatException(file, "field 'format_version' is " + version + ", but this Rulescape"
                    + " reads version " + GeometryFiles.FORMAT_VERSION);
        }
        JsonFields options = fields.object("options");
        long analysisSeed = options.longInteger("analysis_seed");
        int bootstrapDraws = atLeast(options, "bootstrap_draws", 1);
        int nullDraws = atLeast(options, "null_draws", 1);
        int trajectoryNullDraws = atLeast(options, "trajectory_null_draws", 1);
        double threshold = options.real("threshold");
        if (!(threshold > 0 && threshold <= 1)) {
            throw outOfRange(options, "threshold", "lie in (0, 1]", threshold);
        }
        double intervalLevel = openUnitInterval(options, "interval_level");
        double bandLevel = openUnitInterval(options, "null_band_level");
        BootstrapScheme scheme = options.enumeration("pca_bootstrap", BootstrapScheme.class);
        int alignmentRounds = atLeast(options, "alignment_rounds", 0);
        return new GeometryOptions(analysisSeed, bootstrapDraws, nullDraws, trajectoryNullDraws, threshold,
                intervalLevel, bandLevel, scheme, alignmentRounds);
    }

    /**
     * Reads which seeds the stored analysis admitted: {@code [included_unfinished,
     * excluded_unstable]}, the values of {@code --include-diverged} and {@code --exclude-unstable}.
     */
    static boolean[] readSeedSelection(Path file, JsonNode root) throws RunFormatException {
        JsonFields fields = new JsonFields(file, root, "");
        return new boolean[] {fields.bool("included_unfinished"), fields.bool("excluded_unstable")};
    }

    private static int atLeast(JsonFields options, String key, int min) throws RunFormatException {
        int value = options.integer(key);
        if (value < min) {
            throw outOfRange(options, key, "be at least " + min, value);
        }
        return value;
    }

    private static double openUnitInterval(JsonFields options, String key) throws RunFormatException {
        double value = options.real(key);
        if (!(value > 0 && value < 1)) {
            throw outOfRange(options, key, "lie in (0, 1)", value);
        }
        return value;
    }

    private static RunFormatException outOfRange(JsonFields options, String key, String rule, Object value) {
        return new RunFormatException(options.file(),
                "field '" + options.path() + "." + key + "' must " + rule + ", found " + value);
    }

    private static ObjectNode set(AlphaSetGeometry set) {
        ObjectNode node = GeometryFiles.object();
        node.put("seeds", set.alphas().length);
        node.put("columns", set.alphas()[0].length);
        DistanceSummary d = set.distances();
        ObjectNode distances = node.putObject("pairwise_distance");
        distances.set("mean", estimate(d.mean()));
        distances.set("std", estimate(d.std()));
        distances.put("bootstrap_draws_skipped", d.skippedDraws());
        distances.put("std_interval_informative", d.stdRangeInformative());

        PcaOutcome pca = set.pca();
        ObjectNode pcaNode = node.putObject("pca");
        pcaNode.put("zero_variance", pca instanceof ZeroVariance);
        pcaNode.put("max_nonzero_components", PcaOutcome.maxComponents(pca.rows(), pca.columns()));
        pcaNode.put("total_variance", pca.totalVariance());
        pcaNode.set("ratios", GeometryFiles.array(pca.ratios()));
        pcaNode.set("cumulative", GeometryFiles.array(pca.cumulative()));
        PcaBootstrap b = set.bootstrap();
        pcaNode.put("threshold", b.threshold());
        pcaNode.set("dimension", estimate(b.dimension()));
        pcaNode.set("pc1", estimate(b.pc1()));
        pcaNode.set("pc2", estimate(b.pc2()));
        pcaNode.put("bootstrap_scheme", b.scheme().name());
        pcaNode.put("bootstrap_excludes_observed", b.excludesObserved());

        ObjectNode nulls = node.putObject("null");
        for (NullSpectrum spectrum : new NullSpectrum[] {set.gaussianNull(), set.shuffledNull()}) {
            ObjectNode n = nulls.putObject(spectrum.model().name().toLowerCase(java.util.Locale.ROOT));
            n.put("draws", spectrum.draws());
            n.put("dimension_median", spectrum.dimensionMedian());
            n.set("dimension_band", interval(spectrum.dimensionBand()));
            n.put("fraction_dimension_at_most_observed", spectrum.fractionDimensionAtMost(set.dimension()));
            n.put("fraction_pc1_at_least_observed", spectrum.fractionAtLeast(0, pca.ratio(0)));
            n.set("ratio_lower", GeometryFiles.array(spectrum.lower()));
            n.set("ratio_median", GeometryFiles.array(spectrum.median()));
            n.set("ratio_upper", GeometryFiles.array(spectrum.upper()));
        }
        return node;
    }

    private static ObjectNode estimate(Estimate e) {
        ObjectNode node = GeometryFiles.object().put("value", e.value());
        node.set("interval", interval(e.interval()));
        return node;
    }

    private static ObjectNode interval(Interval i) {
        return GeometryFiles.object().put("lower", i.lower()).put("upper", i.upper()).put("level", i.level());
    }
}
