package org.rulescape.core.analysis.perturbation;

import java.nio.file.Path;

/**
 * Names of the files of a perturbation study inside a run directory:
 * <pre>
 * RUN/analysis/perturbation/perturbation.json       settings, reference, trial index, summary
 * RUN/analysis/perturbation/reference_alpha.npy     P float64, alpha_ref
 * RUN/analysis/perturbation/reference_adam.npy      2 x P float64, Adam moments (continued Adam only)
 * RUN/analysis/perturbation/trials/NAME_alphas.npy  (steps + 1) x P float64, the trial's path
 * RUN/analysis/perturbation/trials/NAME_meta_loss.npy  steps float64
 * RUN/analysis/perturbation/curves.csv              one row per trial and step
 * RUN/analysis/perturbation/summary.csv             one row per sigma, the control first
 * </pre>
 * NAME is {@code control} or {@code sigma<i>_trial<j>} with 0-based sigma index i and trial j.
 */
public final class PerturbationLayout {
    /** Version of perturbation.json written by this code. */
    public static final int FORMAT_VERSION = 1;

    public static final String JSON = "perturbation.json";
    public static final String REFERENCE_ALPHA = "reference_alpha.npy";
    public static final String REFERENCE_ADAM = "reference_adam.npy";
    public static final String TRIALS = "trials";
    public static final String CURVES_CSV = "curves.csv";
    public static final String SUMMARY_CSV = "summary.csv";

    private PerturbationLayout() {
    }

    /** Folder of the study inside a run directory. */
    public static Path folder(Path runDir) {
        return runDir.resolve("analysis").resolve("perturbation");
    }

    /** File stem of a trial's arrays. */
    public static String trialName(TrialSpec spec) {
        return spec.isControl() ? "control" : "sigma" + spec.sigmaIndex() + "_trial" + spec.trial();
    }

    static Path alphasFile(Path folder, TrialSpec spec) {
        return folder.resolve(TRIALS).resolve(trialName(spec) + "_alphas.npy");
    }

    static Path metaLossFile(Path folder, TrialSpec spec) {
        return folder.resolve(TRIALS).resolve(trialName(spec) + "_meta_loss.npy");
    }
}
