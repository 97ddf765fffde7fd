package org.rulescape.fx.perturbation;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rulescape.core.analysis.perturbation.TrialSpec;
import org.rulescape.figures.charts.RecoveryCurve;

/** Growing distance curves of running trials, keyed by trial; FX thread only. */
final class LiveCurves {
    private final Map<TrialSpec, double[]> values = new LinkedHashMap<>();
    private final Map<TrialSpec, Integer> lengths = new LinkedHashMap<>();

    /** Records d at {@code step}; steps arrive in order for one trial. */
    void add(TrialSpec spec, int step, double distance) {
        double[] curve = values.computeIfAbsent(spec, s -> new double[64]);
        if (step >= curve.length) {
            curve = Arrays.copyOf(curve, Math.max(step + 1, curve.length * 2));
            values.put(spec, curve);
        }
        curve[step] = distance;
        lengths.merge(spec, step + 1, Math::max);
    }

    /** Drops the live curves of one sigma (or of the control, index -1). */
    void removeSigma(int sigmaIndex) {
        values.keySet().removeIf(spec -> spec.sigmaIndex() == sigmaIndex);
        lengths.keySet().removeIf(spec -> spec.sigmaIndex() == sigmaIndex);
    }

    void clear() {
        values.clear();
        lengths.clear();
    }

    /** Returns copies of the live curves of the given sigma indexes (-1 for the control). */
    List<RecoveryCurve> curves(java.util.Set<Integer> sigmaIndexes) {
        return values.entrySet().stream()
                .filter(e -> sigmaIndexes.contains(e.getKey().sigmaIndex()))
                .map(e -> new RecoveryCurve(e.getKey(), Arrays.copyOf(e.getValue(), lengths.get(e.getKey())), false))
                .toList();
    }
}
