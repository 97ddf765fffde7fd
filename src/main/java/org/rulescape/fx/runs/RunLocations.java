package org.rulescape.fx.runs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.rulescape.core.model.Regime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the workbench looks for runs and puts new ones.
 *
 * <ul>
 *   <li>Sample runs: the folder named by the system property {@value #SAMPLES_PROPERTY}, else the
 *       first {@code sample-runs} folder found in the working directory or one of its parents.</li>
 *   <li>User runs: the folder named by {@value #RUNS_PROPERTY}, else {@code ~/rulescape-runs}.
 *       New runs default to {@code <user runs>/<yyyyMMdd-HHmmss>-<regime>}.</li>
 * </ul>
 * A run is any directory that contains {@value #RUN_FILE}.
 *
 * <p>Sample runs ship with Rulescape and stay as committed, so the workbench reads them but
 * writes nothing into them ({@link #isSampleRun}).
 */
public final class RunLocations {
    private static final Logger LOG = LoggerFactory.getLogger(RunLocations.class);

    /** System property naming the folder of sample runs. */
    public static final String SAMPLES_PROPERTY = "rulescape.samples";
    /** System property naming the user's runs folder. */
    public static final String RUNS_PROPERTY = "rulescape.runs";
    /** File whose presence makes a directory a run. */
    public static final String RUN_FILE = "run.json";
    /** Name of the folder of sample runs that ships with Rulescape. */
    public static final String SAMPLES_FOLDER_NAME = "sample-runs";
    /** Note shown on a tab that computes new results for a sample run without saving them. */
    public static final String SAMPLE_RUN_NOTE =
            "Sample run: new results are shown but not saved. Copy the run folder to keep them.";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Optional<Path> samples;
    private final Path userRuns;

    public RunLocations(Optional<Path> samples, Path userRuns) {
        this.samples = samples;
        this.userRuns = userRuns;
    }

    /** Locations from the system properties, the working directory and the home directory. */
    public static RunLocations fromEnvironment() {
        Optional<Path> samples = Optional.ofNullable(System.getProperty(SAMPLES_PROPERTY))
                .map(Path::of)
                .or(() -> findUpwards(Path.of("").toAbsolutePath(), SAMPLES_FOLDER_NAME));
        String runs = System.getProperty(RUNS_PROPERTY);
        Path userRuns = runs != null ? Path.of(runs)
                : Path.of(System.getProperty("user.home"), "rulescape-runs");
        return new RunLocations(samples, userRuns);
    }

    /** Sample-runs folder, when one was found. */
    public Optional<Path> samples() {
        return samples;
    }

    /** The user's runs folder; it may not exist yet. */
    public Path userRuns() {
        return userRuns;
    }

    /** Default directory for a new run of {@code regime} started at {@code now}. */
    public Path newRunDirectory(Regime regime, LocalDateTime now) {
        return userRuns.resolve(STAMP.format(now) + "-" + regime.name().toLowerCase(Locale.ROOT));
    }

    /** Runs directly inside the sample folder, by name. */
    public List<Path> sampleRuns() {
        return samples.map(RunLocations::runsIn).orElse(List.of());
    }

    /** Runs directly inside the user's runs folder, newest name first. */
    public List<Path> userRunList() {
        List<Path> runs = new ArrayList<>(runsIn(userRuns));
        runs.sort(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed());
        return runs;
    }

    /**
     * Returns whether {@code path} is a sample run or lies inside one: a path inside the sample-runs
     * folder, or inside any folder named {@value #SAMPLES_FOLDER_NAME}, such as the one of another
     * copy of Rulescape. The workbench writes nothing there; symbolic links are resolved first.
     */
    public boolean isSampleRun(Path path) {
        if (path == null) {
            return false;
        }
        Path target = resolved(path);
        if (samples.isPresent()) {
            Path folder = resolved(samples.get());
            if (target.startsWith(folder) && !target.equals(folder)) {
                return true;
            }
        }
        for (Path dir = target.getParent(); dir != null; dir = dir.getParent()) {
            if (dir.getFileName() != null && dir.getFileName().toString().equals(SAMPLES_FOLDER_NAME)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns whether {@code path} is the sample-runs folder or lies inside it (or inside any folder
     * named {@value #SAMPLES_FOLDER_NAME}), where no new run may be created.
     */
    public boolean isInSamplesFolder(Path path) {
        if (path == null) {
            return false;
        }
        Path target = resolved(path);
        boolean namedSamples = target.getFileName() != null
                && target.getFileName().toString().equals(SAMPLES_FOLDER_NAME);
        return namedSamples || samples.map(folder -> target.equals(resolved(folder))).orElse(false)
                || isSampleRun(path);
    }

    /** Returns the real path of {@code path}, resolving links in its nearest existing parent when it does not exist. */
    private static Path resolved(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute));
        } catch (IOException e) {
            return absolute;
        }
    }

    /** True when {@code directory} contains a run file. */
    public static boolean isRun(Path directory) {
        return Files.isRegularFile(directory.resolve(RUN_FILE));
    }

    private static List<Path> runsIn(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(folder)) {
            return children.filter(Files::isDirectory)
                    .filter(RunLocations::isRun)
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            LOG.warn("Cannot list runs in {}", folder, e);
            return List.of();
        }
    }

    private static Optional<Path> findUpwards(Path start, String name) {
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(name);
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
