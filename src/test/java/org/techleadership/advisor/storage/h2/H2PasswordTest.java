package org.techleadership.advisor.storage.h2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.techleadership.advisor.storage.h2.H2Files.connect;
import static org.techleadership.advisor.storage.h2.H2Files.permissions;
import static org.techleadership.advisor.storage.h2.H2Files.refuses;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded database's own password: made for a new folder, given to an old one, rotated on request. */
class H2PasswordTest {

    @TempDir
    Path data;
    H2FileLocation location;
    String url;

    @BeforeEach
    void locate() {
        url = "jdbc:h2:file:" + data.resolve("advisor") + ";WRITE_DELAY=0";
        location = H2FileLocation.of(url).orElseThrow();
    }

    @Test
    void aNewFolderGetsARandomPasswordInAnOwnerOnlyFileAndTheDatabaseIsMadeWithIt() throws Exception {
        String password = new H2Password(location, url, "sa").prepare();

        assertThat(password).hasSizeGreaterThanOrEqualTo(43).isEqualTo(Files.readString(location.passwordFile()));
        assertThat(permissions(location.passwordFile())).isEqualTo("rw-------");
        assertThat(location.dataFile()).exists();
        assertThat(refuses(url, "sa", "")).isTrue();
        connect(url, "sa", password).close();
        assertThat(new H2Password(location, url, "sa").prepare()).as("the next start").isEqualTo(password);
        assertThat(H2Password.random()).isNotEqualTo(H2Password.random());
    }

    @Test
    void aDatabaseOfTheReleaseBeforeWithAnEmptyPasswordGetsOneAndKeepsItsData() throws Exception {
        try (Connection old = connect(url, "sa", ""); Statement sql = old.createStatement()) {
            sql.execute("CREATE TABLE answer (text VARCHAR(20)); INSERT INTO answer VALUES ('kept')");
        }

        String password = new H2Password(location, url, "sa").prepare();

        assertThat(refuses(url, "sa", "")).as("the empty password of the release before").isTrue();
        assertThat(location.nextPasswordFile()).doesNotExist();
        assertThat(Files.readString(location.passwordFile())).isEqualTo(password);
        assertThat(permissions(location.passwordFile())).isEqualTo("rw-------");
        assertThat(valueIn(password)).isEqualTo("kept");
        assertThat(new H2Password(location, url, "sa").prepare()).as("the next start").isEqualTo(password);
    }

    @Test
    void aPasswordWaitingInDbPasswordNextReplacesTheCurrentOne() throws Exception {
        String first = new H2Password(location, url, "sa").prepare();
        Files.writeString(location.nextPasswordFile(), "Rotated-By-The-Operator-2026\n");

        String second = new H2Password(location, url, "sa").prepare();

        assertThat(second).isEqualTo("Rotated-By-The-Operator-2026");
        assertThat(Files.readString(location.passwordFile())).isEqualTo("Rotated-By-The-Operator-2026\n");
        assertThat(permissions(location.passwordFile())).isEqualTo("rw-------");
        assertThat(location.nextPasswordFile()).doesNotExist();
        assertThat(refuses(url, "sa", first)).isTrue();
        connect(url, "sa", second).close();
    }

    @Test
    void aSwitchThatStoppedBeforeTheFileWasMovedIsFinishedAtTheNextStart() throws Exception {
        try (Connection switched = connect(url, "sa", "Already-Switched-1"); Statement sql = switched.createStatement()) {
            sql.execute("CREATE TABLE answer (text VARCHAR(20)); INSERT INTO answer VALUES ('kept')");
        }
        Files.writeString(location.nextPasswordFile(), "Already-Switched-1");

        assertThat(new H2Password(location, url, "sa").prepare()).isEqualTo("Already-Switched-1");
        assertThat(location.nextPasswordFile()).doesNotExist();
        assertThat(valueIn("Already-Switched-1")).isEqualTo("kept");
    }

    @Test
    void aDatabaseWithAPasswordNobodyToldTheAppStopsTheStartSayingWhatToDo() throws Exception {
        connect(url, "sa", "Set-By-Someone-Else-9").close();

        assertThatThrownBy(() -> new H2Password(location, url, "sa").prepare())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(location.passwordFile().toString())
                .hasMessageContaining("spring.datasource.password");
        connect(url, "sa", "Set-By-Someone-Else-9").close(); // nothing was changed
    }

    @Test
    void anEmptyPasswordFileIsRefusedRatherThanUsed() throws Exception {
        new H2Password(location, url, "sa").prepare();
        Files.writeString(location.passwordFile(), "\n");

        assertThatThrownBy(() -> new H2Password(location, url, "sa").prepare())
                .hasMessageContaining(location.passwordFile() + " is empty");
    }

    private String valueIn(String password) throws Exception {
        try (Connection connection = connect(url, "sa", password); Statement sql = connection.createStatement();
             ResultSet rows = sql.executeQuery("SELECT text FROM answer")) {
            rows.next();
            return rows.getString(1);
        }
    }
}
