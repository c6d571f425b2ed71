package org.techleadership.advisor.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Optional;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.techleadership.advisor.account.AccountService;
import org.techleadership.advisor.account.AppUser;
import org.techleadership.advisor.api.AssessmentApiTest;
import org.techleadership.advisor.support.FormBrowser;

/**
 * What is served where. The main (public) port: the load balancer's probes only. The management
 * port, on loopback: health, info and metrics, and nothing else (no env, beans, heap dumps). The
 * metrics never name a user, an account's state or a folder of the host.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "management.prometheus.metrics.export.enabled=true")
class OperationsTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Value("${advisor.data-dir}")
    String dataDir;

    @Autowired
    AccountService accounts;

    private FormBrowser publicPort() {
        return new FormBrowser(port);
    }

    private FormBrowser managementPort() {
        return new FormBrowser(managementPort);
    }

    @Test
    void theProbesAreOnTheMainPortForTheLoadBalancer() throws Exception {
        assertThat(publicPort().get("/livez").statusCode()).isEqualTo(200);
        assertThat(publicPort().get("/livez").body()).contains("\"status\":\"UP\"");
        assertThat(publicPort().get("/readyz").body()).contains("\"status\":\"UP\"");
        assertThat(managementPort().get("/actuator/health/readiness").body()).contains("\"status\":\"UP\"");
    }

    @Test
    void thePublicPortServesNoMetricsInfoOrOtherEndpoint() throws Exception {
        for (String path : new String[] {"/actuator/prometheus", "/actuator/info", "/actuator/health", "/actuator",
                "/actuator/env", "/actuator/heapdump"}) {
            assertThat(publicPort().get(path).statusCode()).as(path).isEqualTo(404);
        }
    }

    @Test
    void theManagementPortListensOnLoopbackOnly() throws Exception {
        assertThat(managementPort).isNotEqualTo(port);
        Optional<InetAddress> outside = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .flatMap(nic -> Collections.list(nic.getInetAddresses()).stream())
                .filter(address -> !address.isLoopbackAddress() && !address.isLinkLocalAddress()).findFirst();
        assumeThat(outside).as("a network address other than loopback").isPresent();
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(outside.get(), managementPort), 2000);
            throw new AssertionError("the management port answered on " + outside.get());
        } catch (IOException refused) {
            // expected: nothing listens there
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(outside.get(), port), 2000); // the main port does
        }
    }

    @Test
    void theShippedSettingsKeepOperationsOnLoopbackOffTheMainPort() throws Exception {
        // the tests themselves take a random management port (pom.xml): this is what a release runs with
        Properties shipped = PropertiesLoaderUtils.loadProperties(new ClassPathResource("application.properties"));
        assertThat(shipped.getProperty("management.server.port")).isEqualTo("8081");
        assertThat(shipped.getProperty("management.server.address")).isEqualTo("127.0.0.1");
        assertThat(shipped.getProperty("management.endpoints.web.exposure.include")).isEqualTo("health,info,prometheus");
    }

    @Test
    void healthShowsNoDetails() throws Exception {
        assertThat(managementPort().get("/actuator/health").body()).doesNotContain("H2").doesNotContain("jdbc")
                .doesNotContain("diskSpace");
    }

    @Test
    void infoTellsTheVersionOnTheManagementPort() throws Exception {
        assertThat(managementPort().get("/actuator/info").body()).contains("\"version\":\"0.1.0-SNAPSHOT\"");
    }

    @Test
    void prometheusCountsCompletedAssessmentsByRecommendation() throws Exception {
        assertThat(http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/assessments"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"answers\": " + AssessmentApiTest.CIO_ANSWERS + "}")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(201);
        assertThat(managementPort().get("/actuator/prometheus").body())
                .contains("advisor_assessments_completed_total{recommendation=\"CIO\"")
                .contains("advisor_assessments_started_total");
    }

    @Test
    void failedSignInsLeaveNoUserNameAndNoAccountStateInTheMetrics() throws Exception {
        String suffix = Long.toString(System.nanoTime(), 36);
        String locked = "lockme." + suffix;
        String off = "switchedoff." + suffix;
        accounts.create(locked, "Lou Locked", null, "the-right-password-1", AppUser.Role.CONSULTANT);
        long offId = accounts.create(off, "Otto Off", null, "the-right-password-2", AppUser.Role.CONSULTANT).getId();
        accounts.setEnabled(offId, false);
        for (int i = 0; i < 6; i++) {
            signIn(locked, "a-wrong-password"); // the fifth locks it; the sixth meets the lock
        }
        signIn(off, "the-right-password-2");
        signIn("nobody." + suffix, "whatever");

        String metrics = managementPort().get("/actuator/prometheus").body();
        assertThat(metrics).contains("spring_security_authentications")
                .containsPattern("authentication_failure_type=\"failed\"")
                .doesNotContain(suffix, "LockedException", "DisabledException", "BadCredentialsException",
                        "UsernameNotFoundException")
                .doesNotContain(Path.of(dataDir).toAbsolutePath().normalize().toString())
                .contains("disk_free_bytes{path=\"data\"}");
    }

    @Test
    void nothingSensitiveIsExposed() throws Exception {
        for (String endpoint : new String[] {"env", "configprops", "beans", "heapdump", "threaddump", "mappings",
                "loggers", "metrics", "shutdown"}) {
            assertThat(managementPort().get("/actuator/" + endpoint).statusCode()).as(endpoint).isEqualTo(404);
        }
    }

    private void signIn(String username, String password) throws Exception {
        assertThat(publicPort().signIn(username, password).statusCode()).isEqualTo(302);
    }
}
