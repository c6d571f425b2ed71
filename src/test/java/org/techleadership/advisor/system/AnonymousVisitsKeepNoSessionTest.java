package org.techleadership.advisor.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.techleadership.advisor.support.FormBrowser;

/**
 * Nobody who is not signed in gets a session: not on the public pages, not on the way through the
 * questionnaire, not when sent to the sign-in page from a consultant's or admin's page, not for a
 * failed sign-in. A session is a database row kept for hours, so each would be storage anyone can
 * fill; and a visitor with a session gets a session-held CSRF token (VisitorCsrfTokens).
 * <p>
 * Over a real HTTP connection, as a browser sees it (MockMvc's requests are not real visits).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AnonymousVisitsKeepNoSessionTest {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;

    private final List<String> setCookies = new ArrayList<>();

    private long sessions() {
        return jdbc.sql("select count(*) from spring_session").query(Long.class).single();
    }

    private <T> HttpResponse<T> seen(HttpResponse<T> response) {
        setCookies.addAll(response.headers().allValues("Set-Cookie"));
        return response;
    }

    @Test
    void aWholeVisitWithoutSigningInLeavesNoSessionAnywhere() throws Exception {
        long before = sessions();
        FormBrowser browser = new FormBrowser(port, "192.0.2.210");

        seen(browser.get("/"));
        HttpResponse<String> started = seen(browser.post("/start", Map.of(), true));
        assertThat(started.statusCode()).isEqualTo(302);
        String draft = FormBrowser.location(started).split("/")[2];
        browser.answerAsCio(draft);
        String result = seen(browser.get("/q/" + draft + "/result")).body();
        String share = result.replaceAll("(?s).*?/r/([A-Za-z0-9_-]{20,}).*", "$1");
        assertThat(seen(browser.get("/r/" + share)).statusCode()).isEqualTo(200);
        assertThat(seen(browser.getBytes("/r/" + share + ".pdf")).statusCode()).isEqualTo(200);
        seen(browser.get("/privacy"));
        seen(browser.get("/q/" + draft + "/delete"));
        assertThat(seen(browser.get("/consultant")).statusCode()).isEqualTo(302); // to the sign-in page
        assertThat(seen(browser.get("/admin/users")).statusCode()).isEqualTo(302);
        seen(browser.get("/login"));
        assertThat(seen(browser.signIn("nobody-" + port, "not-the-password")).statusCode()).isEqualTo(302);
        seen(browser.get("/no-such-page"));

        assertThat(setCookies).noneMatch(cookie -> cookie.startsWith("SESSION="));
        assertThat(browser.cookie("SESSION")).isNull();
        assertThat(sessions()).isEqualTo(before);
    }
}
