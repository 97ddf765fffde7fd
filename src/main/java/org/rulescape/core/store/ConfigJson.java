package org.rulescape.core.store;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.rulescape.core.model.ExperimentConfig;
import org.rulescape.core.model.GradientMode;
import org.rulescape.core.model.Precision;
import org.rulescape.core.model.Regime;

/**
 * An {@link ExperimentConfig} as a JSON object with snake_case keys: the {@code config} object of
 * run.json and the {@code settings.training} object of perturbation.json. Non-finite numbers
 * (for example clip_norm = infinity) are written as the strings "Infinity", "-Infinity" or "NaN".
 */
public final class ConfigJson {
    private ConfigJson() {
    }

    /** Returns the settings of {@code c}, one key per record component, in declaration order. */
    public static ObjectNode write(ExperimentConfig c) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("regime", c.regime().name());
        node.put("meta_steps", c.metaSteps());
        node.put("inner_steps", c.innerSteps());
        node.put("meta_batch", c.metaBatch());
        node.put("seed_count", c.seedCount());
        node.put("first_seed", c.firstSeed());
        node.put("train_points", c.trainPoints());
        node.put("grid_points", c.gridPoints());
        JsonFields.putNumber(node, "noise_std", c.noiseStd());
        node.put("base_hidden", c.baseHidden());
        node.put("opt_hidden", c.optHidden());
        JsonFields.putNumber(node, "base_init_gain", c.baseInitGain());
        JsonFields.putNumber(node, "opt_init_std", c.optInitStd());
        JsonFields.putNumber(node, "momentum_beta", c.momentumBeta());
        JsonFields.putNumber(node, "meta_learning_rate", c.metaLearningRate());
        JsonFields.putNumber(node, "adam_beta1", c.adamBeta1());
        JsonFields.putNumber(node, "adam_beta2", c.adamBeta2());
        JsonFields.putNumber(node, "adam_epsilon", c.adamEpsilon());
        JsonFields.putNumber(node, "clip_norm", c.clipNorm());
        node.put("snapshot_every", c.snapshotEvery());
        node.put("gradient_mode", c.gradientMode().name());
        node.put("precision", c.precision().name());
        return node;
    }

    /**
     * Reads the settings written by {@link #write}; other keys (such as run.json's derived
     * alpha_size and theta_size) are ignored.
     *
     * @throws RunFormatException naming the file and the key when a field is missing or of the
     *                            wrong type, or when the settings break a rule of {@link ExperimentConfig}
     */
    public static ExperimentConfig read(JsonFields c) throws RunFormatException {
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
            throw new RunFormatException(c.file(), c.path() + " contains invalid settings: " + e.getMessage(), e);
        }
    }
}
