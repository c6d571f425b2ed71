package org.techleadership.advisor.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Runs the packaged jar, creates assessments from several clients at once, kills the process with
 * SIGKILL in the middle of it, starts it again on the same data: every assessment that was answered
 * 201 must still be there, byte for byte.
 */
class CrashRecoveryIT {

    private static final Pattern TOKEN = Pattern.compile("\"token\":\"([A-Za-z0-9_-]{32})\"");
    private static final String BODY = "{\"answers\": {\"focus\": \"PRODUCT\", \"audience\": \"CUSTOMERS\", "
            + "\"challenge\": \"NEW_PRODUCT\", \"success_measure\": \"TECHNICAL_HEALTH\", \"company_size\": \"SMALL\", "
            + "\"tech_team\": \"SMALL\", \"regulation\": \"LOW\", \"budget\": \"PART_TIME\", "
            + "\"need_pattern\": \"ONGOING\", \"involvement\": \"LEAD_TEAM\"}, \"clientLabel\": \"Crash test\"}";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void everyAnswered201SurvivesAKillNine() throws Exception {
        Path jar = Path.of(System.getProperty("advisor.jar", "target/advisor-0.1.0-SNAPSHOT.jar"));
        assertThat(jar).exists();
        Path dataDir = Files.createTempDirectory("advisor-crash");
        int port = freePort();
        URI base = URI.create("http://127.0.0.1:" + port);

        Map<String, String> answered = new ConcurrentHashMap<>();
        Process app = start(jar, dataDir, port, base, false);
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService clients = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 8; i++) {
            clients.submit(() -> {
                while (running.get()) {
                    try {
                        HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve("/api/v1/assessments"))
                                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(5))
                                .POST(HttpRequest.BodyPublishers.ofString(BODY)).build(),
                                HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() == 201) {
                            Matcher token = TOKEN.matcher(response.body());
                            if (token.find()) {
                                answered.put(token.group(1), response.body());
                            }
                        }
                    } catch (IOException | InterruptedException e) {
                        // the process was killed under us: expected from here on
                    }
                }
            });
        }
        Thread.sleep(3000);
        app.destroyForcibly(); // SIGKILL: no shutdown hooks, no flush
        app.waitFor(10, TimeUnit.SECONDS);
        running.set(false);
        clients.shutdown();
        clients.awaitTermination(10, TimeUnit.SECONDS);
        assertThat(answered).as("assessments answered 201 before the kill").hasSizeGreaterThan(20);

        // the restart uses the bean definitions made at build time (the fast start of docs/deployment.md)
        Process restarted = start(jar, dataDir, port, base, true);
        try {
            assertThat(Files.readString(dataDir.resolve("app-aot.log"))).contains("Starting AOT-processed");
            for (Map.Entry<String, String> entry : answered.entrySet()) {
                HttpResponse<String> fetched = http.send(HttpRequest.newBuilder(
                        base.resolve("/api/v1/assessments/" + entry.getKey())).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(fetched.statusCode()).as(entry.getKey()).isEqualTo(200);
                assertThat(fetched.body()).isEqualTo(entry.getValue());
            }
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(
                    base.resolve("/r/" + answered.keySet().iterator().next())).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("Fractional CTO");
        } finally {
            restarted.destroy();
            restarted.waitFor(20, TimeUnit.SECONDS);
        }
    }

    private Process start(Path jar, Path dataDir, int port, URI base, boolean aot) throws Exception {
        Process process = new ProcessBuilder("java", "-Dspring.aot.enabled=" + aot, "-jar", jar.toString(),
                "--server.port=" + port, "--server.address=127.0.0.1", "--management.server.port=0",
                "--advisor.data-dir=" + dataDir)
                .redirectErrorStream(true).redirectOutput(dataDir.resolve(aot ? "app-aot.log" : "app.log").toFile())
                .start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            try {
                if (http.send(HttpRequest.newBuilder(base.resolve("/api/v1/questionnaire")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return process;
                }
            } catch (IOException e) {
                Thread.sleep(200);
            }
        }
        process.destroyForcibly();
        throw new AssertionError("the app did not start within 90 s; see " + dataDir);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
