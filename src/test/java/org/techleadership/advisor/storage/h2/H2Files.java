package org.techleadership.advisor.storage.h2;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;

import org.h2.api.ErrorCode;

/** Test help for an H2 file: connect as the app does, and read a file's permissions as ls shows them. */
final class H2Files {

    private H2Files() {
    }

    static Connection connect(String jdbcUrl, String user, String password) throws SQLException {
        Properties credentials = new Properties();
        credentials.setProperty("user", user);
        credentials.setProperty("password", password);
        return new org.h2.Driver().connect(jdbcUrl, credentials);
    }

    /** Whether the database refuses these credentials as wrong (and not for some other reason). */
    static boolean refuses(String jdbcUrl, String user, String password) {
        try (Connection ignored = connect(jdbcUrl, user, password)) {
            return false;
        } catch (SQLException e) {
            if (e.getErrorCode() != ErrorCode.WRONG_USER_OR_PASSWORD) {
                throw new AssertionError("expected a wrong-password refusal, got " + e, e);
            }
            return true;
        }
    }

    static String permissions(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
