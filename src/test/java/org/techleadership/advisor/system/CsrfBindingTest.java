package org.techleadership.advisor.system;

import static org.assertj.core.api.Assertions.assertThat;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.techleadership.advisor.account.AccountService;
import org.techleadership.advisor.account.AppUser;
import org.techleadership.advisor.support.FormBrowser;

/**
 * CSRF tokens are bound to the visitor: a cookie and token pair that someone else obtained (or
 * planted) does not work for a signed-in visitor, and over HTTPS only a {@code __Host-} cookie counts.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class CsrfBindingTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Autowired MockMvcTester mvc;
    @Autowired AccountService accounts;
    @LocalServerPort int port;

    private static String token(MvcTestResult page) {
        Matcher m = CSRF.matcher(new String(page.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8));
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    @Test
    void aPairObtainedAnonymouslyDoesNotWorkForASignedInVisitorWhoseOwnTokenDoes() throws Exception {
        String name = "csrf-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(name, "Casey Csrf", null, "violet harbour kite " + name.substring(5), AppUser.Role.CONSULTANT);
        FormBrowser consultant = new FormBrowser(port);
        assertThat(consultant.signIn(name, "violet harbour kite " + name.substring(5)).statusCode()).isEqualTo(302);
        String session = consultant.cookie("SESSION");
        assertThat(session).isNotNull();

        FormBrowser stranger = new FormBrowser(port);
        HttpResponse<String> strangersPage = stranger.get("/");
        String plantedCookie = stranger.cookie(VisitorCsrfTokens.COOKIE);
        Matcher plantedToken = CSRF.matcher(strangersPage.body());
        assertThat(plantedToken.find()).isTrue();

        HttpResponse<String> planted = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        consultant.base().resolve("/logout"))
                .header("Cookie", "SESSION=" + session + "; " + VisitorCsrfTokens.COOKIE + "=" + plantedCookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + plantedToken.group(1))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(planted.statusCode()).as("a stranger's pair against a signed-in session").isEqualTo(403);

        consultant.get("/account/password");
        HttpResponse<String> own = consultant.post("/logout", Map.of(), true);
        assertThat(own.statusCode()).isEqualTo(302);
        assertThat(FormBrowser.location(own)).isEqualTo("/login");
    }

    @Test
    void overHttpsTheAnonymousTokenLivesInAHostCookieAndAPlainCookieIsIgnored() {
        MvcTestResult page = mvc.get().uri("/").secure(true).exchange();
        Cookie host = page.getResponse().getCookie(VisitorCsrfTokens.HOST_COOKIE);
        assertThat(host).isNotNull();
        assertThat(host.getSecure()).isTrue();
        assertThat(host.getPath()).isEqualTo("/");
        assertThat(host.getDomain()).isNull();
        assertThat(page.getResponse().getCookie(VisitorCsrfTokens.COOKIE)).isNull();

        assertThat(mvc.post().uri("/start").secure(true).cookie(host).param("_csrf", token(page)).exchange())
                .hasStatus3xxRedirection();
        // a plain-HTTP page (or a subdomain) could set XSRF-TOKEN, but not __Host-XSRF-TOKEN
        MvcTestResult overHttp = mvc.get().uri("/").exchange();
        Cookie plain = overHttp.getResponse().getCookie(VisitorCsrfTokens.COOKIE);
        assertThat(mvc.post().uri("/start").secure(true).cookie(plain).param("_csrf", token(overHttp)).exchange())
                .hasStatus(403);
    }
}
