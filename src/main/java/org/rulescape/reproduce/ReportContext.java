package org.rulescape.reproduce;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;

/**
 * Everything a reproduction report is written from.
 *
 * @param debug        the DEBUG sample run with its analyses
 * @param full         the FULL sample run with its analyses
 * @param settings     analysis settings used on both runs
 * @param command      the command line that made the report
 * @param reportFile   where the report is written; figure links are relative to its folder
 * @param created      when the report was written
 * @param totalSeconds wall time of the whole reproduction in seconds
 * @param machine      host description: Java, OS, cores and load average
 */
public record ReportContext(SampleRun debug, SampleRun full, ReproductionSettings settings, String command,
        Path reportFile, Instant created, double totalSeconds, String machine) {

    public ReportContext {
        Objects.requireNonNull(debug, "debug");
        Objects.requireNonNull(full, "full");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(reportFile, "reportFile");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(machine, "machine");
    }
}
