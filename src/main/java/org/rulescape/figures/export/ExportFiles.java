package org.rulescape.figures.export;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.rulescape.core.store.AtomicFiles;

/** Writes export files atomically after checking that their folder can be written. */
final class ExportFiles {
    private ExportFiles() {
    }

    /**
     * Creates the folder of {@code file} if needed and checks that it is a writable folder.
     *
     * @throws UnwritableFolderException naming the folder when it cannot be created or written
     */
    static Path prepareFolder(Path file) throws UnwritableFolderException {
        Path folder = file.toAbsolutePath().normalize().getParent();
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new UnwritableFolderException(folder, "it exists but is a file, not a folder", null);
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UnwritableFolderException(folder, "it cannot be created (" + describe(e) + ")", e);
        }
        if (!Files.isWritable(folder)) {
            throw new UnwritableFolderException(folder, "permission denied", null);
        }
        return folder;
    }

    /**
     * Writes {@code bytes} to {@code file} atomically.
     *
     * @throws UnwritableFolderException when the folder cannot be created or written
     * @throws IOException               naming the file when the write fails for another reason
     */
    static void write(Path file, byte[] bytes) throws IOException {
        write(file, out -> out.write(bytes));
    }

    /** Streams content to {@code file} atomically; same errors as {@link #write(Path, byte[])}. */
    static void write(Path file, AtomicFiles.Writer writer) throws IOException {
        Path folder = prepareFolder(file);
        try {
            AtomicFiles.write(file, writer);
            makeReadable(file);
        } catch (IOException e) {
            if (e.getCause() instanceof AccessDeniedException denied) {
                throw new UnwritableFolderException(folder, "permission denied (" + describe(denied) + ")", e);
            }
            throw e;
        }
    }

    /**
     * Gives the written file the usual rw-r--r-- mode; the temporary file behind an atomic write
     * is created owner-only, which would keep figures from being shared or served.
     */
    private static void makeReadable(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException | IOException e) {
            // Not a POSIX file system, or not ours to change: keep the mode the write gave.
        }
    }

    private static String describe(IOException e) {
        if (e instanceof FileSystemException fs) {
            String reason = fs.getReason() == null ? e.getClass().getSimpleName() : fs.getReason();
            return e.getClass().getSimpleName() + " on " + fs.getFile() + ": " + reason;
        }
        return e.toString();
    }
}
