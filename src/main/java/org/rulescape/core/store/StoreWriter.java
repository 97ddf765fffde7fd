package org.rulescape.core.store;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes one file of a run. Production code uses {@link AtomicFiles#write}; tests substitute a
 * writer that fails, to check how a full disk or a read-only folder is handled.
 */
@FunctionalInterface
public interface StoreWriter {

    /** Replaces {@code target} with the bytes {@code content} produces, atomically. */
    void write(Path target, AtomicFiles.Writer content) throws IOException;

    /** The writer used outside tests. */
    StoreWriter ATOMIC = AtomicFiles::write;
}
