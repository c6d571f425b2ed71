package org.techleadership.advisor.sharing.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.techleadership.advisor.assessment.AssessmentService;
import org.techleadership.advisor.assessment.LinkToken;
import org.techleadership.advisor.practice.Brands;

/** The cache knows a signed-in reader by the session cookie the configuration names, not by a fixed name. */
class SessionCookieTest {

    private final SharePageCache cache = new SharePageCache(mock(AssessmentService.class), mock(Brands.class), new SimpleMeterRegistry(), mock(org.techleadership.advisor.sharing.LinkOpenings.class),
            "ADVISOR_SESSION");

    private static MockHttpServletRequest shareRequest(Cookie... cookies) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/r/" + LinkToken.next());
        if (cookies.length > 0) {
            request.setCookies(cookies);
        }
        return request;
    }

    @Test
    void aReaderWithTheConfiguredSessionCookieIsPassedBy() {
        assertThat(cache.shouldNotFilter(shareRequest(new Cookie("ADVISOR_SESSION", "x")))).isTrue();
    }

    @Test
    void anAnonymousReaderIsServedByTheCache() {
        assertThat(cache.shouldNotFilter(shareRequest())).isFalse();
        assertThat(cache.shouldNotFilter(shareRequest(new Cookie("XSRF-TOKEN", "x")))).isFalse();
        assertThat(cache.shouldNotFilter(shareRequest(new Cookie("SESSION", "x"))))
                .as("another cookie that happens to be called SESSION").isFalse();
    }

    @Test
    void onlyGetsOfShareAddressesAreCached() {
        MockHttpServletRequest post = shareRequest();
        post.setMethod("POST");
        assertThat(cache.shouldNotFilter(post)).isTrue();
        assertThat(cache.shouldNotFilter(new MockHttpServletRequest("GET", "/q/" + LinkToken.next()))).isTrue();
    }
}
