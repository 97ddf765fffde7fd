package org.rulescape.core.analysis.perturbation;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.rulescape.core.experiment.SeedHealth;
import org.rulescape.core.experiment.SeedResult;

/**
 * The default reference seed of a perturbation study and why it was chosen.
 *
 * <p>Rule: among seeds that can serve as reference ({@link ReferencePoints#usable}: DONE, with a
 * final alpha) and that {@link SeedHealth} does not flag UNSTABLE, take the one with the lowest
 * final level (the median meta-loss of its last {@link SeedHealth#FINAL_FRACTION} of steps).
 * When every usable seed is UNSTABLE, take the lowest final level overall and say so in
 * {@link #warning}. A single step's meta-loss is one noisy batch, and an UNSTABLE seed's final
 * alpha has left the region it learned, so neither makes a good reference.
 *
 * @param seed       the chosen seed
 * @param finalLevel its SeedHealth final level (meta-loss, validation MSE)
 * @param unstable   true when the chosen seed is flagged UNSTABLE (the fallback)
 * @param warning    empty, or one sentence for the user when the fallback was taken
 */
public record ReferenceChoice(long seed, double finalLevel, boolean unstable, String warning) {

    /** The rule in one sentence, for help texts and documents. */
    public static final String RULE = "the DONE seed that is not UNSTABLE with the lowest final level (median"
            + " meta-loss of its last 10 % of meta-steps); when every DONE seed is UNSTABLE, the lowest final"
            + " level overall, with a warning";

    public ReferenceChoice {
        Objects.requireNonNull(warning, "warning");
    }

    /** Returns the default reference of the seeds, empty when no seed is usable. */
    public static Optional<ReferenceChoice> of(List<SeedResult> seeds) {
        SeedHealth bestStable = null;
        SeedHealth bestAny = null;
        for (SeedResult result : seeds) {
            if (!ReferencePoints.usable(result)) {
                continue;
            }
            SeedHealth health = SeedHealth.of(result);
            if (!Double.isFinite(health.finalLevel())) {
                continue;
            }
            if (bestAny == null || health.finalLevel() < bestAny.finalLevel()) {
                bestAny = health;
            }
            if (!health.isUnstable() && (bestStable == null || health.finalLevel() < bestStable.finalLevel())) {
                bestStable = health;
            }
        }
        if (bestStable != null) {
            return Optional.of(new ReferenceChoice(bestStable.seed(), bestStable.finalLevel(), false, ""));
        }
        if (bestAny == null) {
            return Optional.empty();
        }
        String warning = String.format(Locale.ROOT, "Every finished seed is UNSTABLE, so the reference is seed %d,"
                + " the lowest final level (%.3g); its final alpha may not be a learned rule. Resume or retrain"
                + " the run, or choose the reference yourself.", bestAny.seed(), bestAny.finalLevel());
        return Optional.of(new ReferenceChoice(bestAny.seed(), bestAny.finalLevel(), true, warning));
    }
}
