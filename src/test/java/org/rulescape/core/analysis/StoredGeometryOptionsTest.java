package org.rulescape.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rulescape.core.store.RunFormatException;
import org.slf4j.LoggerFactory;

/** Reading back the options of a stored geometry analysis, and the fallback when they are damaged. */
class StoredGeometryOptionsTest {
    /** Every option differs from its default. */
    private static final GeometryOptions CUSTOM = new GeometryOptions(42L, 150, 60, 12, 0.75, 0.8, 0.5,
            BootstrapScheme.RESAMPLE, 3);

    @TempDir
    Path run;

    private final ListAppender<ILoggingEvent> log = new ListAppender<>();

    @BeforeEach
    void captureLog() {
        log.start();
        ((Logger) LoggerFactory.getLogger(GeometryFiles.class)).addAppender(log);
    }

    @AfterEach
    void releaseLog() {
        ((Logger) LoggerFactory.getLogger(GeometryFiles.class)).detachAppender(log);
    }

    @Test
    void writeThenReadKeepsNonDefaultOptions() throws IOException {
        GeometryInput input = SeedSelection.fromResults(SyntheticRuns.done(4, 5), SyntheticRuns.HIDDEN, false);
        GeometryFiles.write(run, GeometryAnalysis.analyze(input, CUSTOM));

        Optional<GeometryOptions> read = GeometryFiles.readOptions(run);
        StoredGeometryOptions stored = GeometryFiles.readOptionsOrDefaults(run);

        assertThat(read).contains(CUSTOM);
        assertThat(stored.source()).isEqualTo(StoredGeometryOptions.Source.STORED);
        assertThat(stored.options()).isEqualTo(CUSTOM);
        assertThat(stored.fellBackToDefaults()).isFalse();
        assertThat(stored.description()).contains(GeometryFiles.summaryFile(run).toString());
        assertThat(log.list).isEmpty();
    }

    @Test
    void writeThenReadKeepsSeedSelection() throws IOException {
        GeometryInput base = SeedSelection.fromResults(SyntheticRuns.done(4, 5), SyntheticRuns.HIDDEN, true);
        GeometryInput input = new GeometryInput(base.hidden(), base.seeds(), base.excluded(), true, base.unstable(),
                true);
        GeometryFiles.write(run, GeometryAnalysis.analyze(input, CUSTOM));

        StoredGeometryOptions stored = GeometryFiles.readOptionsOrDefaults(run);

        assertThat(stored.source()).isEqualTo(StoredGeometryOptions.Source.STORED);
        assertThat(stored.includeUnfinished()).isTrue();
        assertThat(stored.excludeUnstable()).isTrue();
    }

    @Test
    void damagedSeedSelectionFallsBack() throws IOException {
        GeometryInput input = SeedSelection.fromResults(SyntheticRuns.done(4, 5), SyntheticRuns.HIDDEN, true);
        GeometryFiles.write(run, GeometryAnalysis.analyze(input, CUSTOM));
        Path summary = GeometryFiles.summaryFile(run);
        String text = Files.readString(summary);
        assertThat(text).contains("\"included_unfinished\" : true");
        Files.writeString(summary, text.replace("\"included_unfinished\" : true", "\"included_unfinished\" : \"yes\""));

        StoredGeometryOptions stored = GeometryFiles.readOptionsOrDefaults(run);

        assertThat(stored.source()).isEqualTo(StoredGeometryOptions.Source.UNREADABLE);
        assertThat(stored.problem()).contains(summary.toString()).contains("included_unfinished");
        assertThat(stored.includeUnfinished()).isFalse();
        assertThat(log.list).hasSize(1);
    }

    @Test
    void runWithoutAnalysisGivesDefaults() throws IOException {
        StoredGeometryOptions stored = GeometryFiles.readOptionsOrDefaults(run);

        assertThat(GeometryFiles.readOptions(run)).isEmpty();
        assertThat(stored.source()).isEqualTo(StoredGeometryOptions.Source.NOT_STORED);
        assertThat(stored.options()).isEqualTo(GeometryOptions.defaults());
        assertThat(stored.problem()).isEmpty();
        assertThat(log.list).isEmpty();
    }

    @Test
    void damagedOptionsFallBackToDefaultsNamingField() throws IOException {
        String valid = storedSummary();
        String[][] cases = {
                // damaged summary, expected phrase of the error
                {valid.substring(0, valid.length() / 2), "not valid JSON"},
                {valid.replaceFirst("\"threshold\" : 0.75,", ""), "missing field 'options.threshold'"},
                {valid.replace("\"threshold\" : 0.75", "\"threshold\" : 1.5"),
                        "field 'options.threshold' must lie in (0, 1], found 1.5"},
                {valid.replace("\"bootstrap_draws\" : 150", "\"bootstrap_draws\" : 0"),
                        "field 'options.bootstrap_draws' must be at least 1, found 0"},
                {valid.replace("\"null_band_level\" : 0.5", "\"null_band_level\" : 1.0"),
                        "field 'options.null_band_level' must lie in (0, 1), found 1.0"},
                {valid.replace("\"alignment_rounds\" : 3", "\"alignment_rounds\" : -1"),
                        "field 'options.alignment_rounds' must be at least 0, found -1"},
                {valid.replace("\"null_draws\" : 60", "\"null_draws\" : \"sixty\""),
                        "field 'options.null_draws' must be an integer"},
                {valid.replace("\"RESAMPLE\"", "\"JACKKNIFE\""), "field 'options.pca_bootstrap' must be one of"},
                {valid.replace("\"format_version\" : 1", "\"format_version\" : 2"), "field 'format_version' is 2"},
                {"{\"stored_by\": \"rulescape analyze\"}\n", "missing field 'format_version'"},
        };
        Path file = GeometryFiles.summaryFile(run);
        for (String[] damage : cases) {
            Files.writeString(file, damage[0]);
            log.list.clear();

            StoredGeometryOptions stored = GeometryFiles.readOptionsOrDefaults(run);

            assertThatThrownBy(() -> GeometryFiles.readOptions(run)).as(damage[1])
                    .isInstanceOf(RunFormatException.class).hasMessageContaining(file.toString())
                    .hasMessageContaining(damage[1]);
            assertThat(stored.source()).as(damage[1]).isEqualTo(StoredGeometryOptions.Source.UNREADABLE);
            assertThat(stored.options()).as(damage[1]).isEqualTo(GeometryOptions.defaults());
            assertThat(stored.problem()).as(damage[1]).contains(file.toString()).contains(damage[1]);
            assertThat(stored.description()).as(damage[1]).startsWith("the default options").contains(damage[1]);
            assertThat(log.list).as(damage[1]).hasSize(1);
            assertThat(log.list.get(0).getLevel()).isEqualTo(Level.WARN);
            assertThat(log.list.get(0).getFormattedMessage()).as(damage[1]).contains(file.toString())
                    .contains(damage[1]);
        }
    }

    /** Writes an analysis with {@link #CUSTOM} and returns its summary.json. */
    private String storedSummary() throws IOException {
        GeometryInput input = SeedSelection.fromResults(SyntheticRuns.done(4, 5), SyntheticRuns.HIDDEN, false);
        GeometryFiles.write(run, GeometryAnalysis.analyze(input, CUSTOM));
        String summary = Files.readString(GeometryFiles.summaryFile(run));
        assertThat(summary).contains("\"threshold\" : 0.75,", "\"bootstrap_draws\" : 150", "\"null_draws\" : 60",
                "\"null_band_level\" : 0.5", "\"alignment_rounds\" : 3", "\"RESAMPLE\"", "\"format_version\" : 1");
        return summary;
    }
}
