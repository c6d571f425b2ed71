package org.techleadership.advisor.storage.h2;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Only an H2 file URL is an H2 file: its folder is the data folder; every other URL is none of ours. */
class H2FileLocationTest {

    @Test
    void anH2FileUrlNamesTheDatabaseAndItsFolder() {
        H2FileLocation location = H2FileLocation.of("jdbc:h2:file:/var/lib/advisor/advisor;WRITE_DELAY=0;COMPRESS=TRUE")
                .orElseThrow();

        assertThat(location.folder()).isEqualTo(Path.of("/var/lib/advisor"));
        assertThat(location.name()).isEqualTo("advisor");
        assertThat(location.dataFile()).isEqualTo(Path.of("/var/lib/advisor/advisor.mv.db"));
        assertThat(location.passwordFile()).isEqualTo(Path.of("/var/lib/advisor/db-password"));
        assertThat(location.backups()).isEqualTo(Path.of("/var/lib/advisor/backups"));
        assertThat(H2FileLocation.of("jdbc:h2:file:./data/advisor").orElseThrow().folder())
                .isEqualTo(Path.of("data").toAbsolutePath());
        assertThat(H2FileLocation.of("jdbc:h2:file:~/advisor").orElseThrow().folder())
                .isEqualTo(Path.of(System.getProperty("user.home")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"jdbc:h2:mem:advisor", "jdbc:h2:mem:", "jdbc:h2:tcp://localhost/~/advisor",
            "jdbc:postgresql://db.internal:5432/advisor", ""})
    void anyOtherDatabaseIsNoneOfOurs(String url) {
        assertThat(H2FileLocation.of(url)).isEmpty();
        assertThat(H2FileLocation.of(null)).isEmpty();
    }
}
