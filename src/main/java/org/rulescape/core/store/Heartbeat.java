package org.rulescape.core.store;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The RUN/heartbeat file: one line {@code pid=<pid> host=<host> time=<ISO instant>} rewritten every
 * second by the writer of a run. A reader treats the writer as gone when the file's modification
 * time is older than {@link RunReader#STALE_HEARTBEAT}, or at once when the file names a process
 * on this host that no longer exists (a killed JVM).
 */
final class Heartbeat {
    private static final String HOST = hostName();

    private Heartbeat() {
    }

    static byte[] content(Instant now) {
        return ("pid=" + ProcessHandle.current().pid() + " host=" + HOST + " time=" + now + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** True when a live writer refreshed {@code file} recently, as of {@code now}. */
    static boolean isAlive(Path file, Instant now) throws IOException {
        if (!Files.exists(file)) {
            return false;
        }
        Instant beat = Files.getLastModifiedTime(file).toInstant();
        if (Duration.between(beat, now).compareTo(RunReader.STALE_HEARTBEAT) > 0) {
            return false;
        }
        return !writerIsGone(Files.readString(file, StandardCharsets.UTF_8));
    }

    /** True when the line names a process on this host that has exited. */
    private static boolean writerIsGone(String line) {
        Optional<String> pid = field(line, "pid");
        Optional<String> host = field(line, "host");
        if (pid.isEmpty() || host.isEmpty() || !host.get().equals(HOST)) {
            return false;
        }
        try {
            return ProcessHandle.of(Long.parseLong(pid.get())).map(handle -> !handle.isAlive()).orElse(true);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static Optional<String> field(String line, String key) {
        for (String part : line.trim().split("\\s+")) {
            if (part.startsWith(key + "=")) {
                return Optional.of(part.substring(key.length() + 1));
            }
        }
        return Optional.empty();
    }

    private static String hostName() {
        String fromEnvironment = System.getenv("HOSTNAME");
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return fromEnvironment.trim();
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
