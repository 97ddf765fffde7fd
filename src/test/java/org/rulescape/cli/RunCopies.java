package org.rulescape.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

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
