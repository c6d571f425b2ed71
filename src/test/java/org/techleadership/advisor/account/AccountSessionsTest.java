package org.techleadership.advisor.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.techleadership.advisor.support.FormBrowser;

/**
 * An account stays closed once it is closed: every open session (real Spring Session cookies in
 * the database, two browsers) ends when the account is switched off, its password changed or reset,
 * or its current password guessed wrong too often; and an admin sees and lifts a lock.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccountSessionsTest {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    String suffix;
    String name;
    String password;
    long id;
    FormBrowser admin;

    @BeforeEach
    void aConsultantAndAnAdmin() throws Exception {
        suffix = UUID.randomUUID().toString().substring(0, 8);
        name = "dana-" + suffix;
        password = "plum orbit lantern " + suffix;
        id = accounts.create(name, "Dana", null, password, AppUser.Role.CONSULTANT).getId();
        accounts.create("boss-" + suffix, "Boss", null, "kettle harbour violet " + suffix, AppUser.Role.ADMIN);
        admin = signedIn("boss-" + suffix, "kettle harbour violet " + suffix);
    }

    @Test
    void switchingOffEndsEverySessionOfTheAccountAtOnce() throws Exception {
        FormBrowser first = signedIn(name, password);
        FormBrowser second = signedIn(name, password);
        second.get("/consultant/invite"); // a form open, with its CSRF token, before the switch

        assertThat(admin.submit("/admin/users", "/admin/users/" + id + "/enabled", Map.of("enabled", "false"))
                .statusCode()).isEqualTo(302);

        assertThat(FormBrowser.location(first.get("/consultant"))).isEqualTo("/login");
        HttpResponse<String> invite = second.post("/consultant/invite", Map.of("clientLabel", "Late " + suffix), true);
        assertThat(invite.statusCode()).isEqualTo(302);
        assertThat(FormBrowser.location(invite)).isEqualTo("/login");

        admin.submit("/admin/users", "/admin/users/" + id + "/enabled", Map.of("enabled", "true"));
        assertThat(signedIn(name, password).get("/consultant").body()).doesNotContain("Late " + suffix);
    }

    @Test
    void aNewPasswordEndsTheOtherSessionsButNotThisOne() throws Exception {
        FormBrowser here = signedIn(name, password);
        FormBrowser elsewhere = signedIn(name, password);
        elsewhere.get("/consultant/invite");

        String chosen = "harbour kettle violet " + suffix;
        assertThat(FormBrowser.location(here.submit("/account/password", "/account/password",
                Map.of("current", password, "replacement", chosen, "confirmation", chosen)))).isEqualTo("/consultant");

        assertThat(here.get("/consultant").statusCode()).isEqualTo(200);
        HttpResponse<String> invite = elsewhere.post("/consultant/invite", Map.of("clientLabel", "Late " + suffix), true);
        assertThat(FormBrowser.location(invite)).isEqualTo("/login");
        assertThat(FormBrowser.location(elsewhere.get("/consultant"))).isEqualTo("/login");
        assertThat(here.get("/consultant").body()).doesNotContain("Late " + suffix);
    }

    @Test
    void anAdminsOneTimePasswordEndsTheSessionsAndMustBeReplacedFirst() throws Exception {
        FormBrowser before = signedIn(name, password);

        assertThat(admin.submit("/admin/users", "/admin/users/" + id + "/password", Map.of()).statusCode())
                .isEqualTo(302);
        String oneTime = group(admin.get("/admin/users").body(), "id=\"issued-password\"[^>]*value=\"([^\"]+)\"");
        assertThat(admin.get("/admin/users").body()).as("shown once").doesNotContain(oneTime);

        assertThat(FormBrowser.location(before.get("/consultant"))).isEqualTo("/login");
        assertThat(FormBrowser.location(new FormBrowser(port).signIn(name, password))).isEqualTo("/login");

        FormBrowser after = new FormBrowser(port);
        after.signIn(name, oneTime);
        assertThat(FormBrowser.location(after.get("/consultant"))).isEqualTo("/account/password");
        assertThat(FormBrowser.location(after.get("/r/" + "A".repeat(32)))).isEqualTo("/account/password");
        assertThat(after.get("/css/app.css").statusCode()).isEqualTo(200);
        HttpResponse<String> page = after.get("/account/password");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Choose your own password first");
        HttpResponse<String> invite = after.post("/consultant/invite", Map.of("clientLabel", "Early " + suffix), true);
        assertThat(FormBrowser.location(invite)).isEqualTo("/account/password");

        assertThat(after.submit("/account/password", "/account/password",
                Map.of("current", oneTime, "replacement", oneTime, "confirmation", oneTime)).body())
                .contains("must be different from your current one");
        String chosen = "harbour kettle violet " + suffix;
        assertThat(FormBrowser.location(after.submit("/account/password", "/account/password",
                Map.of("current", oneTime, "replacement", chosen, "confirmation", chosen)))).isEqualTo("/consultant");
        assertThat(after.get("/consultant").statusCode()).isEqualTo(200);
        assertThat(after.get("/consultant").body()).doesNotContain("Early " + suffix);
        assertThat(FormBrowser.location(new FormBrowser(port).signIn(name, oneTime))).isEqualTo("/login");
    }

    @Test
    void wrongCurrentPasswordsCountAsFailedSignInsAndTheLastOneSignsOutEverywhere() throws Exception {
        FormBrowser guesser = signedIn(name, password);
        FormBrowser other = signedIn(name, password);
        String chosen = "harbour kettle violet " + suffix;
        for (int i = 1; i < AppUser.MAX_WRONG_CURRENT_PASSWORDS; i++) {
            HttpResponse<String> wrong = guesser.submit("/account/password", "/account/password",
                    Map.of("current", "guess number " + i, "replacement", chosen, "confirmation", chosen));
            assertThat(wrong.statusCode()).as("guess " + i).isEqualTo(200);
            assertThat(wrong.body()).contains("Your current password is not right.");
        }
        HttpResponse<String> last = guesser.submit("/account/password", "/account/password",
                Map.of("current", "guess number 5", "replacement", chosen, "confirmation", chosen));
        assertThat(last.statusCode()).isEqualTo(302);
        assertThat(last.headers().firstValue("Location").orElseThrow()).endsWith("/login?locked");
        assertThat(guesser.get("/login?locked").body()).contains("Too many wrong current passwords");

        assertThat(FormBrowser.location(guesser.get("/consultant"))).isEqualTo("/login");
        assertThat(FormBrowser.location(other.get("/consultant"))).isEqualTo("/login");
        // the lock ends the guesser's sessions; the owner, who knows the password, may sign in again
        // from an address that has not failed on the account (SignInAttempts)
        assertThat(FormBrowser.location(new FormBrowser(port, "198.51.100.7").signIn(name, password)))
                .as("the owner at a clean address").isEqualTo("/consultant");
    }

    @Test
    void aLockedAccountShowsAsLockedUntilItsTimeAndAnAdminCanUnlockIt() throws Exception {
        // a guess spread over many addresses (five from one address only pause that address)
        for (int i = 0; i < AppUser.MAX_FAILED_LOGINS; i++) {
            new FormBrowser(port, "192.0.2." + (10 + i / 5)).signIn(name, "guess-" + i + "-of-a-stranger");
        }
        assertThat(row(admin.get("/admin/users").body()).text()).contains("Locked until").doesNotContain("Active");
        assertThat(FormBrowser.location(new FormBrowser(port, "192.0.2.10").signIn(name, password)))
                .as("an address that failed on the locked account").isEqualTo("/login");

        assertThat(admin.submit("/admin/users", "/admin/users/" + id + "/unlock", Map.of()).statusCode()).isEqualTo(302);

        assertThat(row(admin.get("/admin/users").body()).text()).contains("Active").doesNotContain("Locked");
        assertThat(FormBrowser.location(new FormBrowser(port).signIn(name, password))).isEqualTo("/consultant");
    }

    private FormBrowser signedIn(String username, String secret) throws Exception {
        FormBrowser browser = new FormBrowser(port);
        assertThat(FormBrowser.location(browser.signIn(username, secret))).isEqualTo("/consultant");
        return browser;
    }

    private Element row(String page) {
        return Jsoup.parse(page).select("tr").stream()
                .filter(tr -> tr.selectFirst("th") != null && tr.selectFirst("th").text().equals(name))
                .findFirst().orElseThrow();
    }

    private static String group(String html, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(html);
        assertThat(matcher.find()).as(regex).isTrue();
        return matcher.group(1);
    }
}
