package org.rulescape.core.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.interfaces.MatchingAlgorithm;
import org.jgrapht.alg.matching.KuhnMunkresMinimalWeightBipartitePerfectMatching;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.rulescape.core.model.AlphaLayout;

/**
 * Symmetries of the optimizer network 3-K-1 with tanh hidden units: permuting the hidden units,
 * or negating one unit's input weights, bias and output weight together (tanh is odd), leaves
 * the learned rule unchanged. A unit is the 5-vector (W1_k0, W1_k1, W1_k2, b1_k, W2_k); b2 is
 * fixed by every symmetry.
 *
 * <p>Two views remove the symmetries: a {@link #canonical canonical form} per alpha, and
 * {@link #align alignment} to a reference by weight matching (Ainsworth, Hayase and Srinivasa
 * 2023, "Git Re-Basin"): because the squared distance is a sum over units plus the b2 term,
 * the best permutation and signs come from one linear assignment over the K x K costs
 * min(||r_k - u_l||^2, ||r_k + u_l||^2), solved exactly by the Hungarian algorithm.
 */
public final class OptimizerSymmetry {
    private static final int UNIT = 5;

    private OptimizerSymmetry() {
    }

    /**
     * Returns the canonical form: each unit's sign is chosen so that W2_k > 0 (when W2_k = 0,
     * so that its first non-zero entry is positive), then units are sorted by W2 descending,
     * ties broken by the remaining entries in layout order. Two alphas related by a symmetry
     * have the same canonical form, except for exact ties between distinct units.
     */
    public static double[] canonical(double[] alpha, int hidden) {
        checkLength(alpha, hidden);
        List<double[]> units = new ArrayList<>(hidden);
        for (int k = 0; k < hidden; k++) {
            double[] unit = unit(alpha, hidden, k);
            if (leadingSign(unit) < 0) {
                negate(unit);
            }
            units.add(unit);
        }
        units.sort(canonicalOrder());
        double[] out = alpha.clone();
        for (int k = 0; k < hidden; k++) {
            setUnit(out, hidden, k, units.get(k));
        }
        return out;
    }

    /** Applies a symmetry: target unit k becomes {@code signs[k]} times source unit {@code permutation[k]}. */
    public static double[] transform(double[] alpha, int hidden, int[] permutation, int[] signs) {
        checkLength(alpha, hidden);
        double[] out = alpha.clone();
        for (int k = 0; k < hidden; k++) {
            double[] unit = unit(alpha, hidden, permutation[k]);
            if (signs[k] < 0) {
                negate(unit);
            }
            setUnit(out, hidden, k, unit);
        }
        return out;
    }

    /** Finds the permutation and signs of {@code alpha} closest to {@code reference}. */
    public static Alignment align(double[] reference, double[] alpha, int hidden) {
        checkLength(reference, hidden);
        checkLength(alpha, hidden);
        double[][] cost = new double[hidden][hidden];
        int[][] bestSign = new int[hidden][hidden];
        for (int k = 0; k < hidden; k++) {
            double[] r = unit(reference, hidden, k);
            for (int l = 0; l < hidden; l++) {
                double[] u = unit(alpha, hidden, l);
                double same = 0;
                double flipped = 0;
                for (int i = 0; i < UNIT; i++) {
                    same += (r[i] - u[i]) * (r[i] - u[i]);
                    flipped += (r[i] + u[i]) * (r[i] + u[i]);
                }
                cost[k][l] = Math.min(same, flipped);
                bestSign[k][l] = flipped < same ? -1 : 1;
            }
        }
        int[] permutation = assign(cost);
        int[] signs = new int[hidden];
        for (int k = 0; k < hidden; k++) {
            signs[k] = bestSign[k][permutation[k]];
        }
        double[] aligned = transform(alpha, hidden, permutation, signs);
        return new Alignment(aligned, permutation, signs, Matrices.distance(reference, aligned));
    }

    /** Returns the S x S matrix of distances minimized over symmetries, each pair aligned on its own. */
    public static double[][] pairwiseAlignedDistances(double[][] alphas, int hidden) {
        int s = alphas.length;
        double[][] d = new double[s][s];
        for (int i = 0; i < s; i++) {
            for (int j = i + 1; j < s; j++) {
                d[i][j] = align(alphas[i], alphas[j], hidden).distance();
                d[j][i] = d[i][j];
            }
        }
        return d;
    }

    /**
     * Aligns all alphas into one common frame for PCA: first to the medoid under the aligned
     * pairwise distances {@code alignedDistances}, then repeatedly to the mean of the aligned
     * set until no permutation or sign changes or {@code maxRounds} is reached.
     */
    public static double[][] commonFrame(double[][] alphas, double[][] alignedDistances, int hidden,
            int maxRounds) {
        int medoid = medoid(alignedDistances);
        double[][] aligned = new double[alphas.length][];
        for (int i = 0; i < alphas.length; i++) {
            aligned[i] = align(alphas[medoid], alphas[i], hidden).aligned();
        }
        for (int round = 0; round < maxRounds; round++) {
            double[] template = Matrices.columnMeans(aligned);
            boolean changed = false;
            for (int i = 0; i < alphas.length; i++) {
                double[] next = align(template, aligned[i], hidden).aligned();
                changed |= !Arrays.equals(next, aligned[i]);
                aligned[i] = next;
            }
            if (!changed) {
                break;
            }
        }
        return aligned;
    }

    static void checkLength(double[] alpha, int hidden) {
        if (hidden < 1 || alpha.length != AlphaLayout.size(hidden)) {
            throw new IllegalArgumentException("alpha of an optimizer with " + hidden
                    + " hidden units must have length 5 * " + hidden + " + 1 = "
                    + AlphaLayout.size(hidden) + ", got " + alpha.length);
        }
    }

    private static int medoid(double[][] distances) {
        int best = 0;
        double bestSum = Double.POSITIVE_INFINITY;
        for (int i = 0; i < distances.length; i++) {
            double sum = Arrays.stream(distances[i]).sum();
            if (sum < bestSum) {
                bestSum = sum;
                best = i;
            }
        }
        return best;
    }

    /** Solves the linear assignment min sum_k cost[k][perm[k]] with the Hungarian algorithm. */
    private static int[] assign(double[][] cost) {
        int n = cost.length;
        Graph<Integer, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        Set<Integer> targets = new HashSet<>();
        Set<Integer> sources = new HashSet<>();
        for (int k = 0; k < n; k++) {
            graph.addVertex(k);
            graph.addVertex(n + k);
            targets.add(k);
            sources.add(n + k);
        }
        for (int k = 0; k < n; k++) {
            for (int l = 0; l < n; l++) {
                DefaultWeightedEdge edge = graph.addEdge(k, n + l);
                graph.setEdgeWeight(edge, cost[k][l]);
            }
        }
        MatchingAlgorithm.Matching<Integer, DefaultWeightedEdge> matching =
                new KuhnMunkresMinimalWeightBipartitePerfectMatching<>(graph, targets, sources).getMatching();
        int[] permutation = new int[n];
        for (DefaultWeightedEdge edge : matching.getEdges()) {
            int a = graph.getEdgeSource(edge);
            int b = graph.getEdgeTarget(edge);
            int target = Math.min(a, b);
            permutation[target] = Math.max(a, b) - n;
        }
        return permutation;
    }

    private static double[] unit(double[] alpha, int hidden, int k) {
        int w1 = AlphaLayout.w1(hidden) + 3 * k;
        return new double[] {alpha[w1], alpha[w1 + 1], alpha[w1 + 2],
                alpha[AlphaLayout.b1(hidden) + k], alpha[AlphaLayout.w2(hidden) + k]};
    }

    private static void setUnit(double[] alpha, int hidden, int k, double[] unit) {
        int w1 = AlphaLayout.w1(hidden) + 3 * k;
        alpha[w1] = unit[0];
        alpha[w1 + 1] = unit[1];
        alpha[w1 + 2] = unit[2];
        alpha[AlphaLayout.b1(hidden) + k] = unit[3];
        alpha[AlphaLayout.w2(hidden) + k] = unit[4];
    }

    /** Sign of W2 (index 4), or of the first non-zero entry when W2 is zero. */
    private static int leadingSign(double[] unit) {
        if (unit[4] != 0) {
            return unit[4] > 0 ? 1 : -1;
        }
        for (int i = 0; i < 4; i++) {
            if (unit[i] != 0) {
                return unit[i] > 0 ? 1 : -1;
            }
        }
        return 1;
    }

    /** Negates in place; 0.0 - x rather than -x so a zero stays +0.0 and compares equal. */
    private static void negate(double[] unit) {
        for (int i = 0; i < unit.length; i++) {
            unit[i] = 0.0 - unit[i];
        }
    }

    private static Comparator<double[]> canonicalOrder() {
        return (a, b) -> {
            int byOutput = Double.compare(b[4], a[4]);
            if (byOutput != 0) {
                return byOutput;
            }
            for (int i = 0; i < 4; i++) {
                int c = Double.compare(a[i], b[i]);
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        };
    }
}
