package org.rulescape.fx.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.slf4j.LoggerFactory;

/** How failed background jobs are logged: expected conditions in one line, defects with their stack trace. */
class FxBackgroundTasksTest {
    private final Logger logger = (Logger) LoggerFactory.getLogger(FxBackgroundTasks.class);
    private final ListAppender<ILoggingEvent> events = new ListAppender<>();
    private Level levelBefore;

    @BeforeAll
    static void startToolkit() throws Exception {
        // Started through TestFX, as the UI tests start it, so that they still work when they run later.
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void captureLog() {
        levelBefore = logger.getLevel();
        // The INFO line must reach the appender whatever level RULESCAPE_LOG_LEVEL sets.
        logger.setLevel(Level.INFO);
        events.start();
        logger.addAppender(events);
    }

    @AfterEach
    void releaseLog() {
        logger.detachAppender(events);
        logger.setLevel(levelBefore);
    }

    /** Runs a job that throws {@code error} and returns what the failure callback received. */
    private static Throwable failWith(RuntimeException error) throws Exception {
        FxBackgroundTasks tasks = new FxBackgroundTasks();
        CompletableFuture<Throwable> received = new CompletableFuture<>();
        Platform.runLater(() -> tasks.run("Geometry of k2", progress -> {
            throw error;
        }, result -> received.complete(null), received::complete));
        try {
            return received.get(20, TimeUnit.SECONDS);
        } finally {
            tasks.shutdown();
        }
    }

    @Test
    void userFacingFailureLogsOneLine() throws Exception {
        UserFacingException tooFew = new UserFacingException("geometry analysis needs at least 3 usable seeds, found 2");

        Throwable received = failWith(tooFew);

        assertThat(received).isSameAs(tooFew);
        assertThat(events.list).singleElement().satisfies(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.INFO);
            assertThat(event.getFormattedMessage())
                    .isEqualTo("Background job 'Geometry of k2' stopped: " + tooFew.getMessage());
            assertThat(event.getThrowableProxy()).as("no stack trace").isNull();
        });
    }

    @Test
    void defectLogsStackTrace() throws Exception {
        IllegalStateException defect = new IllegalStateException("index 12 out of bounds");

        Throwable received = failWith(defect);

        assertThat(received).isSameAs(defect);
        assertThat(events.list).singleElement().satisfies(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.WARN);
            assertThat(event.getThrowableProxy()).isNotNull();
            assertThat(event.getThrowableProxy().getMessage()).isEqualTo("index 12 out of bounds");
        });
    }
}
