package org.rulescape.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.rulescape.core.store.RunLayout;

/** Copies of the sample runs for tests that change or damage a run, and snapshots of their bytes. */
final class RunCopies {
    private RunCopies() {
    }

    /**
     * Copies the training files of the committed sample DEBUG run (3 seeds) into {@code to}: run.json,
     * the heartbeat and the seeds, without the stored analyses and figures, so each test starts from
     * a run that has not been analysed.
     */
    static Path debugRun(Path to) throws IOException {
        return trainingFiles(Path.of("sample-runs", "debug"), to);
    }

    /** Copies the training files of the committed sample FULL run (10 seeds, 5 of them UNSTABLE), as {@link #debugRun} does. */
    static Path fullRun(Path to) throws IOException {
        return trainingFiles(Path.of("sample-runs", "full"), to);
    }

    /**
     * Turns a copied run into what a training process killed with SIGKILL leaves behind: run.json
     * still has state RUNNING and no heartbeat file exists. Seeds before {@code runningSeed} stay as
     * they are (DONE in the sample runs); seed {@code runningSeed} is RUNNING with the first
     * {@code steps} rows of its metrics.csv; later seeds are QUEUED and have no files.
     */
    static Path interrupt(Path run, long runningSeed, int steps) throws IOException {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode document = (ObjectNode) json.readTree(RunLayout.runJson(run).toFile());
        document.put("state", "RUNNING");
        for (JsonNode node : document.withArray("seeds")) {
            ObjectNode seed = (ObjectNode) node;
            long id = seed.get("seed").asLong();
            if (id < runningSeed) {
                continue;
            }
            seed.remove("health");
            seed.put("wall_seconds", 0.0);
            Path seedDir = RunLayout.seedDir(run, id);
            if (id == runningSeed) {
                seed.put("status", "RUNNING");
                seed.put("steps_recorded", steps);
                Path metrics = seedDir.resolve(RunLayout.METRICS_CSV);
                List<String> rows = Files.readAllLines(metrics);
                Files.write(metrics, rows.subList(0, steps + 1));
            } else {
                seed.put("status", "QUEUED");
                seed.put("steps_recorded", 0);
                deleteFolder(seedDir);
            }
        }
        json.writeValue(RunLayout.runJson(run).toFile(), document);
        Files.deleteIfExists(RunLayout.heartbeat(run));
        return run;
    }

    private static void deleteFolder(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    private static Path trainingFiles(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path relative = from.relativize(file);
                if (relative.getNameCount() > 0
                        && (relative.getName(0).toString().equals("analysis") || relative.getName(0).toString().equals("figures"))) {
                    continue;
                }
                Path target = to.resolve(relative.toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        return to;
    }

    /** Returns every regular file under {@code folder}, by relative path, with its bytes. */
    static Map<String, byte[]> contents(Path folder) throws IOException {
        Map<String, byte[]> contents = new TreeMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                contents.put(folder.relativize(file).toString(), Files.readAllBytes(file));
            }
        }
        return contents;
    }
}
