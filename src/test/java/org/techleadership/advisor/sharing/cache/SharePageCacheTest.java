package org.techleadership.advisor.sharing.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.techleadership.advisor.account.AccountService;
import org.techleadership.advisor.account.AppUser;
import org.techleadership.advisor.consultant.ConsultantService;
import org.techleadership.advisor.scoring.Answers;
import org.techleadership.advisor.support.FormBrowser;
import org.techleadership.advisor.assessment.AssessmentResult;
import org.techleadership.advisor.assessment.AssessmentService;

/** Share pages served again from the kept HTML are the same page, with the same headers, and never stale. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SharePageCacheTest {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    AssessmentService assessments;

    @Autowired
    ConsultantService consultants;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aKeptPageIsIdenticalAndAdviceOrWithdrawalShowsAtOnce() throws Exception {
        AppUser consultant = accounts.create("cache-" + UUID.randomUUID().toString().substring(0, 8), "Casey Cache",
                null, "cache-password-123", AppUser.Role.CONSULTANT);
        AssessmentResult stored = assessments.create(new Answers(Map.of("focus", "PRODUCT", "audience", "CUSTOMERS",
                "challenge", "NEW_PRODUCT", "success_measure", "TECHNICAL_HEALTH", "company_size", "MICRO",
                "tech_team", "NONE", "regulation", "LOW", "budget", "MINIMAL", "need_pattern", "PROJECT",
                "involvement", "BUILD")), "Cache Ltd", consultant.getId(), null);
        String path = "/r/" + stored.assessment().getToken();
        FormBrowser reader = new FormBrowser(port);

        HttpResponse<String> first = reader.get(path);
        HttpResponse<String> second = reader.get(path);
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.body()).isEqualTo(first.body()).contains("Virtual CTO (vCTO)").contains("Casey Cache");
        for (String header : new String[] {"Content-Security-Policy", "X-Robots-Tag", "Referrer-Policy",
                "X-Content-Type-Options", "X-Frame-Options", "Cache-Control"}) {
            assertThat(second.headers().firstValue(header)).as(header).isEqualTo(first.headers().firstValue(header))
                    .isPresent();
        }

        consultants.advise(consultant.getId(), stored.assessment().getId(), "FRACTIONAL_CTO",
                "Two days a week while the first product ships.");
        assertThat(reader.get(path).body()).contains("Two days a week while the first product ships.");

        consultants.revoke(consultant.getId(), stored.assessment().getId(), true);
        assertThat(reader.get(path).statusCode()).isEqualTo(410);
        consultants.revoke(consultant.getId(), stored.assessment().getId(), false);
        assertThat(reader.get(path).statusCode()).isEqualTo(200);

        // another instance withdraws the link: this one sees it in the database within a second
        assertThat(reader.get(path).statusCode()).isEqualTo(200);
        jdbc.update("UPDATE assessment SET revoked_at = CURRENT_TIMESTAMP, version = version + 1 WHERE token = ?",
                stored.assessment().getToken());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        int status = reader.get(path).statusCode();
        while (status != 410 && System.nanoTime() < deadline) {
            Thread.sleep(100);
            status = reader.get(path).statusCode();
        }
        assertThat(status).isEqualTo(410);
    }
}
