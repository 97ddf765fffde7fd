package org.rulescape.cli;

import java.util.Locale;
import org.rulescape.core.model.ExperimentConfig;
import org.rulescape.core.model.GradientMode;
import org.rulescape.core.model.Precision;
import org.rulescape.core.model.Regime;
import picocli.CommandLine.Option;

/**
 * Meta-training settings of resumed training that may differ from the run's own. An option
 * left out keeps the run's value; opt-hidden is not offered because alpha must keep its size.
 */
final class TrainingOverrides {

    @Option(names = "--inner-steps", paramLabel = "T", description = "Inner steps T per task. Default: the run's.")
    Integer innerSteps;

    @Option(names = "--meta-batch", paramLabel = "N", description = "Tasks per meta-step. Default: the run's.")
    Integer metaBatch;

    @Option(names = "--meta-lr", paramLabel = "RATE", description = "Adam step size on alpha. Default: the run's.")
    Double metaLearningRate;

    @Option(names = "--adam-beta1", paramLabel = "BETA", description = "Adam first-moment decay. Default: the run's.")
    Double adamBeta1;

    @Option(names = "--adam-beta2", paramLabel = "BETA", description = "Adam second-moment decay. Default: the run's.")
    Double adamBeta2;

    @Option(names = "--adam-epsilon", paramLabel = "EPS", description = "Adam denominator constant. Default: the run's.")
    Double adamEpsilon;

    @Option(names = "--clip-norm", paramLabel = "NORM",
            description = "Global L2 norm the meta-gradient is clipped to; 'Infinity' disables. Default: the run's.")
    Double clipNorm;

    @Option(names = "--train-points", paramLabel = "N", description = "Training points per task. Default: the run's.")
    Integer trainPoints;

    @Option(names = "--noise", paramLabel = "STD", description = "Noise on training outputs. Default: the run's.")
    Double noiseStd;

    @Option(names = "--momentum", paramLabel = "BETA", description = "Momentum decay fed to the optimizer. Default: the run's.")
    Double momentumBeta;

    @Option(names = "--gradient-mode", paramLabel = "exact|first-order", description = "Meta-gradient. Default: the run's.")
    String gradientMode;

    @Option(names = "--precision", paramLabel = "float|double", description = "Kernel precision. Default: the run's.")
    String precision;

    /**
     * Returns the run's settings with the given options applied.
     *
     * @throws IllegalArgumentException naming every invalid option
     */
    ExperimentConfig apply(ExperimentConfig run) {
        ExperimentConfig.Builder builder = run.toBuilder();
        boolean changed = false;
        if (innerSteps != null) {
            builder.innerSteps(innerSteps);
            changed = true;
        }
        if (metaBatch != null) {
            builder.metaBatch(metaBatch);
            changed = true;
        }
        if (metaLearningRate != null) {
            builder.metaLearningRate(metaLearningRate);
            changed = true;
        }
        if (adamBeta1 != null) {
            builder.adamBeta1(adamBeta1);
            changed = true;
        }
        if (adamBeta2 != null) {
            builder.adamBeta2(adamBeta2);
            changed = true;
        }
        if (adamEpsilon != null) {
            builder.adamEpsilon(adamEpsilon);
            changed = true;
        }
        if (clipNorm != null) {
            builder.clipNorm(clipNorm);
            changed = true;
        }
        if (trainPoints != null) {
            builder.trainPoints(trainPoints);
            changed = true;
        }
        if (noiseStd != null) {
            builder.noiseStd(noiseStd);
            changed = true;
        }
        if (momentumBeta != null) {
            builder.momentumBeta(momentumBeta);
            changed = true;
        }
        if (gradientMode != null) {
            builder.gradientMode(parseMode(gradientMode));
            changed = true;
        }
        if (precision != null) {
            builder.precision(parsePrecision(precision));
            changed = true;
        }
        if (changed) {
            builder.regime(Regime.CUSTOM);
        }
        return builder.build();
    }

    private static GradientMode parseMode(String text) {
        String name = text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (GradientMode mode : GradientMode.values()) {
            if (mode.name().equals(name)) {
                return mode;
            }
        }
        throw new IllegalArgumentException("gradient-mode must be exact or first-order, got '" + text + "'");
    }

    private static Precision parsePrecision(String text) {
        for (Precision value : Precision.values()) {
            if (value.name().equalsIgnoreCase(text.trim())) {
                return value;
            }
        }
        throw new IllegalArgumentException("precision must be float or double, got '" + text + "'");
    }
}
