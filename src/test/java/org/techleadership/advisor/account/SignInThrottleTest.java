package org.techleadership.advisor.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.techleadership.advisor.support.FormBrowser;

/**
 * Wrong passwords cannot be used against the account's owner: they pause the name at the address
 * they came from. Addresses are named in X-Forwarded-For (sent to loopback only, which the app
 * trusts as its load balancer). A failed sign-in stores no session.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SignInThrottleTest {

    private static final String PASSWORD = "the-owners-password-1";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    private String anAdmin() {
        String name = "root-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(name, "Root", null, PASSWORD, AppUser.Role.ADMIN);
        return name;
    }

    private static String signIn(FormBrowser browser, String name, String password) throws Exception {
        return browser.signIn(name, password).headers().firstValue("Location").orElseThrow();
    }

    private long sessionsSince(Instant since) {
        return jdbc.queryForObject("select count(*) from SPRING_SESSION where CREATION_TIME >= ?", Long.class,
                since.toEpochMilli());
    }

    @Test
    void fiveWrongPasswordsFromAStrangerDoNotLockTheAdminOutAtAnotherAddress() throws Exception {
        String admin = anAdmin();
        FormBrowser stranger = new FormBrowser(port, "203.0.113.21");
        for (int i = 0; i < 5; i++) {
            assertThat(signIn(stranger, admin, "guess-" + i)).endsWith("/login?error");
        }
        assertThat(signIn(stranger, admin, PASSWORD)).as("the stranger's address is paused").endsWith("/login?error");

        FormBrowser owner = new FormBrowser(port, "198.51.100.21");
        assertThat(signIn(owner, admin, PASSWORD)).endsWith("/consultant");
    }

    @Test
    void aGuessSpreadOverManyAddressesCannotLockTheOwnerOutEither() throws Exception {
        String admin = anAdmin();
        int addresses = AppUser.MAX_FAILED_LOGINS / 5;
        for (int a = 0; a < addresses; a++) {
            FormBrowser guesser = new FormBrowser(port, "203.0.113." + (100 + a));
            for (int i = 0; i < 5; i++) {
                signIn(guesser, admin, "guess-" + a + "-" + i);
            }
        }
        assertThat(accounts.lockedByFailures(admin)).as("the account's own ceiling was reached").isTrue();

        FormBrowser newGuesser = new FormBrowser(port, "203.0.113.99");
        assertThat(signIn(newGuesser, admin, "one-more-guess")).endsWith("/login?error");
        assertThat(signIn(newGuesser, admin, PASSWORD)).as("while locked: one wrong password per address")
                .endsWith("/login?error");

        FormBrowser owner = new FormBrowser(port, "198.51.100.22");
        assertThat(signIn(owner, admin, PASSWORD)).endsWith("/consultant");
        assertThat(accounts.lockedByFailures(admin)).as("the owner's sign-in lifts the lock").isFalse();
    }

    @Test
    void aFailedSignInStoresNoSessionAndThePageSaysItFailed() throws Exception {
        String admin = anAdmin();
        Instant before = Instant.now();
        for (int i = 0; i < 3; i++) {
            FormBrowser script = new FormBrowser(port, "203.0.113.3" + i); // no cookie kept between attempts
            assertThat(signIn(script, admin, "guess-" + i)).endsWith("/login?error");
            HttpResponse<String> page = script.get("/login?error");
            assertThat(page.body()).contains("<title>Error: Sign in").contains("did not work");
        }
        assertThat(sessionsSince(before)).as("sessions stored by failed sign-ins").isZero();

        assertThat(signIn(new FormBrowser(port, "198.51.100.23"), admin, PASSWORD)).endsWith("/consultant");
        assertThat(sessionsSince(before)).as("the one stored by the right password").isEqualTo(1);
    }
}
