package org.rulescape.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rulescape.core.analysis.perturbation.PerturbationStore;
import org.rulescape.core.analysis.perturbation.PerturbationStudy;
import picocli.CommandLine;

/** {@code perturb} on a copy of the sample DEBUG run, with the real kernel and few steps. */
class PerturbCommandTest {
    @TempDir
    Path runDir;

    @Test
    void perturbSavesStudyAndPrintsTable() throws IOException {
        copy(Path.of("sample-runs", "debug"), runDir);

        String out = capture(() -> RulescapeCommand.execute("perturb", runDir.toString(), "--sigmas", "0.5,1",
                "--trials", "2", "--recovery-steps", "4", "--threads", "2"));
        PerturbationStudy study = PerturbationStore.load(runDir).orElseThrow();

        assertThat(out).contains("verdict").contains("Rule:").contains("control");
        assertThat(study.isComplete()).isTrue();
        assertThat(study.settings().sigmas()).containsExactly(0.5, 1.0);
        assertThat(study.results()).hasSize(1 + 2 * 2);
    }

    @Test
    void invalidSigmaRejectedWithUsageCode() throws IOException {
        copy(Path.of("sample-runs", "debug"), runDir);
        int[] code = new int[1];

        capture(() -> code[0] = RulescapeCommand.execute("perturb", runDir.toString(), "--sigmas", "-1"));

        assertThat(code[0]).isEqualTo(CommandLine.ExitCode.USAGE);
    }

    private static String capture(Runnable action) {
        PrintStream original = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setOut(original);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }
}
