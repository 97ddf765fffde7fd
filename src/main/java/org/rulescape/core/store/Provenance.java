package org.rulescape.core.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Properties;

/**
 * Where and with what a run was made: Rulescape version, git commit, Java and OS, start and
 * end time. The version and commit are read from {@code rulescape-build.properties}, which
 * Maven fills at build time.
 *
 * @param rulescapeVersion version of the jar that made the run
 * @param gitCommit        commit the jar was built from, or "unknown"
 * @param javaVersion      java.version and java.vendor
 * @param os               os.name, os.version and os.arch
 * @param cores            processors available to the JVM
 * @param started          start time
 * @param finished         end time, or null while running
 */
public record Provenance(
        String rulescapeVersion,
        String gitCommit,
        String javaVersion,
        String os,
        int cores,
        Instant started,
        Instant finished) {

    private static final Properties BUILD = loadBuildProperties();

    /** Describes this process, started now. */
    public static Provenance startingNow() {
        return new Provenance(buildVersion(), buildCommit(),
                System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")",
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                        + System.getProperty("os.arch"),
                Runtime.getRuntime().availableProcessors(), Instant.now(), null);
    }

    /** Returns a copy with the end time set. */
    public Provenance finishedAt(Instant when) {
        return new Provenance(rulescapeVersion, gitCommit, javaVersion, os, cores, started, when);
    }

    public static String buildVersion() {
        return BUILD.getProperty("version", "unknown");
    }

    public static String buildCommit() {
        return BUILD.getProperty("git.commit", "unknown");
    }

    private static Properties loadBuildProperties() {
        Properties properties = new Properties();
        try (InputStream in = Provenance.class.getResourceAsStream("/rulescape-build.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read rulescape-build.properties from the jar", e);
        }
        return properties;
    }
}
