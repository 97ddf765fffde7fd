package org.rulescape.core.analysis.perturbation;

import java.util.ArrayList;
import java.util.List;
import org.rulescape.core.analysis.OptimizerSymmetry;

/**
 * Builds the per-sigma summary table of a {@link PerturbationStudy}. End meta-losses are the
 * mean over the last {@link #endWindow} recovery steps, because one step's loss is one noisy
 * batch; comparing with the control over the same steps uses the same batches (paired).
 */
public final class RecoverySummaries {
    private RecoverySummaries() {
    }

    /** Steps averaged into an end meta-loss: a tenth of the recovery steps, at least one. */
    public static int endWindow(int recoverySteps) {
        return Math.max(1, recoverySteps / 10);
    }

    /** Returns the control's row (when it ran) followed by one row per sigma with results. */
    public static List<SigmaSummary> summarize(PerturbationStudy study) {
        PerturbationSettings settings = study.settings();
        ReferencePoint reference = study.reference();
        int window = endWindow(settings.recoverySteps());
        TrialResult control = study.control().filter(TrialResult::isComplete).orElse(null);
        double drift = control == null ? Double.NaN : last(control.distanceTo(reference.alpha()));
        int hidden = settings.training().optHidden();
        double controlEndLoss = control == null ? Double.NaN : control.endMetaLoss(window);

        List<SigmaSummary> rows = new ArrayList<>();
        if (control != null) {
            MeanInterval dT = MeanInterval.of(new double[] {drift});
            MeanInterval none = MeanInterval.of(new double[0]);
            MeanInterval zero = MeanInterval.of(new double[] {0.0});
            MeanInterval alignedDrift = MeanInterval.of(new double[] {aligned(control.finalAlpha(), reference, hidden)});
            rows.add(new SigmaSummary(TrialSpec.CONTROL_INDEX, 0.0, 1, 1, 0, zero,
                    dT, none, none, zero, alignedDrift, drift, drift,
                    ratioInterval(new double[] {controlEndLoss / reference.finalMetaLoss()}),
                    MeanInterval.of(new double[] {1.0}), Verdict.CONTROL));
        }
        for (int index = 0; index < settings.sigmas().size(); index++) {
            List<TrialResult> trials = study.trialsOf(index);
            if (!trials.isEmpty()) {
                rows.add(summarizeSigma(settings, reference, index, trials, control, drift, controlEndLoss,
                        window, hidden));
            }
        }
        return rows;
    }

    private static SigmaSummary summarizeSigma(PerturbationSettings settings, ReferencePoint reference,
            int index, List<TrialResult> trials, TrialResult control, double drift, double controlEndLoss,
            int window, int hidden) {
        double sigma = settings.sigma(index);
        List<TrialResult> complete = trials.stream().filter(TrialResult::isComplete).toList();
        int diverged = (int) trials.stream().filter(t -> t.status() == TrialStatus.DIVERGED).count();
        int n = complete.size();

        double[] start = new double[n];
        double[] end = new double[n];
        double[] ratio = new double[n];
        double[] separation = new double[control == null ? 0 : n];
        double[] alignedStart = new double[n];
        double[] alignedEnd = new double[n];
        double[] lossVsReference = new double[n];
        double[] lossVsControl = new double[control == null ? 0 : n];
        for (int i = 0; i < n; i++) {
            TrialResult trial = complete.get(i);
            double[] distance = trial.distanceTo(reference.alpha());
            start[i] = distance[0];
            end[i] = last(distance);
            ratio[i] = end[i] / start[i];
            alignedStart[i] = aligned(trial.alphas()[0], reference, hidden);
            alignedEnd[i] = aligned(trial.finalAlpha(), reference, hidden);
            double endLoss = trial.endMetaLoss(window);
            lossVsReference[i] = endLoss / reference.finalMetaLoss();
            if (control != null) {
                separation[i] = last(trial.separationFrom(control)) / sigma;
                lossVsControl[i] = endLoss / controlEndLoss;
            }
        }
        MeanInterval separationRatio = MeanInterval.of(separation);
        Verdict verdict = control == null ? Verdict.TOO_FEW_TRIALS : VerdictRule.apply(separationRatio);
        return new SigmaSummary(index, sigma, settings.trials(), n, diverged, MeanInterval.of(start),
                MeanInterval.of(end), MeanInterval.of(ratio), separationRatio, MeanInterval.of(alignedStart),
                MeanInterval.of(alignedEnd), drift,
                Math.sqrt(sigma * sigma + drift * drift), ratioInterval(lossVsReference),
                ratioInterval(lossVsControl), verdict);
    }

    /**
     * Returns the geometric mean of loss ratios with its log-scale interval. A ratio that is not
     * positive and finite (a zero or non-finite loss) has no logarithm, so then the arithmetic
     * mean is returned without bounds, which shows the bad value instead of hiding it.
     */
    static MeanInterval ratioInterval(double[] ratios) {
        for (double ratio : ratios) {
            if (!(ratio > 0 && Double.isFinite(ratio))) {
                double sum = 0;
                for (double value : ratios) {
                    sum += value;
                }
                return new MeanInterval(sum / ratios.length, Double.NaN, Double.NaN, ratios.length);
            }
        }
        return MeanInterval.geometric(ratios);
    }

    private static double aligned(double[] alpha, ReferencePoint reference, int hidden) {
        return OptimizerSymmetry.align(reference.alpha(), alpha, hidden).distance();
    }

    private static double last(double[] values) {
        return values[values.length - 1];
    }
}
