package org.techleadership.advisor.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.techleadership.advisor.support.FormBrowser;

/** A sign-in ends after advisor.sessions.absolute-lifetime however busy it is (here a short one). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "advisor.sessions.absolute-lifetime=" + SessionLifetimeTest.LIFETIME)
class SessionLifetimeTest {

    static final String LIFETIME = "PT5S";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Test
    void aBusySignInStillEndsAtItsLifetimeAndTheSignInPageSaysWhy() throws Exception {
        String name = "tess-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(name, "Tess", null, "plum orbit lantern tea", AppUser.Role.CONSULTANT);
        warmUp(name);
        FormBrowser browser = new FormBrowser(port);
        long lifetime = Duration.parse(LIFETIME).toNanos();
        long beforeSignIn = System.nanoTime(); // the session is made between these two
        assertThat(FormBrowser.location(browser.signIn(name, "plum orbit lantern tea"))).isEqualTo("/consultant");
        long afterSignIn = System.nanoTime();

        while (System.nanoTime() - beforeSignIn < lifetime - 2_000_000_000L) { // busy, well inside its lifetime
            assertThat(browser.get("/consultant").statusCode()).isEqualTo(200);
            Thread.sleep(300);
        }
        assertThat(browser.get("/consultant/invite").statusCode()).isEqualTo(200);
        Thread.sleep(Math.max(0, (lifetime - (System.nanoTime() - afterSignIn)) / 1_000_000) + 500);

        HttpResponse<String> late = browser.post("/consultant/invite", Map.of("clientLabel", "Too late"), true);
        assertThat(late.statusCode()).isEqualTo(302);
        assertThat(late.headers().firstValue("Location").orElseThrow()).endsWith("/login?expired");
        assertThat(browser.get("/login?expired").body()).contains("longest time it may last");
        assertThat(FormBrowser.location(browser.get("/consultant"))).as("the session is gone").isEqualTo("/login");

        assertThat(FormBrowser.location(browser.signIn(name, "plum orbit lantern tea"))).isEqualTo("/consultant");
        HttpResponse<String> again = browser.get("/consultant");
        assertThat(again.statusCode()).as("a new sign-in starts a new lifetime").isEqualTo(200);
        assertThat(again.body()).doesNotContain("Too late");
    }

    /** The first requests of a fresh server are slow (templates); they should not eat the lifetime. */
    private void warmUp(String name) throws Exception {
        FormBrowser browser = new FormBrowser(port);
        browser.signIn(name, "plum orbit lantern tea");
        browser.get("/consultant");
        browser.get("/consultant/invite");
    }
}
