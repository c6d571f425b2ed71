package org.techleadership.advisor.storage.h2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.techleadership.advisor.storage.h2.H2Files.connect;
import static org.techleadership.advisor.storage.h2.H2Files.permissions;
import static org.techleadership.advisor.storage.h2.H2Files.refuses;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipFile;

import com.zaxxer.hikari.HikariDataSource;
import org.h2.tools.Restore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.techleadership.advisor.AdvisorApplication;

/**
 * The app on its default embedded database, in a folder of its own: no TCP port but its HTTP one, a
 * password of its own in an owner-only file, owner-only files, and backups it takes while it runs.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisabledIfSystemProperty(named = "advisor.test-db", matches = "postgres", disabledReason = "the embedded H2 alone")
class H2FileStorageTest {

    Path temp;
    Path data;
    Set<Integer> listeningBefore;
    ConfigurableApplicationContext app;

    @BeforeAll
    void start(@TempDir Path temp) throws Exception {
        this.temp = temp;
        data = temp.resolve("data");
        listeningBefore = ListeningPorts.readable() ? ListeningPorts.ofThisProcess() : Set.of();
        app = new SpringApplicationBuilder(AdvisorApplication.class).run("--server.port=0",
                "--advisor.data-dir=" + data, "--advisor.h2.backup.keep=2", "--advisor.h2.backup.schedule=-",
                "--spring.main.banner-mode=off");
    }

    @AfterAll
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void theRunningAppListensOnItsOwnHttpPortAndNoOther() throws Exception {
        assumeThat(ListeningPorts.readable()).as("/proc/net/tcp (Linux)").isTrue();
        int httpPort = ((WebServerApplicationContext) app).getWebServer().getPort();

        Set<Integer> opened = new HashSet<>(ListeningPorts.ofThisProcess());
        opened.removeAll(listeningBefore);

        assertThat(opened).as("ports this app opened").containsExactly(httpPort);
    }

    @Test
    void theDatabaseHasAPasswordOfItsOwnInAnOwnerOnlyFile() throws Exception {
        Path passwordFile = data.resolve("db-password");

        assertThat(passwordFile).exists();
        assertThat(Files.readString(passwordFile)).hasSizeGreaterThanOrEqualTo(43)
                .isEqualTo(app.getBean(HikariDataSource.class).getPassword());
        assertThat(permissions(passwordFile)).isEqualTo("rw-------");
        assertThat(permissions(data)).isEqualTo("rwx------");
        assertThat(permissions(data.resolve("advisor.mv.db"))).isEqualTo("rw-------");
    }

    @Test
    void userSaWithAnEmptyPasswordIsRefused() throws Exception {
        String url = app.getBean(HikariDataSource.class).getJdbcUrl();

        assertThat(refuses(url, "sa", "")).isTrue();
        connect(url, "sa", Files.readString(data.resolve("db-password"))).close();
    }

    @Test
    void backUpNowWritesAValidH2BackupAndKeepsOnlyTheNewest() throws Exception {
        H2Backups backups = app.getBean(H2Backups.class);
        Files.createDirectories(data.resolve("backups"));
        Files.writeString(data.resolve("backups/made-by-the-operator.zip"), "not ours to delete");

        H2Backups.Backup first = backups.backUpNow();
        Thread.sleep(5);
        H2Backups.Backup second = backups.backUpNow();
        Thread.sleep(5);
        H2Backups.Backup third = backups.backUpNow();

        assertThat(first.file().getParent()).isEqualTo(data.resolve("backups"));
        assertThat(first.name()).matches("advisor-\\d{8}-\\d{6}-\\d{3}\\.zip");
        assertThat(backups.kept()).extracting(H2Backups.Backup::name).containsExactly(third.name(), second.name());
        assertThat(first.file()).doesNotExist();
        assertThat(data.resolve("backups/made-by-the-operator.zip")).exists();
        assertThat(permissions(data.resolve("backups"))).isEqualTo("rwx------");
        assertThat(permissions(third.file())).isEqualTo("rw-------");

        Path restored = temp.resolve("restored");
        Restore.execute(third.file().toString(), restored.toString(), "advisor");
        String password;
        try (ZipFile zip = new ZipFile(third.file().toFile())) {
            password = new String(zip.getInputStream(zip.getEntry("db-password")).readAllBytes());
        }
        try (Connection connection = connect("jdbc:h2:file:" + restored.resolve("advisor"), "sa", password);
             Statement sql = connection.createStatement();
             ResultSet rows = sql.executeQuery("SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"success\"")) {
            rows.next();
            assertThat(rows.getInt(1)).as("migrations in the restored backup").isGreaterThanOrEqualTo(8);
        }
        assertThat(List.of(restored.toFile().list())).contains("advisor.mv.db");
    }
}
