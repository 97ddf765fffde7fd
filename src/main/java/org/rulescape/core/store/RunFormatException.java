package org.rulescape.core.store;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A stored run's file is missing, damaged or of an unknown format. The message names the file,
 * what was expected and what was found.
 */
public final class RunFormatException extends IOException {

    private final transient Path file;

    public RunFormatException(Path file, String problem) {
        super(file + ": " + problem);
        this.file = file;
    }

    public RunFormatException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
        this.file = file;
    }

    /** The file whose content was rejected. */
    public Path file() {
        return file;
    }
}
