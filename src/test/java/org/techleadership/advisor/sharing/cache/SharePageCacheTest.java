package org.techleadership.advisor.sharing.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.techleadership.advisor.account.AccountService;
import org.techleadership.advisor.account.AppUser;
import org.techleadership.advisor.assessment.AssessmentResult;
import org.techleadership.advisor.assessment.AssessmentService;
import org.techleadership.advisor.support.AnswerSets;
import org.techleadership.advisor.support.FormBrowser;

/**
 * Share pages served again from the kept HTML are the same page, with the same headers, and never
 * stale: each guard of the cache has its test here (the database-away one in its own class).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SharePageCacheTest {

    private static final String PASSWORD = "cache-password-123";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    AssessmentService assessments;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MeterRegistry meters;

    AppUser consultant;
    AssessmentResult made;
    String path;
    FormBrowser reader;

    @BeforeEach
    void aConsultantsClientWithAShareLink() {
        consultant = accounts.create("cache-" + UUID.randomUUID().toString().substring(0, 8), "Casey Cache",
                null, PASSWORD, AppUser.Role.CONSULTANT);
        made = assessments.create(AnswerSets.VCTO, "Cache Ltd", consultant.getId(), null);
        path = "/r/" + made.assessment().getToken();
        reader = new FormBrowser(port);
    }

    private double kept() {
        return meters.counter("advisor.share.page.kept").count();
    }

    @Test
    void aKeptPageIsTheSamePageWithTheSameHeaders() throws Exception {
        HttpResponse<String> first = reader.get(path);
        double keptBefore = kept();
        HttpResponse<String> second = reader.get(path);
        assertThat(kept()).as("the second reading was served from the kept page").isEqualTo(keptBefore + 1);
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.body()).isEqualTo(first.body()).contains(AnswerSets.VCTO_NAME).contains("Casey Cache");
        for (String header : new String[] {"Content-Security-Policy", "X-Robots-Tag", "Referrer-Policy",
                "X-Content-Type-Options", "X-Frame-Options", "Cache-Control"}) {
            assertThat(second.headers().firstValue(header)).as(header).isEqualTo(first.headers().firstValue(header))
                    .isPresent();
        }
    }

    @Test
    void adviceGivenOrClearedShowsAtOnce() throws Exception {
        reader.get(path);
        reader.get(path);
        assessments.advise(consultant.getId(), made.assessment().getId(), "FRACTIONAL_CTO",
                "Two days a week while the first product ships.");
        assertThat(reader.get(path).body()).contains("Two days a week while the first product ships.");
        assessments.advise(consultant.getId(), made.assessment().getId(), null, null);
        assertThat(reader.get(path).body()).doesNotContain("Two days a week while the first product ships.");
    }

    @Test
    void aWithdrawnLinkStopsShowingAtOnceAndARestoredOneShowsAgain() throws Exception {
        reader.get(path);
        reader.get(path);
        assessments.withdraw(consultant.getId(), made.assessment().getId());
        assertThat(reader.get(path).statusCode()).isEqualTo(410);
        assessments.restore(consultant.getId(), made.assessment().getId());
        assertThat(reader.get(path).statusCode()).isEqualTo(200);
    }

    @Test
    void aLinkWithdrawnOnAnotherInstanceStopsShowingWithinASecond() throws Exception {
        assertThat(reader.get(path).statusCode()).isEqualTo(200);
        assertThat(reader.get(path).statusCode()).isEqualTo(200);
        // what another instance's withdrawal leaves in the database: no event reaches this one
        jdbc.update("UPDATE assessment SET revoked_at = CURRENT_TIMESTAMP, version = version + 1 WHERE token = ?",
                made.assessment().getToken());
        assertThat(reader.get(path).statusCode()).as("within the second, the kept page may still be served")
                .isIn(200, 410);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
        int status = reader.get(path).statusCode();
        while (status != 410 && System.nanoTime() < deadline) {
            Thread.sleep(100);
            status = reader.get(path).statusCode();
        }
        assertThat(status).isEqualTo(410);
    }

    @Test
    void aSignedInConsultantNeverGetsOrLeavesAKeptPage() throws Exception {
        FormBrowser consultantsBrowser = new FormBrowser(port);
        assertThat(consultantsBrowser.signIn(consultant.getUsername(), PASSWORD).statusCode()).isEqualTo(302);

        // an anonymous reader's kept page is not what the consultant is shown...
        reader.get(path);
        reader.get(path);
        assertThat(consultantsBrowser.get(path).body()).as("the consultant's own navigation").contains("Sign out");
        // ...and the consultant's page, navigation and all, is never kept for anyone else
        FormBrowser stranger = new FormBrowser(port);
        String fresh = "/r/" + assessments.create(AnswerSets.CIO, "Cache Two", consultant.getId(), null)
                .assessment().getToken();
        assertThat(consultantsBrowser.get(fresh).body()).contains("Sign out");
        assertThat(stranger.get(fresh).body()).doesNotContain("Sign out").contains(AnswerSets.CIO_NAME);
    }

    @Test
    void aPageKeptForAPlainHttpReaderIsNeverServedWithoutHstsOverHttps() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        URI uri = URI.create("http://localhost:" + port + path);
        HttpRequest plain = HttpRequest.newBuilder(uri).build();
        // behind a proxy that ends TLS: the app trusts X-Forwarded-Proto from it (here, loopback)
        HttpRequest secure = HttpRequest.newBuilder(uri).header("X-Forwarded-Proto", "https").build();

        assertThat(client.send(plain, BodyHandlers.ofString()).headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(client.send(plain, BodyHandlers.ofString()).statusCode()).isEqualTo(200); // kept now
        for (int i = 0; i < 2; i++) { // rendered, then kept
            HttpResponse<String> overHttps = client.send(secure, BodyHandlers.ofString());
            assertThat(overHttps.statusCode()).isEqualTo(200);
            assertThat(overHttps.headers().firstValue("Strict-Transport-Security")).as("reading %d over HTTPS", i)
                    .isPresent();
        }
        assertThat(client.send(plain, BodyHandlers.ofString()).headers().firstValue("Strict-Transport-Security")).isEmpty();
    }
}
