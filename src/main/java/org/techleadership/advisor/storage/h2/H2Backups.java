package org.techleadership.advisor.storage.h2;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Backups of the embedded H2 file, taken while the app runs: H2's {@code BACKUP TO} writes a consistent
 * zip of the database into {@code <data>/backups/<name>-<UTC time>.zip}, with the database's password
 * beside it as {@code db-password} (a backup opens only with the password of its day), owner-only. It
 * runs on {@code advisor.h2.backup.schedule} and when an admin asks, and keeps the newest
 * {@code advisor.h2.backup.keep}; other files in the folder are never touched. On any other database
 * {@link #inUse()} is false and nothing is done: PostgreSQL is backed up with its own tools.
 */
public class H2Backups {

    /** One backup zip, as kept in the backups folder. */
    public record Backup(String name, Path file, long bytes, Instant takenAt) {}

    /** The database could not be backed up; the message says why. */
    public static class BackupFailedException extends RuntimeException {
        public BackupFailedException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private static final Logger log = LoggerFactory.getLogger(H2Backups.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")
            .withZone(ZoneOffset.UTC);

    private final DataSource dataSource;
    private final H2BackupProperties settings;
    private final Optional<H2FileLocation> location;

    H2Backups(DataSource dataSource, H2BackupProperties settings) {
        this.dataSource = dataSource;
        this.settings = settings;
        this.location = locationOf(dataSource);
    }

    /** Whether the app runs on an H2 file, whose backups it makes. */
    public boolean inUse() {
        return location.isPresent();
    }

    /** The folder the backups go to. */
    public Path folder() {
        return h2().backups();
    }

    /** How many backups are kept. */
    public int keep() {
        return settings.keep();
    }

    /** When backups are taken by themselves (a cron expression, a macro such as @daily, or - for never). */
    public String schedule() {
        return settings.schedule();
    }

    /** Takes a backup at once, then deletes the oldest beyond {@link #keep()}. */
    public synchronized Backup backUpNow() {
        H2FileLocation h2 = h2();
        Path file = h2.backups().resolve(h2.name() + "-" + STAMP.format(Instant.now()) + ".zip");
        try {
            OwnerOnly.folder(h2.backups());
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("BACKUP TO '" + file.toString().replace("'", "''") + "'");
            }
            OwnerOnly.file(file);
            if (Files.exists(h2.passwordFile())) {
                try (FileSystem zip = FileSystems.newFileSystem(file)) {
                    Files.copy(h2.passwordFile(), zip.getPath(h2.passwordFile().getFileName().toString()));
                }
                OwnerOnly.file(file);
            }
            List<Backup> kept = kept();
            for (Backup old : kept.subList(Math.min(settings.keep(), kept.size()), kept.size())) {
                Files.delete(old.file());
                log.info("Deleted the backup {}: {} newer ones are kept", old.file(), settings.keep());
            }
            return describe(file);
        } catch (SQLException | IOException | RuntimeException e) {
            throw new BackupFailedException("The database could not be backed up to " + file + ": " + e.getMessage(), e);
        }
    }

    /** The backups kept in the folder, the newest first. */
    public List<Backup> kept() {
        H2FileLocation h2 = h2();
        if (!Files.isDirectory(h2.backups())) {
            return List.of();
        }
        Pattern ours = Pattern.compile(Pattern.quote(h2.name()) + "-\\d{8}-\\d{6}(-\\d{3})?\\.zip");
        try (Stream<Path> files = Files.list(h2.backups())) {
            return files.filter(f -> ours.matcher(f.getFileName().toString()).matches())
                    .sorted(Comparator.comparing((Path f) -> f.getFileName().toString()).reversed())
                    .map(H2Backups::describe).toList();
        } catch (IOException e) {
            throw new BackupFailedException("Cannot list the backups in " + h2.backups() + ": " + e.getMessage(), e);
        }
    }

    @Scheduled(cron = "${advisor.h2.backup.schedule:@daily}")
    void backUpOnSchedule() {
        if (!inUse()) {
            return;
        }
        try {
            Backup made = backUpNow();
            log.info("Backed the database up to {} ({} bytes)", made.file(), made.bytes());
        } catch (BackupFailedException e) {
            log.error(e.getMessage(), e);
        }
    }

    private H2FileLocation h2() {
        return location.orElseThrow(() -> new IllegalStateException("The app does not run on an H2 file"));
    }

    private static Backup describe(Path file) {
        try {
            return new Backup(file.getFileName().toString(), file, Files.size(file),
                    Files.getLastModifiedTime(file).toInstant());
        } catch (IOException e) {
            throw new BackupFailedException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static Optional<H2FileLocation> locationOf(DataSource dataSource) {
        try {
            return dataSource.isWrapperFor(HikariDataSource.class)
                    ? H2FileLocation.of(dataSource.unwrap(HikariDataSource.class).getJdbcUrl()) : Optional.empty();
        } catch (SQLException e) {
            return Optional.empty();
        }
    }
}
