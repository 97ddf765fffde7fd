package org.rulescape.core.analysis.perturbation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.rulescape.core.model.ExperimentConfig;
import org.rulescape.core.model.GradientMode;
import org.rulescape.core.model.Precision;
import org.rulescape.core.model.Regime;
import org.rulescape.core.store.RunFormatException;

/**
 * The training settings of a perturbation study as JSON, with the same snake_case keys as the
 * {@code config} object of run.json. Non-finite numbers are written as the strings "Infinity",
 * "-Infinity" or "NaN".
 */
final class ConfigJson {
    private ConfigJson() {
    }

    static ObjectNode write(ExperimentConfig c) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
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
        return node;
    }

    static ExperimentConfig read(Path file, JsonNode node) throws RunFormatException {
        JsonFields c = new JsonFields(file, node, "settings.training.");
        try {
            return new ExperimentConfig(Regime.valueOf(c.text("regime")), c.integer("meta_steps"),
                    c.integer("inner_steps"), c.integer("meta_batch"), c.integer("seed_count"),
                    c.longInteger("first_seed"), c.integer("train_points"), c.integer("grid_points"),
                    c.real("noise_std"), c.integer("base_hidden"), c.integer("opt_hidden"),
                    c.real("base_init_gain"), c.real("opt_init_std"), c.real("momentum_beta"),
                    c.real("meta_learning_rate"), c.real("adam_beta1"), c.real("adam_beta2"),
                    c.real("adam_epsilon"), c.real("clip_norm"), c.integer("snapshot_every"),
                    GradientMode.valueOf(c.text("gradient_mode")), Precision.valueOf(c.text("precision")));
        } catch (IllegalArgumentException e) {
            throw new RunFormatException(file, "settings.training contains invalid settings: " + e.getMessage(), e);
        }
    }

    static void number(ObjectNode node, String key, double value) {
        if (Double.isFinite(value)) {
            node.put(key, value);
        } else {
            node.put(key, Double.toString(value));
        }
    }
}
