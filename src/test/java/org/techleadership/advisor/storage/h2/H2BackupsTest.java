package org.techleadership.advisor.storage.h2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.techleadership.advisor.storage.h2.H2Files.connect;
import static org.techleadership.advisor.storage.h2.H2Files.permissions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.zip.ZipFile;

import com.zaxxer.hikari.HikariDataSource;
import org.h2.tools.Restore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Backups taken while the database is open: valid H2 backups with their password, the newest few kept. */
class H2BackupsTest {

    @TempDir
    Path temp;
    Path data;
    HikariDataSource pool;
    H2Backups backups;

    @BeforeEach
    void openADatabase() throws Exception {
        data = temp.resolve("data");
        OwnerOnly.folder(data);
        String url = "jdbc:h2:file:" + data.resolve("advisor") + ";WRITE_DELAY=0";
        pool = new HikariDataSource();
        pool.setJdbcUrl(url);
        pool.setUsername("sa");
        pool.setPassword(new H2Password(H2FileLocation.of(url).orElseThrow(), url, "sa").prepare());
        try (Connection connection = pool.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("CREATE TABLE answer (text VARCHAR(20)); INSERT INTO answer VALUES ('kept')");
        }
        backups = new H2Backups(pool, new H2BackupProperties("-", 2));
    }

    @AfterEach
    void close() {
        pool.close();
    }

    @Test
    void backUpNowWritesAnOwnerOnlyZipThatRestoresAndOpensWithItsPassword() throws Exception {
        H2Backups.Backup made = backups.backUpNow();

        assertThat(made.file().getParent()).isEqualTo(data.resolve("backups"));
        assertThat(made.name()).matches("advisor-\\d{8}-\\d{6}-\\d{3}\\.zip");
        assertThat(permissions(data.resolve("backups"))).isEqualTo("rwx------");
        assertThat(permissions(made.file())).isEqualTo("rw-------");

        Path restored = temp.resolve("restored");
        Restore.execute(made.file().toString(), restored.toString(), "advisor");
        String password;
        try (ZipFile zip = new ZipFile(made.file().toFile())) {
            password = new String(zip.getInputStream(zip.getEntry("db-password")).readAllBytes());
        }
        assertThat(password).isEqualTo(Files.readString(data.resolve("db-password")));
        try (Connection connection = connect("jdbc:h2:file:" + restored.resolve("advisor"), "sa", password);
             Statement sql = connection.createStatement(); ResultSet rows = sql.executeQuery("SELECT text FROM answer")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("kept");
        }
    }

    @Test
    void theNewestAreKeptTheOldestDeletedAndOtherFilesLeftAlone() throws Exception {
        Files.createDirectories(data.resolve("backups"));
        Files.writeString(data.resolve("backups/made-by-the-operator.zip"), "not ours to delete");

        H2Backups.Backup first = backups.backUpNow();
        Thread.sleep(5);
        H2Backups.Backup second = backups.backUpNow();
        Thread.sleep(5);
        H2Backups.Backup third = backups.backUpNow();

        assertThat(backups.kept()).extracting(H2Backups.Backup::name).containsExactly(third.name(), second.name());
        assertThat(first.file()).doesNotExist();
        assertThat(data.resolve("backups/made-by-the-operator.zip")).exists();
    }

    @Test
    void onAnotherDatabaseThereIsNothingToBackUp() {
        HikariDataSource memory = new HikariDataSource();
        memory.setJdbcUrl("jdbc:h2:mem:backups");

        H2Backups none = new H2Backups(memory, new H2BackupProperties("@daily", 7));

        assertThat(none.inUse()).isFalse();
        assertThat(backups.inUse()).isTrue();
        assertThatThrownBy(none::backUpNow).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aScheduleThatIsNoCronExpressionOrAKeepBelowOneIsRefusedAtStart() {
        assertThatThrownBy(() -> new H2BackupProperties("every night", 7))
                .hasMessageContaining("advisor.h2.backup.schedule").hasMessageContaining("every night");
        assertThatThrownBy(() -> new H2BackupProperties("@daily", 0)).hasMessageContaining("advisor.h2.backup.keep");
        assertThat(new H2BackupProperties("0 30 2 * * *", 1).keep()).isEqualTo(1);
    }
}
