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

    /** Unit and valid range of the field, shown as the text field's prompt and tooltip. */
    String hint() {
        return switch (this) {
            case META_STEPS -> "meta-steps per seed; whole number >= 1";
            case INNER_STEPS -> "optimizer steps per task (T); whole number >= 1";
            case META_BATCH -> "tasks per meta-step; whole number >= 1";
            case SEEDS -> "number of seeds; whole number >= 1";
            case FIRST_SEED -> "seeds are this, this + 1, ...; any whole number";
            case TRAIN_POINTS -> "points per task's training set; whole number >= 2";
            case GRID_POINTS -> "points on the validation grid; whole number >= 2";
            case NOISE -> "std of the noise on training outputs (output units); number >= 0";
            case BASE_HIDDEN -> "hidden units of the base model; whole number >= 1";
            case OPT_HIDDEN -> "hidden units K of the learned optimizer; whole number >= 1";
            case BASE_INIT_GAIN -> "scale of the base model's initial weights; number > 0";
            case OPT_INIT_STD -> "std of the optimizer's initial alphas; number > 0";
            case MOMENTUM -> "momentum feature decay; in [0, 1)";
            case META_LR -> "Adam step size on alpha; number > 0, e.g. 0.001";
            case ADAM_BETA1 -> "Adam first-moment decay; in [0, 1)";
            case ADAM_BETA2 -> "Adam second-moment decay; in [0, 1)";
            case ADAM_EPSILON -> "Adam denominator term; number > 0, e.g. 1e-8";
            case CLIP_NORM -> "largest meta-gradient norm; number > 0, or inf (no clipping)";
            case SNAPSHOT_EVERY -> "meta-steps between alpha snapshots; whole number >= 1";
        };
    }

    /** Returns the valid range part of {@link #hint()}, for example "in [0, 1)". */
    String range() {
        String hint = hint();
        return hint.substring(hint.lastIndexOf("; ") + 2);
    }

    /**
     * Rewrites a validation message that starts with this field's option name so that it starts
     * with the form's label instead, for example {@code "meta-lr must be ..."} becomes
     * {@code "Meta learning rate must be ..."}. Other messages are returned unchanged.
     */
    String relabel(String message) {
        return message.startsWith(optionName + " ") ? label + message.substring(optionName.length()) : message;
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
     * @throws IllegalArgumentException with a message naming the field by its label, the text and the expected form
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
            throw new IllegalArgumentException(label + " must be " + expected + ", got '" + trimmed + "'", e);
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
