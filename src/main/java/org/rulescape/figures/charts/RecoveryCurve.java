package org.rulescape.figures.charts;

import java.util.Objects;
import org.rulescape.core.analysis.perturbation.TrialSpec;

/**
 * One trial's distance to the reference, d_t for t = 0 .. (steps so far), for the recovery chart.
 *
 * @param spec     which trial (the control has sigma index -1)
 * @param distance d_t so far; owned by the curve
 * @param finished true when the trial reached a terminal state, false for a running trial of a
 *                 live view
 */
public record RecoveryCurve(TrialSpec spec, double[] distance, boolean finished) {
    public RecoveryCurve {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(distance, "distance");
    }
}
