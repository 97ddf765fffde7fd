package org.rulescape.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code train} in a JVM of its own, because SLF4J initializes once per JVM. When logging is not
 * set up before the command starts its threads, most runs print SLF4J's three-line replay warning.
 * It is a race, so an occasional run passes even then.
 */
class LoggingStartupTest {
    @TempDir
    Path folder;

    @Test
    void trainPrintsNoSlf4jReplayWarning() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path err = folder.resolve("stderr.txt");
        Process process = new ProcessBuilder(List.of(java.toString(), "--add-modules", "jdk.incubator.vector",
                "-Dorg.bytedeco.javacpp.maxbytes=1G", "-cp", System.getProperty("java.class.path"),
                "org.rulescape.Main", "train", "--regime", "debug", "--meta-steps", "5", "--threads", "1",
                "--out", folder.resolve("run").toString()))
                .redirectOutput(folder.resolve("stdout.txt").toFile())
                .redirectError(err.toFile())
                .start();

        int code = process.waitFor();

        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        assertThat(code).as(stderr).isZero();
        assertThat(stderr).contains("Training 3 seeds of 5 meta-steps").doesNotContain("SLF4J");
    }
}
