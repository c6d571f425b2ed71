package org.techleadership.advisor.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.techleadership.advisor.support.AnswerSets;
import org.techleadership.advisor.support.FormBrowser;

/**
 * A script floods each limited path from one address (loopback only: the address is named in
 * X-Forwarded-For, which the app trusts from loopback as from its load balancer). Each flood is
 * bounded: the limit plus {@link #OVER} requests. Each must meet 429 with Retry-After within seconds
 * (problem+json for the API, the friendly page for forms), never a 5xx, and store no more than the
 * limit lets through. The limits are the defaults: the test proves them as shipped.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RateLimitAbuseTest {

    private static final int OVER = 30;

    @LocalServerPort
    int port;

    @Autowired
    RateLimitProperties limits;

    @Autowired
    JdbcTemplate jdbc;

    /** Each flood comes from an address of its own (TEST-NET-3, documentation only: nothing is sent there). */
    private static final String API_SCRIPT = "203.0.113.11";
    private static final String START_SCRIPT = "203.0.113.12";
    private static final String STEP_SCRIPT = "203.0.113.13";
    private static final String SIGN_IN_SCRIPT = "203.0.113.14";

    private record Flood(int accepted, List<HttpResponse<String>> refused, long firstRefusalMillis, long millis) {}

    private interface Send {
        HttpResponse<String> send() throws Exception;
    }

    private Flood flood(int limit, Send send, int acceptedStatus) throws Exception {
        long start = System.nanoTime();
        long firstRefusal = -1;
        int accepted = 0;
        List<HttpResponse<String>> refused = new ArrayList<>();
        for (int i = 0; i < limit + OVER; i++) {
            HttpResponse<String> response = send.send();
            assertThat(response.statusCode()).as("request %d: %s", i, response.body()).isIn(acceptedStatus, 429);
            if (response.statusCode() == 429) {
                refused.add(response);
                if (firstRefusal < 0) {
                    firstRefusal = (System.nanoTime() - start) / 1_000_000;
                }
            } else {
                accepted++;
            }
        }
        return new Flood(accepted, refused, firstRefusal, (System.nanoTime() - start) / 1_000_000);
    }

    /** What the greedy refill may add while the flood ran, plus one for rounding. */
    private long refilledDuring(Flood flood, int limit) {
        return flood.millis() * limit / limits.period().toMillis() + 1;
    }

    private void assertFlood(Flood flood, int limit) {
        assertThat(flood.firstRefusalMillis()).as("a script meets the limit within seconds").isBetween(0L, 60_000L);
        assertThat((long) flood.accepted()).isGreaterThanOrEqualTo(limit).isLessThanOrEqualTo(limit + refilledDuring(flood, limit));
        long longestWait = (limits.period().toSeconds() + limit - 1) / limit;
        for (HttpResponse<String> refused : flood.refused()) {
            assertThat(refused.headers().firstValue("Retry-After")).isPresent().get()
                    .satisfies(seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, longestWait));
        }
    }

    private static void assertFriendlyPage(HttpResponse<String> refused) {
        String seconds = refused.headers().firstValue("Retry-After").orElseThrow();
        assertThat(refused.headers().firstValue("Content-Type")).get().asString().startsWith("text/html");
        assertThat(refused.headers().firstValue("Content-Security-Policy")).as("the page's own security headers")
                .contains(SecurityConfig.CONTENT_SECURITY_POLICY);
        assertThat(refused.body()).contains("<title>Too many requests").contains("Please wait a moment")
                .contains("Wait " + seconds + " second").contains("class=\"site-header");
    }

    private long rowsSince(String table, Instant since) {
        return jdbc.queryForObject("select count(*) from " + table + " where created_at >= ?", Long.class,
                Timestamp.from(since));
    }

    private long sessionsSince(Instant since) {
        return jdbc.queryForObject("select count(*) from SPRING_SESSION where CREATION_TIME >= ?", Long.class,
                since.toEpochMilli());
    }

    @Test
    void aFloodOfNewAssessmentsThroughTheApiMeetsAProblemWithRetryAfter() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest post = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/assessments"))
                .header("Content-Type", "application/json").header("X-Forwarded-For", API_SCRIPT)
                .POST(HttpRequest.BodyPublishers.ofString("{\"answers\": " + AnswerSets.json(AnswerSets.CIO) + "}"))
                .build();
        Instant before = Instant.now();

        Flood flood = flood(limits.api(), () -> http.send(post, HttpResponse.BodyHandlers.ofString()), 201);

        assertFlood(flood, limits.api());
        for (HttpResponse<String> refused : flood.refused()) {
            assertThat(refused.headers().firstValue("Content-Type")).get().asString()
                    .startsWith("application/problem+json");
            assertThat(refused.body()).contains("\"status\":429").contains("\"detail\":\"Too many requests from your address")
                    .contains("Wait " + refused.headers().firstValue("Retry-After").orElseThrow() + " second");
        }
        assertThat(rowsSince("assessment", before)).as("assessments stored")
                .isLessThanOrEqualTo(limits.api() + refilledDuring(flood, limits.api()));
    }

    @Test
    void aFloodOfNewQuestionnairesMeetsTheFriendlyPageAndStoresNoMoreDrafts() throws Exception {
        FormBrowser script = new FormBrowser(port, START_SCRIPT);
        script.get("/");
        Instant before = Instant.now();

        Flood flood = flood(limits.start(), () -> script.post("/start", Map.of(), true), 302);

        assertFlood(flood, limits.start());
        flood.refused().forEach(RateLimitAbuseTest::assertFriendlyPage);
        assertThat(rowsSince("questionnaire_draft", before)).as("drafts stored")
                .isLessThanOrEqualTo(limits.start() + refilledDuring(flood, limits.start()));
        assertThat(sessionsSince(before)).as("sessions stored").isZero();
    }

    @Test
    void aFloodOfQuestionnaireStepsMeetsTheFriendlyPageAndStoresNoMoreAssessments() throws Exception {
        FormBrowser script = new FormBrowser(port, STEP_SCRIPT);
        script.get("/");
        String draft = FormBrowser.location(script.post("/start", Map.of(), true)).split("/")[2];
        for (int step = 1; step <= 3; step++) {
            script.answer(draft, step, AnswerSets.byStep(AnswerSets.CIO, step));
        }
        script.get("/q/" + draft + "/4");
        Map<String, String> lastStep = new LinkedHashMap<>(AnswerSets.byStep(AnswerSets.CIO, 4));
        lastStep.put("action", "next");
        Instant before = Instant.now();

        int stepsSent = 3;

        // every accepted "next" on the last step stores one more assessment: the path's storage risk
        Flood flood = flood(limits.questionnaire() - stepsSent,
                () -> script.post("/q/" + draft + "/4", lastStep, true), 302);

        assertFlood(new Flood(flood.accepted() + stepsSent, flood.refused(), flood.firstRefusalMillis(), flood.millis()),
                limits.questionnaire());
        flood.refused().forEach(RateLimitAbuseTest::assertFriendlyPage);
        assertThat(rowsSince("assessment", before)).as("assessments stored")
                .isLessThanOrEqualTo(limits.questionnaire() + refilledDuring(flood, limits.questionnaire()));
    }

    @Test
    void aFloodOfSignInsMeetsTheFriendlyPageAndStoresNoSession() throws Exception {
        FormBrowser script = new FormBrowser(port, SIGN_IN_SCRIPT);
        script.get("/login");
        String name = "flood-" + UUID.randomUUID();
        Instant before = Instant.now();

        Flood flood = flood(limits.signIn(), () -> script.post("/login",
                Map.of("username", name, "password", "guess-" + UUID.randomUUID()), true), 302);

        assertFlood(flood, limits.signIn());
        flood.refused().forEach(RateLimitAbuseTest::assertFriendlyPage);
        assertThat(sessionsSince(before)).as("sessions stored by failed sign-ins").isZero();
    }
}
