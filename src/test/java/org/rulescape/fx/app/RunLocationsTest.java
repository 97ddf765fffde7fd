package org.rulescape.fx.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rulescape.fx.runs.RunLocations;

/**
 * Which paths count as sample runs, which the workbench never writes. The test lives in this
 * package because the repository ignores every folder named runs.
 */
class RunLocationsTest {
    @TempDir
    Path folder;

    @Test
    void runsInSampleFolderAreSampleRuns() throws Exception {
        Path samples = Files.createDirectories(folder.resolve("bundled"));
        Path sample = Files.createDirectories(samples.resolve("full"));
        Path userRuns = Files.createDirectories(folder.resolve("runs"));
        RunLocations locations = new RunLocations(Optional.of(samples), userRuns);

        assertThat(locations.isSampleRun(sample)).isTrue();
        assertThat(locations.isSampleRun(sample.resolve("analysis").resolve("perturbation"))).isTrue();
        assertThat(locations.isSampleRun(samples.resolve("full").resolve("..").resolve("debug"))).isTrue();
        assertThat(locations.isSampleRun(samples)).as("the folder itself is no run").isFalse();
        assertThat(locations.isSampleRun(userRuns.resolve("full"))).isFalse();
        assertThat(locations.isSampleRun(null)).isFalse();
    }

    @Test
    void linkToSampleRunIsSampleRun() throws Exception {
        Path samples = Files.createDirectories(folder.resolve("bundled"));
        Path sample = Files.createDirectories(samples.resolve("full"));
        Path link = Files.createSymbolicLink(folder.resolve("shortcut"), sample);
        RunLocations locations = new RunLocations(Optional.of(samples), folder.resolve("runs"));

        assertThat(locations.isSampleRun(link)).isTrue();
    }

    @Test
    void anySampleRunsFolderIsSample() throws Exception {
        Path otherCopy = Files.createDirectories(folder.resolve("checkout").resolve("sample-runs").resolve("full"));
        RunLocations locations = new RunLocations(Optional.empty(), folder.resolve("runs"));

        assertThat(locations.isSampleRun(otherCopy)).isTrue();
        assertThat(locations.isInSamplesFolder(otherCopy.getParent())).isTrue();
        assertThat(locations.isSampleRun(folder.resolve("checkout").resolve("runs").resolve("full"))).isFalse();
    }

    @Test
    void samplesFolderTakesNoNewRun() throws Exception {
        Path samples = Files.createDirectories(folder.resolve("bundled"));
        RunLocations locations = new RunLocations(Optional.of(samples), folder.resolve("runs"));

        assertThat(locations.isInSamplesFolder(samples)).isTrue();
        assertThat(locations.isInSamplesFolder(samples.resolve("new-run"))).isTrue();
        assertThat(locations.isInSamplesFolder(folder.resolve("runs").resolve("new-run"))).isFalse();
    }
}
