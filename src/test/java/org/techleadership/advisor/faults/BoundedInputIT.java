package org.techleadership.advisor.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The packaged jar with the documented 160 MiB heap, sent 6.4 MB bodies of unknown JSON keys from
 * four clients for ten seconds (with a Content-Length and chunked) while two others keep using the API:
 * every big body gets a short 413 within seconds, every normal request succeeds within a few
 * seconds, and the heap never runs out. Before the body limit, one such body answered with 76 MB
 * of problems and ran the heap out.
 */
class BoundedInputIT {

    private static final String ANSWERS = "{\"answers\": {\"focus\": \"PRODUCT\", \"audience\": \"CUSTOMERS\", "
            + "\"challenge\": \"NEW_PRODUCT\", \"success_measure\": \"TECHNICAL_HEALTH\", \"company_size\": \"SMALL\", "
            + "\"tech_team\": \"SMALL\", \"regulation\": \"LOW\", \"budget\": \"PART_TIME\", "
            + "\"need_pattern\": \"ONGOING\", \"involvement\": \"LEAD_TEAM\"}, \"clientLabel\": \"Bounded input\"}";
    private static final int ATTACKERS = 4;
    private static final long ATTACK_MILLIS = 10_000;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private Process app;
    private Path dataDir;

    record Answer(String what, int status, int bytes, long millis) {}

    @Test
    void sixMegabytesOfUnknownKeysAreRefusedQuicklyWhileNormalRequestsKeepSucceeding() throws Exception {
        Path jar = Path.of(System.getProperty("advisor.jar", "target/advisor-0.1.0-SNAPSHOT.jar"));
        assertThat(jar).exists();
        dataDir = Files.createTempDirectory("advisor-bounded");
        int port = freePort();
        URI base = URI.create("http://127.0.0.1:" + port);
        app = new ProcessBuilder("java", "-Xms48m", "-Xmx160m", "-Xmn32m", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-Xss512k", "-jar", jar.toString(), "--server.port=" + port,
                "--server.address=127.0.0.1", "--management.server.port=0", "--advisor.data-dir=" + dataDir,
                // the body limits are under test here; the rate limits (tested apart) would answer 429 first
                "--advisor.rate-limits.enabled=false")
                .redirectErrorStream(true).redirectOutput(dataDir.resolve("app.log").toFile()).start();
        awaitStart(base);
        Queue<Answer> warmUp = new ConcurrentLinkedQueue<>();
        Queue<String> failures = new ConcurrentLinkedQueue<>();
        for (int i = 0; i < 5; i++) { // a running server: the assessment path is loaded and compiled
            send(base, "warm-up", HttpRequest.BodyPublishers.ofString(ANSWERS), Duration.ofSeconds(30), warmUp, failures);
        }
        byte[] big = unknownKeys(6_400_000);

        Queue<Answer> bigAnswers = new ConcurrentLinkedQueue<>();
        Queue<Answer> normalAnswers = new ConcurrentLinkedQueue<>();
        AtomicBoolean attacking = new AtomicBoolean(true);
        ExecutorService clients = Executors.newFixedThreadPool(ATTACKERS + 2);
        List<Future<?>> attacks = new ArrayList<>();
        for (int a = 0; a < ATTACKERS; a++) {
            boolean chunked = a % 2 == 1;
            long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(ATTACK_MILLIS);
            attacks.add(clients.submit(() -> {
                while (System.nanoTime() < until) {
                    send(base, chunked ? "chunked" : "content-length", chunked
                            ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))
                            : HttpRequest.BodyPublishers.ofByteArray(big), Duration.ofSeconds(30), bigAnswers, failures);
                }
            }));
        }
        for (int n = 0; n < 2; n++) {
            clients.submit(() -> {
                while (attacking.get()) {
                    send(base, "normal", HttpRequest.BodyPublishers.ofString(ANSWERS), Duration.ofSeconds(10),
                            normalAnswers, failures);
                }
            });
        }
        for (Future<?> attack : attacks) {
            attack.get(5, TimeUnit.MINUTES);
        }
        attacking.set(false);
        clients.shutdown();
        assertThat(clients.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

        System.out.printf("BoundedInputIT: %d big bodies answered in at most %d ms; %d normal requests, the slowest %d ms%n",
                bigAnswers.size(), bigAnswers.stream().mapToLong(Answer::millis).max().orElse(-1), normalAnswers.size(),
                normalAnswers.stream().mapToLong(Answer::millis).max().orElse(-1));
        assertThat(failures).as("requests that got no answer").isEmpty();
        assertThat(bigAnswers).hasSizeGreaterThanOrEqualTo(ATTACKERS).allSatisfy(answer -> {
            assertThat(answer.status()).as(answer.toString()).isIn(400, 413);
            assertThat(answer.bytes()).as(answer.toString()).isLessThan(4096);
            assertThat(answer.millis()).as(answer.toString()).isLessThan(15_000);
        });
        assertThat(warmUp).extracting(Answer::status).containsOnly(201);
        assertThat(normalAnswers).as("normal requests during the attack").hasSizeGreaterThanOrEqualTo(10).allSatisfy(answer -> {
            assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
            assertThat(answer.millis()).as(answer.toString()).isLessThan(5_000);
        });
        Queue<Answer> after = new ConcurrentLinkedQueue<>();
        send(base, "after", HttpRequest.BodyPublishers.ofString(ANSWERS), Duration.ofSeconds(5), after, failures);
        assertThat(after).singleElement().extracting(Answer::status).isEqualTo(201);
        assertThat(app.isAlive()).isTrue();
        assertThat(Files.readString(dataDir.resolve("app.log"))).doesNotContain("OutOfMemoryError");
    }

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            app.destroy();
            if (!app.waitFor(20, TimeUnit.SECONDS)) {
                app.destroyForcibly();
            }
        }
    }

    private void send(URI base, String what, HttpRequest.BodyPublisher body, Duration timeout, Queue<Answer> answers,
                      Queue<String> failures) {
        long start = System.nanoTime();
        try {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(base.resolve("/api/v1/assessments"))
                    .header("Content-Type", "application/json").timeout(timeout).POST(body).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            answers.add(new Answer(what, response.statusCode(), response.body().length,
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)));
        } catch (IOException e) {
            failures.add(what + ": " + e + " after " + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) + " ms");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A JSON object of unknown keys, as the review sent it. */
    private static byte[] unknownKeys(int bytes) {
        StringBuilder json = new StringBuilder(bytes + 32).append('{');
        for (int i = 0; json.length() < bytes; i++) {
            json.append("\"unknown").append(i).append("\":").append(i).append(',');
        }
        return json.append("\"last\":0}").toString().getBytes(StandardCharsets.UTF_8);
    }

    private void awaitStart(URI base) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            if (!app.isAlive()) {
                throw new AssertionError("the app stopped during start-up; see " + dataDir.resolve("app.log"));
            }
            try {
                if (http.send(HttpRequest.newBuilder(base.resolve("/api/v1/questionnaire")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                Thread.sleep(200);
            }
        }
        throw new AssertionError("the app did not start within 180 s; see " + dataDir.resolve("app.log"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
