package org.rulescape.reproduce;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.rulescape.core.store.RunLayout;
import org.rulescape.core.store.RunReader;
import org.rulescape.core.store.RunState;
import org.rulescape.core.store.StoredRun;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Clears a sample-run folder before it is trained again, and deletes nothing else: a folder is
 * only removed when it is a Rulescape run folder (a readable run.json), no process is writing it,
 * and it holds nothing but run files.
 */
public final class SampleFolders {
    private static final Logger LOG = LoggerFactory.getLogger(SampleFolders.class);

    /** Top-level entries of a run folder: run files, analyses and figures. */
    private static final Set<String> RUN_ENTRIES = Set.of(RunLayout.RUN_JSON, RunLayout.HEARTBEAT, "seeds",
            "analysis", "figures");

    private SampleFolders() {
    }

    /**
     * Makes {@code folder} ready for a new run: does nothing when it is missing or empty, deletes
     * it when it is a finished, cancelled, failed or interrupted Rulescape run, and throws
     * otherwise.
     *
     * @throws IOException naming the folder and the reason when it is not a run folder, contains
     *                     other files, is still being written, or cannot be deleted
     */
    public static void clear(Path folder) throws IOException {
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(folder + " is not a folder, so it is not a Rulescape run; move it away or"
                    + " choose another --samples folder");
        }
        List<Path> entries;
        try (Stream<Path> list = Files.list(folder)) {
            entries = list.toList();
        }
        if (entries.isEmpty()) {
            return;
        }
        checkIsRun(folder, entries);
        deleteTree(folder);
        LOG.info("Deleted the earlier sample run {}", folder);
    }

    private static void checkIsRun(Path folder, List<Path> entries) throws IOException {
        if (!Files.isRegularFile(RunLayout.runJson(folder), LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException("Refusing to delete " + folder + ": it has no " + RunLayout.RUN_JSON
                    + ", so it is not a Rulescape run folder; move it away or choose another --samples folder");
        }
        StoredRun run;
        try {
            run = RunReader.read(folder);
        } catch (IOException e) {
            throw new IOException("Refusing to delete " + folder + ": its run.json cannot be read (" + e.getMessage()
                    + "); delete the folder by hand if it is an old run", e);
        }
        if (run.state() == RunState.RUNNING) {
            throw new IOException("Refusing to delete " + folder + ": a live process is still writing this run"
                    + " (fresh heartbeat); wait for it to end or cancel it");
        }
        for (Path entry : entries) {
            String name = entry.getFileName().toString();
            boolean temporary = name.startsWith(".") && name.endsWith(".tmp");
            if (!RUN_ENTRIES.contains(name) && !temporary) {
                throw new IOException("Refusing to delete " + folder + ": it contains " + name
                        + ", which is not part of a Rulescape run; move that file away first");
            }
        }
    }

    /** Deletes a folder and its content; symbolic links are removed, never followed. */
    private static void deleteTree(Path folder) throws IOException {
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(folder)) {
            paths = walk.sorted(Comparator.reverseOrder()).toList();
        }
        for (Path path : paths) {
            Files.delete(path);
        }
    }
}
