package org.techleadership.advisor.storage.h2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.techleadership.advisor.storage.h2.H2Files.connect;
import static org.techleadership.advisor.storage.h2.H2Files.permissions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

/** The pool of an H2 file gets the database's own password and owner-only files; any other pool is left alone. */
class H2PasswordPostProcessorTest {

    @TempDir
    Path temp;

    @Test
    void aFolderOfTheReleaseBeforeIsMadeOwnerOnlyAndThePoolGetsTheNewPassword() throws Exception {
        Path data = temp.resolve("data");
        String url = "jdbc:h2:file:" + data.resolve("advisor");
        connect(url, "sa", "").close(); // as the release before left it: sa, no password, world-readable
        Files.createDirectories(data.resolve("backups"));
        Files.writeString(data.resolve("backups/advisor-20261130-020000.zip"), "an old backup");
        Files.setPosixFilePermissions(data.resolve("backups/advisor-20261130-020000.zip"),
                PosixFilePermissions.fromString("rw-r--r--"));
        for (Path folder : new Path[] {data, data.resolve("backups")}) {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        Files.setPosixFilePermissions(data.resolve("advisor.mv.db"), PosixFilePermissions.fromString("rw-r--r--"));
        HikariDataSource pool = pool(url);

        new_(new MockEnvironment()).postProcessBeforeInitialization(pool, "dataSource");

        assertThat(pool.getPassword()).isNotEmpty().isEqualTo(Files.readString(data.resolve("db-password")));
        assertThat(permissions(data)).isEqualTo("rwx------");
        assertThat(permissions(data.resolve("advisor.mv.db"))).isEqualTo("rw-------");
        assertThat(permissions(data.resolve("db-password"))).isEqualTo("rw-------");
        assertThat(permissions(data.resolve("backups"))).isEqualTo("rwx------");
        assertThat(permissions(data.resolve("backups/advisor-20261130-020000.zip"))).isEqualTo("rw-------");
    }

    @Test
    void aPasswordTheOperatorSetIsUsedAsItIs() throws Exception {
        Path data = temp.resolve("data");
        HikariDataSource pool = pool("jdbc:h2:file:" + data.resolve("advisor"));
        pool.setPassword("Operators-Own-1");

        new_(new MockEnvironment().withProperty("spring.datasource.password", "Operators-Own-1"))
                .postProcessBeforeInitialization(pool, "dataSource");

        assertThat(pool.getPassword()).isEqualTo("Operators-Own-1");
        assertThat(data.resolve("db-password")).doesNotExist();
        assertThat(permissions(data)).as("the folder is still the owner's alone").isEqualTo("rwx------");
    }

    @Test
    void anInMemoryH2OrPostgreSqlIsLeftAlone() {
        for (String url : new String[] {"jdbc:h2:mem:advisor", "jdbc:postgresql://localhost:5432/advisor",
                "jdbc:h2:tcp://localhost/" + temp.resolve("advisor")}) {
            HikariDataSource pool = pool(url);

            new_(new MockEnvironment()).postProcessBeforeInitialization(pool, "dataSource");

            assertThat(pool.getPassword()).as(url).isEmpty();
        }
        assertThat(temp).isEmptyDirectory();
    }

    private static HikariDataSource pool(String url) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(url);
        pool.setUsername("sa");
        pool.setPassword("");
        return pool;
    }

    private static H2PasswordPostProcessor new_(MockEnvironment environment) {
        H2PasswordPostProcessor processor = new H2PasswordPostProcessor();
        processor.setEnvironment(environment);
        return processor;
    }
}
