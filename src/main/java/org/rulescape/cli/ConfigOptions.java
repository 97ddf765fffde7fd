package org.rulescape.cli;

import java.util.ArrayList;
import java.util.List;
import org.rulescape.core.model.ExperimentConfig;
import org.rulescape.core.model.GradientMode;
import org.rulescape.core.model.Precision;
import org.rulescape.core.model.Regime;
import picocli.CommandLine.Option;

/**
 * One command-line option per {@link ExperimentConfig} setting. An option left out keeps the
 * value of the chosen regime's preset; changing any preset value labels the run CUSTOM.
 */
final class ConfigOptions {

    @Option(names = "--regime", paramLabel = "debug|full|custom", defaultValue = "debug",
            description = "Preset the other settings start from: debug (100 meta-steps, T = 10, meta-batch 4,"
                    + " 3 seeds), full (1000, 30, 16, 10) or custom (starts from debug). Default: ${DEFAULT-VALUE}.")
    String regime;

    @Option(names = "--meta-steps", paramLabel = "N",
            description = "Meta-steps (outer Adam steps) per seed, a count. Default: 100 (debug), 1000 (full).")
    Integer metaSteps;

    @Option(names = "--inner-steps", paramLabel = "T",
            description = "Inner steps T of the learned optimizer per task, a count. Default: 10 (debug), 30 (full).")
    Integer innerSteps;

    @Option(names = "--meta-batch", paramLabel = "N",
            description = "Tasks per meta-step, freshly sampled each step, a count. Default: 4 (debug), 16 (full).")
    Integer metaBatch;

    @Option(names = "--seeds", paramLabel = "N",
            description = "Number of seeds trained, a count. Default: 3 (debug), 10 (full).")
    Integer seeds;

    @Option(names = "--first-seed", paramLabel = "SEED",
            description = "First seed; the seeds are SEED, SEED+1, ... (64-bit integer). Default: 0.")
    Long firstSeed;

    @Option(names = "--train-points", paramLabel = "N",
            description = "Noisy training points per task, at least 2. Default: 20.")
    Integer trainPoints;

    @Option(names = "--grid-points", paramLabel = "N",
            description = "Evenly spaced validation points on [-2, 2], at least 2. Default: 50.")
    Integer gridPoints;

    @Option(names = "--noise", paramLabel = "STD",
            description = "Standard deviation of the Gaussian noise on training outputs (output units), >= 0."
                    + " Default: 0.1.")
    Double noise;

    @Option(names = "--base-hidden", paramLabel = "H",
            description = "Hidden units of the 1-H-1 base model (3H+1 parameters). Default: 32.")
    Integer baseHidden;

    @Option(names = "--opt-hidden", paramLabel = "K",
            description = "Hidden units of the 3-K-1 learned optimizer (5K+1 parameters alpha). Default: 16.")
    Integer optHidden;

    @Option(names = "--base-init-gain", paramLabel = "GAIN",
            description = "Base-model weights start as N(0, GAIN^2 / fan_in); dimensionless, > 0. Default: 1.")
    Double baseInitGain;

    @Option(names = "--opt-init-std", paramLabel = "STD",
            description = "Learned-optimizer weights start as N(0, STD^2); > 0. Default: 0.1.")
    Double optInitStd;

    @Option(names = "--momentum", paramLabel = "BETA",
            description = "Decay of the momentum fed to the learned optimizer, in [0, 1). Default: 0.9.")
    Double momentum;

    @Option(names = "--meta-lr", paramLabel = "RATE",
            description = "Adam learning rate on alpha, > 0. Default: 0.001.")
    Double metaLr;

    @Option(names = "--adam-beta1", paramLabel = "BETA",
            description = "Adam first-moment decay, in [0, 1). Default: 0.9.")
    Double adamBeta1;

    @Option(names = "--adam-beta2", paramLabel = "BETA",
            description = "Adam second-moment decay, in [0, 1). Default: 0.999.")
    Double adamBeta2;

    @Option(names = "--adam-epsilon", paramLabel = "EPS",
            description = "Adam denominator constant, > 0. Default: 1e-8.")
    Double adamEpsilon;

    @Option(names = "--clip-norm", paramLabel = "NORM",
            description = "Global L2 norm the meta-gradient is clipped to, > 0; Infinity disables clipping."
                    + " Default: 1.")
    Double clipNorm;

    @Option(names = "--snapshot-every", paramLabel = "N",
            description = "Record alpha every N meta-steps (and at the start and end). Default: 10.")
    Integer snapshotEvery;

    @Option(names = "--gradient-mode", paramLabel = "exact|first-order",
            description = "Meta-gradient through the unrolled inner loop: exact (with second-order terms) or"
                    + " first-order (drops them; an approximation). Default: exact.")
    String gradientMode;

    @Option(names = "--precision", paramLabel = "float|double",
            description = "Kernel precision: float (fast) or double (reference). Records are always float64."
                    + " Default: float.")
    String precision;

    /** True when any setting other than --regime was given. */
    boolean anyGiven() {
        return metaSteps != null || innerSteps != null || metaBatch != null || seeds != null || firstSeed != null
                || trainPoints != null || gridPoints != null || noise != null || baseHidden != null
                || optHidden != null || baseInitGain != null || optInitStd != null || momentum != null
                || metaLr != null || adamBeta1 != null || adamBeta2 != null || adamEpsilon != null
                || clipNorm != null || snapshotEvery != null || gradientMode != null || precision != null;
    }

    /**
     * Builds the configuration, or lists every invalid value. Each message starts with the option
     * and gives the value found and the rule.
     */
    Result toConfig() {
        List<String> problems = new ArrayList<>();
        Regime preset;
        try {
            preset = Regime.parse(regime);
        } catch (IllegalArgumentException e) {
            problems.add("--" + e.getMessage());
            preset = Regime.DEBUG;
        }
        ExperimentConfig base = preset.config();
        GradientMode mode = base.gradientMode();
        if (gradientMode != null) {
            mode = parseEnum(problems, "--gradient-mode", gradientMode, GradientMode.class, "exact, first-order");
        }
        Precision kernelPrecision = base.precision();
        if (precision != null) {
            kernelPrecision = parseEnum(problems, "--precision", precision, Precision.class, "float, double");
        }

        int steps = or(metaSteps, base.metaSteps());
        int inner = or(innerSteps, base.innerSteps());
        int batch = or(metaBatch, base.metaBatch());
        int seedCount = or(seeds, base.seedCount());
        int train = or(trainPoints, base.trainPoints());
        int grid = or(gridPoints, base.gridPoints());
        double noiseStd = or(noise, base.noiseStd());
        int hidden = or(baseHidden, base.baseHidden());
        int optimizerHidden = or(optHidden, base.optHidden());
        double gain = or(baseInitGain, base.baseInitGain());
        double initStd = or(optInitStd, base.optInitStd());
        double beta = or(momentum, base.momentumBeta());
        double rate = or(metaLr, base.metaLearningRate());
        double beta1 = or(adamBeta1, base.adamBeta1());
        double beta2 = or(adamBeta2, base.adamBeta2());
        double epsilon = or(adamEpsilon, base.adamEpsilon());
        double clip = or(clipNorm, base.clipNorm());
        int every = or(snapshotEvery, base.snapshotEvery());
        for (String problem : ExperimentConfig.problems(steps, inner, batch, seedCount, train, grid, noiseStd, hidden,
                optimizerHidden, gain, initStd, beta, rate, beta1, beta2, epsilon, clip, every)) {
            problems.add("--" + problem);
        }
        long first = or(firstSeed, base.firstSeed());
        if (first > Long.MAX_VALUE - seedCount) {
            problems.add("--first-seed " + first + " leaves no room for " + seedCount + " consecutive seeds");
        }
        if (!problems.isEmpty() || mode == null || kernelPrecision == null) {
            return new Result(null, problems);
        }

        ExperimentConfig config = new ExperimentConfig(preset, steps, inner, batch, seedCount, first, train, grid,
                noiseStd, hidden, optimizerHidden, gain, initStd, beta, rate, beta1, beta2, epsilon, clip, every, mode,
                kernelPrecision);
        ExperimentConfig presetAgain = config.toBuilder().regime(preset).build();
        if (!presetAgain.equals(base)) {
            config = config.toBuilder().regime(Regime.CUSTOM).build();
        }
        return new Result(config, problems);
    }

    /** A valid configuration, or null with the problems found. */
    record Result(ExperimentConfig config, List<String> problems) {
    }

    private static <E extends Enum<E>> E parseEnum(List<String> problems, String option, String text, Class<E> type,
            String accepted) {
        try {
            return OptionValues.enumValue(option, text, type, accepted);
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
            return null;
        }
    }

    private static int or(Integer value, int fallback) {
        return value == null ? fallback : value;
    }

    private static long or(Long value, long fallback) {
        return value == null ? fallback : value;
    }

    private static double or(Double value, double fallback) {
        return value == null ? fallback : value;
    }
}
