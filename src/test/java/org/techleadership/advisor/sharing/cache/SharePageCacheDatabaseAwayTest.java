package org.techleadership.advisor.sharing.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.techleadership.advisor.assessment.AssessmentService;
import org.techleadership.advisor.assessment.LinkToken;
import org.techleadership.advisor.practice.Brands;

/** With the database away, the cache steps aside so the page answers with its usual 503 page. */
class SharePageCacheDatabaseAwayTest {

    @Test
    void aFailedStateCheckPassesTheRequestOn() throws Exception {
        AssessmentService assessments = mock(AssessmentService.class);
        given(assessments.stamp(anyString())).willThrow(new CannotGetJdbcConnectionException("connection refused"));
        SharePageCache cache = new SharePageCache(assessments, mock(Brands.class), new SimpleMeterRegistry(), mock(org.techleadership.advisor.sharing.LinkOpenings.class), "SESSION");
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/r/" + LinkToken.next());
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        cache.doFilter(request, response, chain);

        assertThat(chain.getRequest()).as("passed on to the page").isSameAs(request);
    }
}
