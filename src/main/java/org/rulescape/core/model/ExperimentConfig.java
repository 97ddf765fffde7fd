package org.rulescape.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Every setting of one meta-training run. Immutable and validated on construction; the field
 * names in error messages are the command-line option names without the leading dashes.
 *
 * @param regime           preset these values started from (label only)
 * @param metaSteps        outer (meta) steps per seed; DEBUG 100, FULL 1000
 * @param innerSteps       inner steps T of the learned optimizer per task; DEBUG 10, FULL 30
 * @param metaBatch        tasks per meta-step, freshly sampled each step; DEBUG 4, FULL 16
 * @param seedCount        number of seeds; DEBUG 3, FULL 10
 * @param firstSeed        seeds are firstSeed, firstSeed + 1, ...; default 0
 * @param trainPoints      training points per task; default 20
 * @param gridPoints       evenly spaced validation points on [-2, 2]; default 50
 * @param noiseStd         standard deviation of the Gaussian noise on training outputs; default 0.1
 * @param baseHidden       hidden width of the 1-H-1 base model; default 32 (97 parameters)
 * @param optHidden        hidden width of the 3-K-1 learned optimizer; default 16 (81 parameters)
 * @param baseInitGain     base-model weights start as N(0, gain^2 / fan_in); default 1
 * @param optInitStd       learned-optimizer weights start as N(0, std^2); default 0.1
 * @param momentumBeta     decay of the per-parameter momentum fed to the optimizer; default 0.9
 * @param metaLearningRate Adam step size on alpha; default 1e-3
 * @param adamBeta1        Adam first-moment decay; default 0.9
 * @param adamBeta2        Adam second-moment decay; default 0.999
 * @param adamEpsilon      Adam denominator constant; default 1e-8
 * @param clipNorm         global L2 norm the meta-gradient is clipped to; infinity disables; default 1
 * @param snapshotEvery    alpha is recorded every this many meta-steps (and at start and end); default 10
 * @param gradientMode     exact (default) or first-order meta-gradient
 * @param precision        kernel precision; default FLOAT
 */
public record ExperimentConfig(
        Regime regime,
        int metaSteps,
        int innerSteps,
        int metaBatch,
        int seedCount,
        long firstSeed,
        int trainPoints,
        int gridPoints,
        double noiseStd,
        int baseHidden,
        int optHidden,
        double baseInitGain,
        double optInitStd,
        double momentumBeta,
        double metaLearningRate,
        double adamBeta1,
        double adamBeta2,
        double adamEpsilon,
        double clipNorm,
        int snapshotEvery,
        GradientMode gradientMode,
        Precision precision) {

    /** Inputs of the learned optimizer: gradient, momentum and log(t + 1). */
    public static final int OPTIMIZER_INPUTS = 3;

    public ExperimentConfig {
        Objects.requireNonNull(regime, "regime");
        Objects.requireNonNull(gradientMode, "gradient-mode");
        Objects.requireNonNull(precision, "precision");
        List<String> problems = problems(metaSteps, innerSteps, metaBatch, seedCount, trainPoints,
                gridPoints, noiseStd, baseHidden, optHidden, baseInitGain, optInitStd, momentumBeta,
                metaLearningRate, adamBeta1, adamBeta2, adamEpsilon, clipNorm, snapshotEvery);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
    }

    /** Returns the defaults of the reference experiment with the DEBUG sizes. */
    public static ExperimentConfig defaults() {
        return new ExperimentConfig(Regime.DEBUG, 100, 10, 4, 3, 0L, 20, 50, 0.1, 32, 16, 1.0, 0.1,
                0.9, 1e-3, 0.9, 0.999, 1e-8, 1.0, 10, GradientMode.EXACT, Precision.FLOAT);
    }

    /** Number of base-model parameters theta: 3H + 1. */
    public int thetaSize() {
        return 3 * baseHidden + 1;
    }

    /** Number of learned-optimizer parameters alpha: 3K + K + K + 1 = 5K + 1. */
    public int alphaSize() {
        return OPTIMIZER_INPUTS * optHidden + optHidden + optHidden + 1;
    }

    /** Returns the seed of run seed number {@code index}, counted from zero. */
    public long seed(int index) {
        return firstSeed + index;
    }

    /** Returns a builder holding this configuration's values. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Checks raw values without building a configuration, so forms can show every problem at once.
     * Each message names the field, the rule and the value found.
     */
    public static List<String> problems(int metaSteps, int innerSteps, int metaBatch, int seedCount,
            int trainPoints, int gridPoints, double noiseStd, int baseHidden, int optHidden,
            double baseInitGain, double optInitStd, double momentumBeta, double metaLearningRate,
            double adamBeta1, double adamBeta2, double adamEpsilon, double clipNorm,
            int snapshotEvery) {
        List<String> problems = new ArrayList<>();
        positive(problems, "meta-steps", metaSteps);
        positive(problems, "inner-steps", innerSteps);
        positive(problems, "meta-batch", metaBatch);
        positive(problems, "seeds", seedCount);
        if (trainPoints < 2) {
            problems.add("train-points must be at least 2 to standardize outputs, got " + trainPoints);
        }
        if (gridPoints < 2) {
            problems.add("grid-points must be at least 2, got " + gridPoints);
        }
        nonNegativeFinite(problems, "noise", noiseStd);
        positive(problems, "base-hidden", baseHidden);
        positive(problems, "opt-hidden", optHidden);
        positiveFinite(problems, "base-init-gain", baseInitGain);
        positiveFinite(problems, "opt-init-std", optInitStd);
        unitInterval(problems, "momentum", momentumBeta);
        positiveFinite(problems, "meta-lr", metaLearningRate);
        unitInterval(problems, "adam-beta1", adamBeta1);
        unitInterval(problems, "adam-beta2", adamBeta2);
        positiveFinite(problems, "adam-epsilon", adamEpsilon);
        if (Double.isNaN(clipNorm) || clipNorm <= 0) {
            problems.add("clip-norm must be positive (or infinity to disable clipping), got " + clipNorm);
        }
        positive(problems, "snapshot-every", snapshotEvery);
        return problems;
    }

    private static void positive(List<String> problems, String name, long value) {
        if (value <= 0) {
            problems.add(name + " must be positive, got " + value);
        }
    }

    private static void positiveFinite(List<String> problems, String name, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            problems.add(name + " must be a positive finite number, got " + value);
        }
    }

    private static void nonNegativeFinite(List<String> problems, String name, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            problems.add(name + " must be a finite number >= 0, got " + value);
        }
    }

    private static void unitInterval(List<String> problems, String name, double value) {
        if (!(value >= 0 && value < 1)) {
            problems.add(name + " must be in [0, 1), got " + value);
        }
    }

    /** Mutable builder; {@link #build()} validates. */
    public static final class Builder {
        private Regime regime;
        private int metaSteps;
        private int innerSteps;
        private int metaBatch;
        private int seedCount;
        private long firstSeed;
        private int trainPoints;
        private int gridPoints;
        private double noiseStd;
        private int baseHidden;
        private int optHidden;
        private double baseInitGain;
        private double optInitStd;
        private double momentumBeta;
        private double metaLearningRate;
        private double adamBeta1;
        private double adamBeta2;
        private double adamEpsilon;
        private double clipNorm;
        private int snapshotEvery;
        private GradientMode gradientMode;
        private Precision precision;

        private Builder(ExperimentConfig c) {
            regime = c.regime;
            metaSteps = c.metaSteps;
            innerSteps = c.innerSteps;
            metaBatch = c.metaBatch;
            seedCount = c.seedCount;
            firstSeed = c.firstSeed;
            trainPoints = c.trainPoints;
            gridPoints = c.gridPoints;
            noiseStd = c.noiseStd;
            baseHidden = c.baseHidden;
            optHidden = c.optHidden;
            baseInitGain = c.baseInitGain;
            optInitStd = c.optInitStd;
            momentumBeta = c.momentumBeta;
            metaLearningRate = c.metaLearningRate;
            adamBeta1 = c.adamBeta1;
            adamBeta2 = c.adamBeta2;
            adamEpsilon = c.adamEpsilon;
            clipNorm = c.clipNorm;
            snapshotEvery = c.snapshotEvery;
            gradientMode = c.gradientMode;
            precision = c.precision;
        }

        public Builder regime(Regime v) { regime = v; return this; }
        public Builder metaSteps(int v) { metaSteps = v; return this; }
        public Builder innerSteps(int v) { innerSteps = v; return this; }
        public Builder metaBatch(int v) { metaBatch = v; return this; }
        public Builder seedCount(int v) { seedCount = v; return this; }
        public Builder firstSeed(long v) { firstSeed = v; return this; }
        public Builder trainPoints(int v) { trainPoints = v; return this; }
        public Builder gridPoints(int v) { gridPoints = v; return this; }
        public Builder noiseStd(double v) { noiseStd = v; return this; }
        public Builder baseHidden(int v) { baseHidden = v; return this; }
        public Builder optHidden(int v) { optHidden = v; return this; }
        public Builder baseInitGain(double v) { baseInitGain = v; return this; }
        public Builder optInitStd(double v) { optInitStd = v; return this; }
        public Builder momentumBeta(double v) { momentumBeta = v; return this; }
        public Builder metaLearningRate(double v) { metaLearningRate = v; return this; }
        public Builder adamBeta1(double v) { adamBeta1 = v; return this; }
        public Builder adamBeta2(double v) { adamBeta2 = v; return this; }
        public Builder adamEpsilon(double v) { adamEpsilon = v; return this; }
        public Builder clipNorm(double v) { clipNorm = v; return this; }
        public Builder snapshotEvery(int v) { snapshotEvery = v; return this; }
        public Builder gradientMode(GradientMode v) { gradientMode = v; return this; }
        public Builder precision(Precision v) { precision = v; return this; }

        /**
         * Builds the configuration.
         *
         * @throws IllegalArgumentException listing every invalid field with its value and rule
         */
        public ExperimentConfig build() {
            return new ExperimentConfig(regime, metaSteps, innerSteps, metaBatch, seedCount, firstSeed,
                    trainPoints, gridPoints, noiseStd, baseHidden, optHidden, baseInitGain, optInitStd,
                    momentumBeta, metaLearningRate, adamBeta1, adamBeta2, adamEpsilon, clipNorm,
                    snapshotEvery, gradientMode, precision);
        }
    }
}
