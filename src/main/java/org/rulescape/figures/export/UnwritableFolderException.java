package org.rulescape.figures.export;

import java.io.IOException;
import java.nio.file.Path;

/** Raised when an export cannot create or write into its target folder; the message names it. */
public final class UnwritableFolderException extends IOException {
    private static final long serialVersionUID = 1L;

    private final transient Path folder;

    /** Creates the exception for {@code folder}, with the reason the file system gave. */
    public UnwritableFolderException(Path folder, String reason, Throwable cause) {
        super("cannot write into folder " + folder + ": " + reason
                + "; choose a writable folder or fix its permissions", cause);
        this.folder = folder;
    }

    /** The folder that could not be written. */
    public Path folder() {
        return folder;
    }
}
