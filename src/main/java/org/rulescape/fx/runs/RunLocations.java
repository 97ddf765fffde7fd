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
 */
public final class RunLocations {
    private static final Logger LOG = LoggerFactory.getLogger(RunLocations.class);

    /** System property naming the folder of sample runs. */
    public static final String SAMPLES_PROPERTY = "rulescape.samples";
    /** System property naming the user's runs folder. */
    public static final String RUNS_PROPERTY = "rulescape.runs";
    /** File whose presence makes a directory a run. */
    public static final String RUN_FILE = "run.json";
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
                .or(() -> findUpwards(Path.of("").toAbsolutePath(), "sample-runs"));
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
