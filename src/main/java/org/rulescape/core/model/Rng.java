package org.rulescape.core.model;

/**
 * Small, fully specified random number generator (SplitMix64, Steele, Lea and Flood 2014) so
 * that results do not depend on the JDK's generators and every stream can be rebuilt from
 * its key alone.
 *
 * <p>Streams are keyed, not split: {@link #stream(long, Stream, long...)} hashes a run seed,
 * a purpose and any counters (meta-step, task index) into an independent starting state.
 * A seed's task at meta-step k is therefore the same whatever ran before it, which makes
 * training order-independent and resumable without saving generator state.
 *
 * <p>Not thread-safe: each worker owns its instances.
 */
public final class Rng {

    /** Purposes of the independent streams derived from one run seed. */
    public enum Stream {
        /** Initial alpha of the learned optimizer. */
        OPTIMIZER_INIT(0x5EED_0001L),
        /** Task family, function parameters, training inputs and noise. */
        TASK(0x5EED_0002L),
        /** Initial theta of the base model, per task. */
        BASE_INIT(0x5EED_0003L),
        /** Perturbation directions. */
        PERTURBATION(0x5EED_0004L),
        /** Bootstrap resampling and null baselines of the analyses. */
        ANALYSIS(0x5EED_0005L);

        private final long tag;

        Stream(long tag) {
            this.tag = tag;
        }

        /** Constant mixed into the key; part of the run format, never to be changed. */
        public long tag() {
            return tag;
        }
    }

    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private long state;

    /** Creates a generator starting at the given raw state. */
    public Rng(long state) {
        this.state = state;
    }

    /** Returns a generator for one purpose of one seed, further keyed by counters. */
    public static Rng stream(long seed, Stream purpose, long... counters) {
        long key = mix(seed ^ mix(purpose.tag()));
        for (long counter : counters) {
            key = mix(key + GOLDEN_GAMMA * (counter + 1));
        }
        return new Rng(key);
    }

    /** Resets this generator to a keyed stream, as {@link #stream} does, without allocating. */
    public Rng reset(long seed, Stream purpose, long counter1, long counter2) {
        long key = mix(seed ^ mix(purpose.tag()));
        key = mix(key + GOLDEN_GAMMA * (counter1 + 1));
        key = mix(key + GOLDEN_GAMMA * (counter2 + 1));
        state = key;
        return this;
    }

    /** Raw state, for checkpoints. */
    public long state() {
        return state;
    }

    /** Returns the next 64 random bits. */
    public long nextLong() {
        state += GOLDEN_GAMMA;
        return mix(state);
    }

    /** Returns a double uniform on [0, 1) with 53 random bits. */
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Returns a double uniform on [lo, hi). */
    public double uniform(double lo, double hi) {
        return lo + (hi - lo) * nextDouble();
    }

    /** Returns an int uniform on [0, bound) without modulo bias. */
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive, got " + bound);
        }
        long limit = Long.remainderUnsigned(-1L, bound);
        long r;
        do {
            r = nextLong();
        } while (Long.compareUnsigned(r, -1L - limit) > 0);
        return (int) Long.remainderUnsigned(r, bound);
    }

    /**
     * Returns a standard normal draw by the Box-Muller transform. Uses two uniforms per call and
     * keeps no cached second value, so the state is a single long.
     */
    public double nextGaussian() {
        double u1 = 1.0 - nextDouble(); // in (0, 1], so log is finite
        double u2 = nextDouble();
        return Math.sqrt(-2.0 * Math.log(u1)) * Math.cos(2.0 * Math.PI * u2);
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
