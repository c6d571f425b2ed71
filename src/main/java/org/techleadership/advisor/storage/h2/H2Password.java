package org.techleadership.advisor.storage.h2;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.Locale;
import java.util.Properties;

import org.h2.api.ErrorCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded database's own password, kept in {@code db-password} in the data folder (rw-------).
 * <p>
 * A new folder gets a random one before the database is made. A folder of the release before has a
 * database whose user {@code sa} has an empty password: it gets one through {@code db-password.next},
 * the same file an operator writes to rotate the password. While that file exists, the next start
 * opens the database with the current password (empty if there is none yet), switches it with
 * {@code ALTER USER}, and only then moves the file over {@code db-password}; a start that stopped in
 * between finds the new password already in force and just moves the file.
 */
final class H2Password {

    private static final Logger log = LoggerFactory.getLogger(H2Password.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final H2FileLocation location;
    private final String jdbcUrl;
    private final String user;

    H2Password(H2FileLocation location, String jdbcUrl, String user) {
        this.location = location;
        this.jdbcUrl = jdbcUrl;
        this.user = user == null ? "" : user;
    }

    /** 256 random bits, URL-safe base64: nothing in it needs quoting. */
    static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The password to open the database with, once any waiting switch to a new one is done. */
    String prepare() {
        Path current = location.passwordFile();
        Path next = location.nextPasswordFile();
        if (!Files.exists(current) && !Files.exists(next)) {
            if (Files.exists(location.dataFile())) {
                log.info("The H2 database {} has no password of its own (made by an earlier release): giving it one",
                        location.dataFile());
                OwnerOnly.write(next, random());
            } else {
                OwnerOnly.write(current, random());
            }
        }
        if (Files.exists(next)) {
            switchTo(next, current);
        }
        String password = read(current);
        if (!Files.exists(location.dataFile())) {
            // H2 makes the new database now, so that its file is made owner-only before the pool opens it
            try (Connection made = open(password)) {
                log.info("Made the H2 database {}; its password is in {}", location.dataFile(), current);
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot make the H2 database " + location.dataFile(), e);
            }
        }
        return password;
    }

    private void switchTo(Path next, Path current) {
        OwnerOnly.file(next);
        String password = read(next);
        String before = Files.exists(current) ? read(current) : "";
        try (Connection connection = open(before); Statement statement = connection.createStatement()) {
            statement.execute("ALTER USER " + identifier(user) + " SET PASSWORD " + literal(password));
        } catch (SQLException e) {
            if (e.getErrorCode() != ErrorCode.WRONG_USER_OR_PASSWORD) {
                throw new IllegalStateException("Cannot open the H2 database " + location.dataFile()
                        + " to give it the password in " + next + ": " + e.getMessage(), e);
            }
            opensWith(password, current, next); // switched before, and stopped before the move
        }
        try {
            Files.move(next, current, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("The database's password is now the one in " + next
                    + ", but it could not be moved to " + current + ": move it by hand", e);
        }
        log.info("The H2 database {} has the password from {} now, kept in {}", location.dataFile(), next, current);
    }

    private void opensWith(String password, Path current, Path next) {
        try (Connection connection = open(password)) {
            log.debug("The H2 database {} had the password from {} already", location.dataFile(), next);
        } catch (SQLException e) {
            throw new IllegalStateException("The H2 database " + location.dataFile() + " opens neither with the"
                    + " password in " + current + " (or an empty one, if that file is missing) nor with the one in "
                    + next + ". Put its password into " + current + " and delete " + next
                    + ", or set spring.datasource.password.", e);
        }
    }

    private Connection open(String password) throws SQLException {
        Properties credentials = new Properties();
        credentials.setProperty("user", user);
        credentials.setProperty("password", password);
        return new org.h2.Driver().connect(jdbcUrl, credentials);
    }

    private static String read(Path file) {
        String password;
        try {
            password = Files.readString(file).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the database password from " + file, e);
        }
        if (password.isEmpty()) {
            throw new IllegalStateException(file + " is empty: it must hold the database password");
        }
        return password;
    }

    private static String identifier(String name) {
        return '"' + name.toUpperCase(Locale.ROOT).replace("\"", "\"\"") + '"'; // H2 keeps user names upper case
    }

    private static String literal(String text) {
        return '\'' + text.replace("'", "''") + '\'';
    }
}
