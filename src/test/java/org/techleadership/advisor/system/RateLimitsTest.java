package org.techleadership.advisor.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Locale;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Which requests count against which limit, what a refusal says, and that one switch turns them all off. */
class RateLimitsTest {

    private static RateLimitProperties limits(boolean enabled, int each) {
        return new RateLimitProperties(enabled, Duration.ofMinutes(10), each, each, each, each, 100);
    }

    private static MockHttpServletRequest post(String path, String address) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
        request.setRemoteAddr(address);
        return request;
    }

    /** The response, and whether the request went on to the app. */
    private record Outcome(MockHttpServletResponse response, boolean passed) {}

    private static Outcome send(RateLimits filter, MockHttpServletRequest request) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(request, response, chain);
        return new Outcome(response, chain.getRequest() != null);
    }

    @Test
    void onlyThePostsThatStoreSomethingOrCheckAPasswordCount() {
        assertThat(RateLimits.limitOf(post("/api/v1/assessments", "x"))).isEqualTo(RateLimits.Limit.API);
        assertThat(RateLimits.limitOf(post("/start", "x"))).isEqualTo(RateLimits.Limit.START);
        assertThat(RateLimits.limitOf(post("/st%61rt", "x"))).as("decoded, as MVC matches it").isEqualTo(RateLimits.Limit.START);
        assertThat(RateLimits.limitOf(post("/start;jsessionid=1", "x"))).isEqualTo(RateLimits.Limit.START);
        assertThat(RateLimits.limitOf(post("/q/abc/2", "x"))).isEqualTo(RateLimits.Limit.QUESTIONNAIRE);
        assertThat(RateLimits.limitOf(post("/login", "x"))).isEqualTo(RateLimits.Limit.SIGN_IN);
        assertThat(RateLimits.limitOf(new MockHttpServletRequest("GET", "/start"))).isNull();
        assertThat(RateLimits.limitOf(new MockHttpServletRequest("GET", "/q/abc/2"))).isNull();
        assertThat(RateLimits.limitOf(post("/consultant/invite", "x"))).isNull();
        assertThat(RateLimits.limitOf(post("/r/abc", "x"))).isNull();
    }

    @Test
    void teamWritesCountLikeTheirOnePersonCounterparts() {
        assertThat(RateLimits.limitOf(post("/api/v1/teams", "x"))).isEqualTo(RateLimits.Limit.API);
        MockHttpServletRequest put = new MockHttpServletRequest("PUT", "/api/v1/teams/t/members/m/answers");
        assertThat(RateLimits.limitOf(put)).isEqualTo(RateLimits.Limit.API);
        assertThat(RateLimits.limitOf(new MockHttpServletRequest("GET", "/api/v1/teams/t"))).isNull();
        assertThat(RateLimits.limitOf(post("/teams", "x"))).isEqualTo(RateLimits.Limit.START);
        assertThat(RateLimits.limitOf(post("/m/abc", "x"))).isEqualTo(RateLimits.Limit.QUESTIONNAIRE);
        assertThat(RateLimits.limitOf(post("/teams/abc/close", "x"))).isEqualTo(RateLimits.Limit.QUESTIONNAIRE);
        assertThat(RateLimits.limitOf(new MockHttpServletRequest("PUT", "/api/v1/assessments"))).isNull();
    }

    @Test
    void overTheLimitTheApiAnswersAProblemWithRetryAfter() throws Exception {
        RateLimits filter = new RateLimits(limits(true, 2), new SimpleMeterRegistry());
        assertThat(send(filter, post("/api/v1/assessments", "203.0.113.1")).passed()).isTrue();
        assertThat(send(filter, post("/api/v1/assessments", "203.0.113.1")).passed()).isTrue();

        Outcome refused = send(filter, post("/api/v1/assessments", "203.0.113.1"));

        assertThat(refused.passed()).isFalse();
        assertThat(refused.response().getStatus()).isEqualTo(429);
        assertThat(refused.response().getHeader("Retry-After")).isEqualTo("300");
        assertThat(refused.response().getContentType()).startsWith("application/problem+json");
        assertThat(refused.response().getContentAsString()).contains("\"status\":429")
                .contains("at most 2 every 10 minutes. Wait 300 seconds and try again.");
        assertThat(send(filter, post("/api/v1/assessments", "203.0.113.2")).passed()).as("another address").isTrue();
        assertThat(send(filter, post("/start", "203.0.113.1")).passed()).as("another limit").isTrue();
    }

    @Test
    void overTheLimitAFormGetsTheErrorPageWithTheWait() throws Exception {
        RateLimits filter = new RateLimits(limits(true, 1), new SimpleMeterRegistry());
        send(filter, post("/q/abc/1", "203.0.113.1"));

        MockHttpServletRequest request = post("/q/abc/1", "203.0.113.1");
        Outcome refused = send(filter, request);

        assertThat(refused.passed()).isFalse();
        assertThat(refused.response().getStatus()).isEqualTo(429);
        assertThat(refused.response().getHeader("Retry-After")).isEqualTo("600");
        assertThat(request.getAttribute(RateLimits.RETRY_AFTER_ATTRIBUTE)).isEqualTo(600L);
    }

    @Test
    void anIpv6NetworkSharesOneLimit() throws Exception {
        RateLimits filter = new RateLimits(limits(true, 1), new SimpleMeterRegistry());
        assertThat(send(filter, post("/start", "2001:db8:1:2::1")).passed()).isTrue();

        assertThat(send(filter, post("/start", "2001:db8:1:2::99")).passed()).isFalse();
        assertThat(send(filter, post("/start", "2001:db8:1:3::1")).passed()).isTrue();
    }

    @Test
    void switchedOffNothingIsLimited() throws Exception {
        RateLimits filter = new RateLimits(limits(false, 1), new SimpleMeterRegistry());
        for (int i = 0; i < 10; i++) {
            assertThat(send(filter, post("/api/v1/assessments", "203.0.113.1")).passed()).isTrue();
            assertThat(send(filter, post("/login", "203.0.113.1")).passed()).isTrue();
        }
    }

    @Test
    void theWaitReadsAsThePageSaysIt() {
        var messages = new Messages().messageSource();
        assertThat(messages.getMessage("error429.wait", new Object[] {1L, "1"}, Locale.ENGLISH))
                .startsWith("Wait 1 second, then");
        assertThat(messages.getMessage("error429.wait", new Object[] {1800L, "1800"}, Locale.ENGLISH))
                .startsWith("Wait 1800 seconds, then");
    }

    @Test
    void periodsReadAsWords() {
        assertThat(RateLimits.inWords(Duration.ofMinutes(10))).isEqualTo("10 minutes");
        assertThat(RateLimits.inWords(Duration.ofHours(1))).isEqualTo("hour");
        assertThat(RateLimits.inWords(Duration.ofSeconds(90))).isEqualTo("90 seconds");
    }
}
