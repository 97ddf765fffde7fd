package org.rulescape.cli;

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
        GradientMode mode = gradientMode == null ? null
                : OptionValues.enumValue("--gradient-mode", gradientMode, GradientMode.class, "exact, first-order");
        Precision kernelPrecision = precision == null ? null
                : OptionValues.enumValue("--precision", precision, Precision.class, "float, double");
        boolean changed = OptionValues.setIfGiven(innerSteps, builder::innerSteps)
                | OptionValues.setIfGiven(metaBatch, builder::metaBatch)
                | OptionValues.setIfGiven(metaLearningRate, builder::metaLearningRate)
                | OptionValues.setIfGiven(adamBeta1, builder::adamBeta1)
                | OptionValues.setIfGiven(adamBeta2, builder::adamBeta2)
                | OptionValues.setIfGiven(adamEpsilon, builder::adamEpsilon)
                | OptionValues.setIfGiven(clipNorm, builder::clipNorm)
                | OptionValues.setIfGiven(trainPoints, builder::trainPoints)
                | OptionValues.setIfGiven(noiseStd, builder::noiseStd)
                | OptionValues.setIfGiven(momentumBeta, builder::momentumBeta)
                | OptionValues.setIfGiven(mode, builder::gradientMode)
                | OptionValues.setIfGiven(kernelPrecision, builder::precision);
        if (changed) {
            builder.regime(Regime.CUSTOM);
        }
        return builder.build();
    }
}
