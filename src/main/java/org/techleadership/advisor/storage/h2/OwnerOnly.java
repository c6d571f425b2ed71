package org.techleadership.advisor.storage.h2;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Folders rwx------ and files rw-------: the database, its password and its backups are for the app's
 * own user alone. On a file system without POSIX permissions (Windows) this does nothing.
 */
final class OwnerOnly {

    static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private static final Logger log = LoggerFactory.getLogger(OwnerOnly.class);

    private OwnerOnly() {
    }

    /** Makes the folder (and its parents) if it is missing, and leaves it owner-only. */
    static void folder(Path folder) {
        try {
            Files.createDirectories(folder);
            restrict(folder, FOLDER);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot make " + folder + " a folder for this user alone", e);
        }
    }

    /** Leaves every file directly in the folder whose name starts with one of the prefixes owner-only. */
    static void filesIn(Path folder, String... prefixes) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(Files::isRegularFile)
                    .filter(f -> Stream.of(prefixes).anyMatch(f.getFileName().toString()::startsWith))
                    .forEach(OwnerOnly::file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + folder, e);
        }
    }

    static void file(Path file) {
        try {
            restrict(file, FILE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot make " + file + " readable by this user alone", e);
        }
    }

    /** Writes the text into a new owner-only file that appears whole or not at all. */
    static void write(Path file, String text) {
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try {
            Files.deleteIfExists(partial);
            if (posix(file.getParent())) {
                Files.createFile(partial, PosixFilePermissions.asFileAttribute(FILE));
            } else {
                Files.createFile(partial);
            }
            Files.writeString(partial, text);
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException e) {
            throw new IllegalStateException(file + " appeared while it was being written", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    private static void restrict(Path path, Set<PosixFilePermission> permissions) throws IOException {
        if (!posix(path)) {
            log.debug("{} is on a file system without POSIX permissions; left as it is", path);
            return;
        }
        if (!Files.getPosixFilePermissions(path).equals(permissions)) {
            Files.setPosixFilePermissions(path, permissions);
        }
    }

    private static boolean posix(Path path) {
        return Files.getFileAttributeView(path, PosixFileAttributeView.class) != null;
    }
}
