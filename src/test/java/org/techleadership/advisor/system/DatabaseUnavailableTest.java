package org.techleadership.advisor.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.CannotCreateTransactionException;
import org.techleadership.advisor.assessment.AssessmentService;

/** While the database cannot be reached, pages and the API say so with a 503, not a generic error. */
@SpringBootTest
@AutoConfigureMockMvc
class DatabaseUnavailableTest {

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    AssessmentService assessments;

    @Test
    void pagesAndApiAnswer503WhileTheDatabaseIsAway() {
        given(assessments.findShared(anyString())).willThrow(new CannotCreateTransactionException("connection refused"));

        assertThat(mvc.get().uri("/r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA").exchange())
                .hasStatus(HttpStatus.SERVICE_UNAVAILABLE).hasHeader("Retry-After", "10")
                .bodyText().contains("We will be back in a moment");
        assertThat(mvc.get().uri("/api/v1/assessments/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA").exchange())
                .hasStatus(HttpStatus.SERVICE_UNAVAILABLE)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }
}
