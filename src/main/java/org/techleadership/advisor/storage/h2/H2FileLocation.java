package org.techleadership.advisor.storage.h2;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where an embedded H2 database in a file lives: {@code database} is the path H2 is given without its
 * {@code .mv.db} suffix ({@code ./data/advisor}), and the folder holding it is the data folder.
 */
record H2FileLocation(Path database) {

    private static final String FILE_URL = "jdbc:h2:file:";

    /** The location of an H2 file URL; empty for PostgreSQL, in-memory H2 or a TCP URL. */
    static Optional<H2FileLocation> of(String jdbcUrl) {
        if (jdbcUrl == null || !jdbcUrl.startsWith(FILE_URL)) {
            return Optional.empty();
        }
        String path = jdbcUrl.substring(FILE_URL.length());
        int settings = path.indexOf(';');
        path = settings < 0 ? path : path.substring(0, settings);
        if (path.startsWith("~")) { // H2 reads a leading ~ as the user's home folder
            path = System.getProperty("user.home") + path.substring(1);
        }
        return Optional.of(new H2FileLocation(Path.of(path).toAbsolutePath().normalize()));
    }

    Path folder() {
        return database.getParent();
    }

    /** The database's name, the first part of each of its files' names ("advisor"). */
    String name() {
        return database.getFileName().toString();
    }

    Path dataFile() {
        return folder().resolve(name() + ".mv.db");
    }

    Path passwordFile() {
        return folder().resolve("db-password");
    }

    /** A password waiting to replace the current one at the next start (an upgrade, or a rotation). */
    Path nextPasswordFile() {
        return folder().resolve("db-password.next");
    }

    Path backups() {
        return folder().resolve("backups");
    }
}
