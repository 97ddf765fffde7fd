package org.rulescape.figures.charts;

import java.util.Objects;
import org.rulescape.core.analysis.perturbation.TrialSpec;

/**
 * One trial's distance to the reference, d_t for t = 0 .. (steps so far), for the recovery chart.
 *
 * @param spec     which trial (the control has sigma index -1)
 * @param distance d_t so far; owned by the curve
 * @param finished true when the trial reached a terminal state; only finished trials and the
 *                 running ones of a live view are drawn, and only COMPLETE ones enter the band
 *                 once the trial is done
 */
public record RecoveryCurve(TrialSpec spec, double[] distance, boolean finished) {
    public RecoveryCurve {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(distance, "distance");
    }
}
