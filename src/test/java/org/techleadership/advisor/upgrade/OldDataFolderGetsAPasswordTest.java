package org.techleadership.advisor.upgrade;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import java.util.zip.ZipInputStream;

import com.zaxxer.hikari.HikariDataSource;
import org.h2.api.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.techleadership.advisor.AdvisorApplication;

import tools.jackson.databind.JsonNode;

/**
 * The data folder of release 410b2d2 (user sa, empty password, world-readable) opened by this build:
 * on its first start it gets a password of its own and owner-only files, and still shows its links;
 * the next start opens it with that password.
 */
@DisabledIfSystemProperty(named = "advisor.test-db", matches = "postgres", disabledReason = "the embedded H2 alone")
class OldDataFolderGetsAPasswordTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theFolderOfTheReleaseBeforeGetsAPasswordAndKeepsShowingItsLinks(@TempDir Path data) throws Exception {
        JsonNode manifest = VisibleText.JSON.readTree(resource("manifest.json"));
        unzip("/upgrade/" + manifest.get("fixture").asString(), data);
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(data.resolve("advisor.mv.db"), PosixFilePermissions.fromString("rw-r--r--"));
        JsonNode link = manifest.get("links").get(0);
        String url = "jdbc:h2:file:" + data.resolve("advisor");
        assertThat(opens(url, "")).as("the fixture, as the release before left it").isTrue();

        String password;
        try (ConfigurableApplicationContext first = startOn(data)) {
            password = Files.readString(data.resolve("db-password"));
            assertThat(first.getBean(HikariDataSource.class).getPassword()).isEqualTo(password);
            assertThat(opens(url, "")).as("sa with the empty password").isFalse();
            assertThat(data.resolve("db-password.next")).doesNotExist();
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
            for (String file : new String[] {"advisor.mv.db", "db-password"}) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve(file))))
                        .as(file).isEqualTo("rw-------");
            }
            assertShows(first, link);
        }
        try (ConfigurableApplicationContext second = startOn(data)) {
            assertThat(Files.readString(data.resolve("db-password"))).as("the password a start later").isEqualTo(password);
            assertShows(second, link);
        }
    }

    private void assertShows(ConfigurableApplicationContext app, JsonNode link) throws Exception {
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        HttpResponse<String> api = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/v1/assessments/" + link.get("token").asString())).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(VisibleText.apiBody(api.body()))
                .isEqualTo(VisibleText.apiBody(resource(link.get("expected").get("api").asString())));
    }

    private static ConfigurableApplicationContext startOn(Path data) {
        return new SpringApplicationBuilder(AdvisorApplication.class)
                .run("--server.port=0", "--advisor.data-dir=" + data, "--spring.main.banner-mode=off");
    }

    private static boolean opens(String url, String password) throws SQLException {
        Properties credentials = new Properties();
        credentials.setProperty("user", "sa");
        credentials.setProperty("password", password);
        try (Connection ignored = new org.h2.Driver().connect(url, credentials)) {
            return true;
        } catch (SQLException e) {
            if (e.getErrorCode() == ErrorCode.WRONG_USER_OR_PASSWORD) {
                return false;
            }
            throw e;
        }
    }

    private static String resource(String name) throws Exception {
        try (InputStream in = OldDataFolderGetsAPasswordTest.class.getResourceAsStream("/upgrade/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private static void unzip(String zip, Path into) throws Exception {
        try (ZipInputStream in = new ZipInputStream(OldDataFolderGetsAPasswordTest.class.getResourceAsStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Files.copy(in, into.resolve(Path.of(entry.getName()).getFileName().toString()));
            }
        }
    }
}
