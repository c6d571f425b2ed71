package org.techleadership.advisor.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.techleadership.advisor.support.FormBrowser;

/** Signing in never says whether a user name exists, and repeated failures lock the account for a while. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SignInTest {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Test
    void theSignInPageSaysWhatHappenedAndNothingElse() throws Exception {
        FormBrowser browser = new FormBrowser(port);
        var plain = browser.get("/login");
        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(plain.body()).contains("<title>Sign in").doesNotContain("You are signed out.")
                .doesNotContain("did not work");
        var failed = browser.get("/login?error");
        assertThat(failed.statusCode()).isEqualTo(200);
        assertThat(failed.body()).contains("<title>Error: Sign in").contains("did not work")
                .contains("aria-invalid=\"true\"");
        var signedOut = browser.get("/login?signedOut");
        assertThat(signedOut.statusCode()).isEqualTo(200);
        assertThat(signedOut.body()).contains("You are signed out.").doesNotContain("did not work");
    }

    @Test
    void anUnknownUserAndAWrongPasswordLookTheSame() throws Exception {
        String name = "carol-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(name, "Carol", null, "carol-password-123", AppUser.Role.CONSULTANT);
        FormBrowser browser = new FormBrowser(port);

        String wrongPassword = FormBrowser.location(browser.signIn(name, "not-her-password"));
        String unknownUser = FormBrowser.location(browser.signIn("nobody-" + name, "not-her-password"));
        assertThat(wrongPassword).isEqualTo(unknownUser).isEqualTo("/login");
        assertThat(browser.get("/login?error").body()).doesNotContainIgnoringCase("unknown")
                .doesNotContainIgnoringCase("does not exist");
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenForTheRightOne() throws Exception {
        String name = "dave-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(name, "Dave", null, "dave-password-123", AppUser.Role.CONSULTANT);
        FormBrowser browser = new FormBrowser(port);
        for (int i = 0; i < 5; i++) { // advisor.sign-in.failures-per-account-and-address: from this address
            browser.signIn(name, "guess-" + i);
        }
        assertThat(FormBrowser.location(browser.signIn(name, "dave-password-123"))).isEqualTo("/login");
    }

    @Test
    void aConsultantChangesTheirPasswordAndSignsOut() throws Exception {
        String name = "erin-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(name, "Erin", null, "erin-password-123", AppUser.Role.CONSULTANT);
        FormBrowser browser = new FormBrowser(port);
        assertThat(FormBrowser.location(browser.signIn(name, "erin-password-123"))).isEqualTo("/consultant");

        assertThat(browser.submit("/account/password", "/account/password", Map.of("current", "erin-password-123",
                "replacement", "short", "confirmation", "short")).statusCode()).isEqualTo(200);
        assertThat(FormBrowser.location(browser.submit("/account/password", "/account/password", Map.of(
                "current", "erin-password-123", "replacement", "a-much-longer-passphrase",
                "confirmation", "a-much-longer-passphrase")))).isEqualTo("/consultant");
        assertThat(FormBrowser.location(browser.submit("/consultant", "/logout", Map.of()))).isEqualTo("/login");
        assertThat(FormBrowser.location(browser.get("/consultant"))).isEqualTo("/login");

        FormBrowser again = new FormBrowser(port);
        assertThat(FormBrowser.location(again.signIn(name, "erin-password-123"))).isEqualTo("/login");
        assertThat(FormBrowser.location(again.signIn(name, "a-much-longer-passphrase"))).isEqualTo("/consultant");
    }
}
