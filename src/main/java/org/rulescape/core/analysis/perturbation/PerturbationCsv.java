package org.rulescape.core.analysis.perturbation;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.rulescape.core.store.JsonFields;

/**
 * Text tables of a study: curves.csv (one row per trial and step) and summary.csv (one row per
 * sigma). Numbers are written with {@link Double#toString}, so they read back exactly; NaN and
 * infinities are written as NaN, Infinity and -Infinity, never dropped.
 */
final class PerturbationCsv {
    static final String CURVES_HEADER = "sigma_index,sigma,trial,status,step,distance,aligned_distance,separation,meta_loss";
    static final String SUMMARY_HEADER = "sigma_index,sigma,planned,complete,diverged,d0,dT_mean,dT_low,dT_high,"
            + "dT_over_d0_mean,dT_over_d0_low,dT_over_d0_high,sT_over_sigma_mean,sT_over_sigma_low,"
            + "sT_over_sigma_high,aligned_d0,aligned_dT_mean,aligned_dT_low,aligned_dT_high,control_drift,neutral_distance,end_loss_vs_reference,"
            + "end_loss_vs_reference_low,end_loss_vs_reference_high,"
            + "end_loss_vs_control_mean,end_loss_vs_control_low,end_loss_vs_control_high,verdict,loss_warning";

    private PerturbationCsv() {
    }

    /**
     * Rows for every finished trial: step t from 0 to its last, d_t, the symmetry-aware d_t, s_t (empty without a
     * complete control) and the meta-loss of step t (empty at the last row, which has no step).
     */
    static String curves(PerturbationStudy study) {
        StringBuilder out = new StringBuilder(CURVES_HEADER).append('\n');
        Optional<TrialResult> control = study.control().filter(TrialResult::isComplete);
        for (TrialResult trial : study.results()) {
            if (!trial.status().isFinished()) {
                continue;
            }
            double[] distance = trial.distanceTo(study.reference().alpha());
            double[] aligned = trial.alignedDistanceTo(study.reference().alpha(), study.settings().training().optHidden());
            double[] separation = control.map(trial::separationFrom).orElse(new double[0]);
            for (int t = 0; t < distance.length; t++) {
                out.append(trial.spec().sigmaIndex()).append(',').append(trial.spec().sigma()).append(',')
                        .append(trial.spec().trial()).append(',').append(trial.status()).append(',')
                        .append(t).append(',').append(distance[t]).append(',').append(aligned[t]).append(',')
                        .append(t < separation.length ? Double.toString(separation[t]) : "").append(',')
                        .append(t < trial.metaLoss().length ? Double.toString(trial.metaLoss()[t]) : "")
                        .append('\n');
            }
        }
        return out.toString();
    }

    static String summary(List<SigmaSummary> rows) {
        StringBuilder out = new StringBuilder(SUMMARY_HEADER).append('\n');
        for (SigmaSummary s : rows) {
            out.append(s.sigmaIndex()).append(',').append(s.sigma()).append(',').append(s.planned()).append(',')
                    .append(s.complete()).append(',').append(s.diverged()).append(',')
                    .append(s.startDistance().mean()).append(',');
            interval(out, s.endDistance());
            interval(out, s.distanceRatio());
            interval(out, s.separationRatio());
            out.append(s.alignedStartDistance().mean()).append(',');
            interval(out, s.alignedEndDistance());
            out.append(s.controlDrift()).append(',').append(s.neutralDistance()).append(',');
            interval(out, s.endLossVsReference());
            interval(out, s.endLossVsControl());
            out.append(s.verdict().label()).append(',').append(s.lossWarning()).append('\n');
        }
        return out.toString();
    }

    private static void interval(StringBuilder out, MeanInterval interval) {
        out.append(interval.mean()).append(',').append(interval.low()).append(',').append(interval.high()).append(',');
    }

    static ArrayNode summaryJson(List<SigmaSummary> rows) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        for (SigmaSummary s : rows) {
            ObjectNode node = array.addObject();
            node.put("sigma_index", s.sigmaIndex());
            node.put("sigma", s.sigma());
            node.put("planned", s.planned());
            node.put("complete", s.complete());
            node.put("diverged", s.diverged());
            JsonFields.putNumber(node, "d0", s.startDistance().mean());
            intervalJson(node, "dT", s.endDistance());
            intervalJson(node, "dT_over_d0", s.distanceRatio());
            intervalJson(node, "sT_over_sigma", s.separationRatio());
            JsonFields.putNumber(node, "aligned_d0", s.alignedStartDistance().mean());
            intervalJson(node, "aligned_dT", s.alignedEndDistance());
            JsonFields.putNumber(node, "control_drift", s.controlDrift());
            JsonFields.putNumber(node, "neutral_distance", s.neutralDistance());
            JsonFields.putNumber(node, "end_loss_vs_reference", s.endLossVsReference().mean());
            intervalJson(node, "end_loss_vs_reference_interval", s.endLossVsReference());
            intervalJson(node, "end_loss_vs_control", s.endLossVsControl());
            node.put("loss_ratio_mean", "geometric");
            node.put("verdict", s.verdict().label());
            node.put("loss_warning", s.lossWarning());
        }
        return array;
    }

    private static void intervalJson(ObjectNode node, String key, MeanInterval interval) {
        ObjectNode value = node.putObject(key);
        JsonFields.putNumber(value, "mean", interval.mean());
        JsonFields.putNumber(value, "low", interval.low());
        JsonFields.putNumber(value, "high", interval.high());
        value.put("count", interval.count());
    }
}
