package org.rulescape.core.analysis.perturbation;

import org.rulescape.core.analysis.Matrices;
import org.rulescape.core.model.Rng;

/**
 * Random unit directions of the trials. Each direction is an independent standard Gaussian
 * vector divided by its norm, which makes it uniform on the unit sphere. It is drawn from the
 * stream {@code (referenceSeed, PERTURBATION, directionSeed, sigmaIndex, trial)}, so a trial's
 * direction depends only on its key and not on which other trials ran.
 */
public final class PerturbationDirections {
    private PerturbationDirections() {
    }

    /** Returns the unit direction of a trial, of length {@code size}. */
    public static double[] unitDirection(long referenceSeed, long directionSeed, int sigmaIndex,
            int trial, int size) {
        Rng rng = Rng.stream(referenceSeed, Rng.Stream.PERTURBATION, directionSeed, sigmaIndex, trial);
        double[] direction = new double[size];
        double norm;
        do {
            for (int i = 0; i < size; i++) {
                direction[i] = rng.nextGaussian();
            }
            norm = Matrices.norm(direction);
        } while (norm == 0); // a zero vector has no direction: draw again (probability ~0)
        for (int i = 0; i < size; i++) {
            direction[i] /= norm;
        }
        return direction;
    }

    /** Returns {@code reference + sigma * direction} as a new array. */
    public static double[] displaced(double[] reference, double sigma, double[] direction) {
        double[] start = new double[reference.length];
        for (int i = 0; i < start.length; i++) {
            start[i] = reference[i] + sigma * direction[i];
        }
        return start;
    }
}
