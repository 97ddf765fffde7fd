package org.rulescape.fx.training;

import java.util.Locale;
import java.util.function.Function;
import org.rulescape.core.model.ExperimentConfig;

/**
 * The numeric fields of {@link ExperimentConfig} as the new-run form edits them. Each field's
 * name is the command-line option name, which is also how {@link ExperimentConfig#problems}
 * names it in its messages, so form and command line share one set of rules.
 */
enum ConfigField {
    META_STEPS("meta-steps", "Meta-steps", Kind.INT, c -> c.metaSteps()),
    INNER_STEPS("inner-steps", "Inner steps T", Kind.INT, c -> c.innerSteps()),
    META_BATCH("meta-batch", "Meta-batch (tasks)", Kind.INT, c -> c.metaBatch()),
    SEEDS("seeds", "Seeds", Kind.INT, c -> c.seedCount()),
    FIRST_SEED("first-seed", "First seed", Kind.LONG, c -> c.firstSeed()),
    TRAIN_POINTS("train-points", "Training points", Kind.INT, c -> c.trainPoints()),
    GRID_POINTS("grid-points", "Validation grid points", Kind.INT, c -> c.gridPoints()),
    NOISE("noise", "Noise std", Kind.DOUBLE, c -> c.noiseStd()),
    BASE_HIDDEN("base-hidden", "Base model hidden width", Kind.INT, c -> c.baseHidden()),
    OPT_HIDDEN("opt-hidden", "Optimizer hidden width", Kind.INT, c -> c.optHidden()),
    BASE_INIT_GAIN("base-init-gain", "Base init gain", Kind.DOUBLE, c -> c.baseInitGain()),
    OPT_INIT_STD("opt-init-std", "Optimizer init std", Kind.DOUBLE, c -> c.optInitStd()),
    MOMENTUM("momentum", "Momentum beta", Kind.DOUBLE, c -> c.momentumBeta()),
    META_LR("meta-lr", "Meta learning rate", Kind.DOUBLE, c -> c.metaLearningRate()),
    ADAM_BETA1("adam-beta1", "Adam beta1", Kind.DOUBLE, c -> c.adamBeta1()),
    ADAM_BETA2("adam-beta2", "Adam beta2", Kind.DOUBLE, c -> c.adamBeta2()),
    ADAM_EPSILON("adam-epsilon", "Adam epsilon", Kind.DOUBLE, c -> c.adamEpsilon()),
    CLIP_NORM("clip-norm", "Gradient clip norm", Kind.DOUBLE, c -> c.clipNorm()),
    SNAPSHOT_EVERY("snapshot-every", "Snapshot every (meta-steps)", Kind.INT, c -> c.snapshotEvery());

    /** How a field's text is parsed. */
    enum Kind { INT, LONG, DOUBLE }

    private final String optionName;
    private final String label;
    private final Kind kind;
    private final Function<ExperimentConfig, Number> getter;

    ConfigField(String optionName, String label, Kind kind, Function<ExperimentConfig, Number> getter) {
        this.optionName = optionName;
        this.label = label;
        this.kind = kind;
        this.getter = getter;
    }

    /** Command-line option name without dashes, as used in validation messages. */
    String optionName() {
        return optionName;
    }

    String label() {
        return label;
    }

    Kind kind() {
        return kind;
    }

    /** Returns this field's value in {@code config} as the form shows it. */
    String format(ExperimentConfig config) {
        Number value = getter.apply(config);
        if (kind != Kind.DOUBLE) {
            return value.toString();
        }
        double d = value.doubleValue();
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        return d == Math.rint(d) && Math.abs(d) < 1e6 ? String.valueOf((long) d) : String.valueOf(d);
    }

    /**
     * Parses the text of this field.
     *
     * @throws IllegalArgumentException with a message naming the field, the text and the expected form
     */
    Number parse(String text) {
        String trimmed = text == null ? "" : text.trim();
        try {
            return switch (kind) {
                case INT -> Integer.parseInt(trimmed);
                case LONG -> Long.parseLong(trimmed);
                case DOUBLE -> parseDouble(trimmed);
            };
        } catch (NumberFormatException e) {
            String expected = kind == Kind.DOUBLE ? "a number such as 0.001 or 1e-3" : "a whole number";
            throw new IllegalArgumentException(optionName + " must be " + expected + ", got '" + trimmed + "'", e);
        }
    }

    private static double parseDouble(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.equals("inf") || lower.equals("infinity") || lower.equals("+inf")) {
            return Double.POSITIVE_INFINITY;
        }
        if (lower.equals("nan")) {
            return Double.NaN;
        }
        return Double.parseDouble(text);
    }

    /** Returns the field a validation message is about, or null when it names none. */
    static ConfigField ofMessage(String message) {
        ConfigField best = null;
        for (ConfigField field : values()) {
            if (message.startsWith(field.optionName + " ")
                    && (best == null || field.optionName.length() > best.optionName.length())) {
                best = field;
            }
        }
        return best;
    }
}
