package org.rulescape.core.analysis;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Options and seed selection for recomputing a run's geometry, and where they come from: the
 * stored analysis's {@code summary.json}, or the defaults when none is stored or it cannot be
 * read.
 *
 * @param options           the options to analyze with
 * @param source            where {@code options} and the selection come from
 * @param file              the {@code summary.json} that was read or looked for
 * @param problem           why the stored analysis could not be read, naming the file and the
 *                          field; empty unless {@code source} is {@link Source#UNREADABLE}
 * @param includeUnfinished whether diverged, cancelled and unfinished seeds with finite snapshots
 *                          were admitted ({@code --include-diverged}); false by default
 * @param excludeUnstable   whether UNSTABLE seeds were left out ({@code --exclude-unstable}); false
 *                          by default
 */
public record StoredGeometryOptions(GeometryOptions options, Source source, Path file, String problem,
        boolean includeUnfinished, boolean excludeUnstable) {

    /** Origin of the options. */
    public enum Source {
        /** Read from the stored analysis. */
        STORED,
        /** Defaults, because the run has no stored analysis. */
        NOT_STORED,
        /** Defaults, because the stored analysis's options could not be read. */
        UNREADABLE
    }

    public StoredGeometryOptions {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(problem, "problem");
    }

    static StoredGeometryOptions stored(GeometryOptions options, Path file, boolean includeUnfinished,
            boolean excludeUnstable) {
        return new StoredGeometryOptions(options, Source.STORED, file, "", includeUnfinished, excludeUnstable);
    }

    static StoredGeometryOptions notStored(Path file) {
        return new StoredGeometryOptions(GeometryOptions.defaults(), Source.NOT_STORED, file, "", false, false);
    }

    static StoredGeometryOptions unreadable(Path file, String problem) {
        return new StoredGeometryOptions(GeometryOptions.defaults(), Source.UNREADABLE, file, problem, false, false);
    }

    /** Returns whether the defaults replace stored options that could not be read. */
    public boolean fellBackToDefaults() {
        return source == Source.UNREADABLE;
    }

    /** Describes the options' origin in one phrase for a status line or the console. */
    public String description() {
        return switch (source) {
            case STORED -> "the options of the stored analysis in " + file;
            case NOT_STORED -> "the default options (no stored analysis)";
            case UNREADABLE -> "the default options, because the stored options cannot be read: " + problem
                    + ". Run `rulescape analyze` again to replace the damaged analysis";
        };
    }
}
