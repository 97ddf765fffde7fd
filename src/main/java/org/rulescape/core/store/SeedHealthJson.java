package org.rulescape.core.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.rulescape.core.experiment.SeedHealth;

/**
 * The optional {@code health} object of a seed entry in run.json. Runs written before it existed
 * lack it, and readers then get null; the assessment can always be recomputed from metrics.csv.
 */
final class SeedHealthJson {
    static final String KEY = "health";

    private SeedHealthJson() {
    }

    /** Adds {@code health} to a seed entry when the assessment exists. */
    static void write(ObjectNode seedEntry, SeedHealth health) {
        if (health == null) {
            return;
        }
        ObjectNode node = seedEntry.putObject(KEY);
        node.put("flag", health.flag().name());
        node.put("steps", health.steps());
        node.put("non_finite_steps", health.nonFinite());
        JsonFields.putNumber(node, "min_meta_loss", health.minMetaLoss());
        node.put("min_step", health.minStep());
        JsonFields.putNumber(node, "final_level", health.finalLevel());
        node.put("final_window", health.finalWindow());
        JsonFields.putNumber(node, "max_grad_norm", health.maxGradNorm());
        node.put("max_grad_step", health.maxGradStep());
        JsonFields.putNumber(node, "unstable_factor", SeedHealth.UNSTABLE_FACTOR);
        node.put("rule", SeedHealth.RULE);
    }

    /** Reads {@code health} from a seed entry, or returns null when the entry has none. */
    static SeedHealth read(long seed, JsonFields seedEntry) throws RunFormatException {
        if (!seedEntry.has(KEY)) {
            return null;
        }
        JsonFields h = seedEntry.object(KEY);
        return new SeedHealth(seed, h.integer("steps"), h.integer("non_finite_steps"), h.real("min_meta_loss"),
                h.integer("min_step"), h.real("final_level"), h.integer("final_window"), h.real("max_grad_norm"),
                h.integer("max_grad_step"), h.enumeration("flag", SeedHealth.Flag.class));
    }
}
