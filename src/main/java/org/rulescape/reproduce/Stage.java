package org.rulescape.reproduce;

/**
 * Outcome of one step of a reproduction (an analysis or the figure set): its result, or the
 * reason there is none, and the wall time it took.
 *
 * @param result  the result, or null when the step was skipped or failed
 * @param problem why {@code result} is null, as a sentence; empty when present
 * @param seconds wall time of the step in seconds, 0 when it did not run
 */
public record Stage<T>(T result, String problem, double seconds) {

    public Stage {
        java.util.Objects.requireNonNull(problem, "problem");
        if (result == null && problem.isEmpty()) {
            throw new IllegalArgumentException("a stage without a result must say why");
        }
    }

    /** A step that produced {@code result} in {@code seconds}. */
    public static <T> Stage<T> done(T result, double seconds) {
        return new Stage<>(result, "", seconds);
    }

    /** A step without a result, with the reason. */
    public static <T> Stage<T> missing(String problem, double seconds) {
        return new Stage<>(null, problem, seconds);
    }

    /** True when the step produced a result. */
    public boolean present() {
        return result != null;
    }
}
