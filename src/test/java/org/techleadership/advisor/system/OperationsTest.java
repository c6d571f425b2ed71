package org.techleadership.advisor.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.techleadership.advisor.api.AssessmentApiTest;

/** What an operator may see (health, info, metrics) and what nobody may (env, beans, heap dumps). */
@SpringBootTest(properties = "management.prometheus.metrics.export.enabled=true")
@AutoConfigureMockMvc
class OperationsTest {

    @Autowired
    MockMvcTester mvc;

    @Test
    void livenessAndReadinessAreUp() {
        assertThat(mvc.get().uri("/actuator/health/liveness").exchange()).hasStatusOk().bodyJson()
                .extractingPath("$.status").isEqualTo("UP");
        assertThat(mvc.get().uri("/actuator/health/readiness").exchange()).hasStatusOk().bodyJson()
                .extractingPath("$.status").isEqualTo("UP");
    }

    @Test
    void healthShowsNoDetails() {
        assertThat(mvc.get().uri("/actuator/health").exchange()).hasStatusOk().bodyText().doesNotContain("H2")
                .doesNotContain("jdbc");
    }

    @Test
    void infoTellsTheVersion() {
        assertThat(mvc.get().uri("/actuator/info").exchange()).hasStatusOk().bodyJson()
                .extractingPath("$.build.version").isEqualTo("0.1.0-SNAPSHOT");
    }

    @Test
    void prometheusCountsCompletedAssessmentsByRecommendation() {
        assertThat(mvc.post().uri("/api/v1/assessments").contentType(MediaType.APPLICATION_JSON)
                .content("{\"answers\": " + AssessmentApiTest.CIO_ANSWERS + "}").exchange()).hasStatus(HttpStatus.CREATED);
        assertThat(mvc.get().uri("/actuator/prometheus").exchange()).hasStatusOk().bodyText()
                .contains("advisor_assessments_completed_total{recommendation=\"CIO\"")
                .contains("advisor_assessments_started_total");
    }

    @Test
    void nothingSensitiveIsExposed() {
        for (String endpoint : new String[] {"env", "configprops", "beans", "heapdump", "threaddump", "mappings",
                "loggers", "metrics", "shutdown"}) {
            assertThat(mvc.get().uri("/actuator/" + endpoint).exchange().getResponse().getStatus())
                    .as(endpoint).isEqualTo(404);
        }
    }
}
