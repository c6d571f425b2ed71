package org.techleadership.advisor.storage.h2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.techleadership.advisor.storage.h2.H2Files.connect;
import static org.techleadership.advisor.storage.h2.H2Files.permissions;
import static org.techleadership.advisor.storage.h2.H2Files.refuses;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import com.zaxxer.hikari.HikariDataSource;
import org.jsoup.Jsoup;
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
 * password of its own in an owner-only file, owner-only files, and an admin's "Back up now".
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisabledIfSystemProperty(named = "advisor.test-db", matches = "postgres", disabledReason = "the embedded H2 alone")
class H2FileStorageTest {

    private static final String ADMIN_PASSWORD = "walnut ferry lantern 7413";

    Path data;
    Set<Integer> listeningBefore;
    ConfigurableApplicationContext app;

    @BeforeAll
    void start(@TempDir Path temp) throws Exception {
        data = temp.resolve("data");
        listeningBefore = ListeningPorts.readable() ? ListeningPorts.ofThisProcess() : Set.of();
        app = new SpringApplicationBuilder(AdvisorApplication.class).run("--server.port=0",
                "--advisor.data-dir=" + data, "--advisor.h2.backup.schedule=-",
                "--advisor.admin.password=" + ADMIN_PASSWORD, "--spring.main.banner-mode=off");
    }

    @AfterAll
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void theRunningAppListensOnItsOwnPortsAndNoOther() throws Exception {
        assumeThat(ListeningPorts.readable()).as("/proc/net/tcp (Linux)").isTrue();
        int httpPort = ((WebServerApplicationContext) app).getWebServer().getPort();

        Set<Integer> opened = new HashSet<>(ListeningPorts.ofThisProcess());
        opened.removeAll(listeningBefore);

        // the management port (metrics, info; on loopback, see OperationsTest) is the only other one
        int managementPort = Integer.parseInt(app.getEnvironment().getProperty("local.management.port", "-1"));
        assertThat(opened).as("ports this app opened").containsExactlyInAnyOrder(httpPort, managementPort);
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
    void anAdminPressesBackUpNowAndIsShownWhereTheBackupWent() throws Exception {
        URI base = URI.create("http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort());
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .build();
        String signIn = csrfOf(browser.send(HttpRequest.newBuilder(base.resolve("/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        assertThat(browser.send(post(base.resolve("/login"), "username=admin&password="
                + URLEncoder.encode(ADMIN_PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + signIn),
                HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(302);
        String page = browser.send(HttpRequest.newBuilder(base.resolve("/admin/backups")).build(),
                HttpResponse.BodyHandlers.ofString()).body();

        HttpResponse<Void> pressed = browser.send(post(base.resolve("/admin/backups"), "_csrf=" + csrfOf(page)),
                HttpResponse.BodyHandlers.discarding());

        assertThat(pressed.statusCode()).isEqualTo(302);
        HttpResponse<String> shown = browser.send(HttpRequest.newBuilder(base.resolve("/admin/backups")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(shown.statusCode()).isEqualTo(200);
        String newest = app.getBean(H2Backups.class).kept().get(0).file().toString();
        assertThat(Jsoup.parse(shown.body()).select("main").text())
                .contains("The database is backed up to " + newest);
    }

    private static HttpRequest post(URI uri, String form) {
        return HttpRequest.newBuilder(uri).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
    }

    private static String csrfOf(String html) {
        return URLEncoder.encode(Jsoup.parse(html).select("form input[name=_csrf]").last().val(), StandardCharsets.UTF_8);
    }
}
