package org.techleadership.advisor.consultant;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.techleadership.advisor.account.AccountService;
import org.techleadership.advisor.account.AppUser;
import org.techleadership.advisor.support.FormBrowser;

/** A consultant never sees, edits, withdraws or exports another consultant's clients, whatever is guessed. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConsultantIsolationTest {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    FormBrowser alice;
    FormBrowser bob;
    String suffix;

    @BeforeEach
    void twoConsultants() throws Exception {
        suffix = UUID.randomUUID().toString().substring(0, 8);
        accounts.create("alice-" + suffix, "Alice", null, "alice-password-" + suffix, AppUser.Role.CONSULTANT);
        accounts.create("bob-" + suffix, "Bob", null, "bob-password-" + suffix, AppUser.Role.CONSULTANT);
        alice = new FormBrowser(port);
        alice.signIn("alice-" + suffix, "alice-password-" + suffix);
        bob = new FormBrowser(port);
        bob.signIn("bob-" + suffix, "bob-password-" + suffix);
    }

    @Test
    void anotherConsultantsClientIsNotFoundByIdTokenOrExport() throws Exception {
        String clientPage = FormBrowser.location(alice.submit("/consultant/invite", "/consultant/invite",
                Map.of("clientLabel", "=HYPERLINK(\"http://evil\") " + suffix)));
        String clientId = clientPage.substring(clientPage.lastIndexOf('/') + 1).replace("?invited", "");
        String inviteUrl = group(alice.get(clientPage).body(), "id=\"invite-url\"[^>]*value=\"([^\"]+)\"");
        new FormBrowser(port).answerAsCio(inviteUrl.substring(inviteUrl.lastIndexOf('/') + 1));
        String assessmentId = group(alice.get(clientPage).body(), "action=\"/consultant/assessments/(\\d+)/advice\"");

        assertThat(bob.get(clientPage).statusCode()).isEqualTo(404);
        assertThat(bob.get("/consultant/compare?a=" + assessmentId + "&b=" + assessmentId).statusCode()).isEqualTo(404);
        bob.get("/consultant");
        for (String action : new String[] {"advice", "note", "revoke"}) {
            HttpResponse<String> attempt = bob.post("/consultant/assessments/" + assessmentId + "/" + action,
                    Map.of("code", "CTO", "reason", "mine now", "note", "mine", "revoked", "true", "clientId", clientId), true);
            assertThat(attempt.statusCode()).as(action).isEqualTo(404);
        }
        for (String action : new String[] {"details", "invite", "archive", "delete", "invitations/" + clientId + "/cancel"}) {
            HttpResponse<String> attempt = bob.post("/consultant/clients/" + clientId + "/" + action,
                    Map.of("name", "Bob's now", "confirm", "true", "archived", "true"), true);
            assertThat(attempt.statusCode()).as(action).isEqualTo(404);
        }
        assertThat(bob.get("/consultant").body()).doesNotContain(suffix);
        assertThat(bob.get("/consultant/clients.csv").body()).doesNotContain(suffix);

        String csv = alice.get("/consultant/clients.csv").body();
        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://evil\"\") " + suffix + "\"");
        assertThat(alice.get("/r/" + group(alice.get(clientPage).body(), "/r/([A-Za-z0-9_-]{32})")).statusCode())
                .as("bob's attempts changed nothing").isEqualTo(200);
    }

    @Test
    void theAreasNeedTheRightRole() throws Exception {
        FormBrowser stranger = new FormBrowser(port);
        HttpResponse<String> anonymous = stranger.get("/consultant");
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(FormBrowser.location(anonymous)).isEqualTo("/login");
        assertThat(FormBrowser.location(stranger.get("/admin/users"))).isEqualTo("/login");
        assertThat(FormBrowser.location(stranger.get("/consultant/clients.csv"))).isEqualTo("/login");
        assertThat(alice.get("/admin/users").statusCode()).isEqualTo(403);
    }

    @Test
    void everyFormNeedsItsCsrfToken() throws Exception {
        alice.get("/consultant/invite");
        assertThat(alice.post("/consultant/invite", Map.of("clientLabel", "No token"), false).statusCode()).isEqualTo(403);
        assertThat(alice.post("/account/password", Map.of("current", "x"), false).statusCode()).isEqualTo(403);
    }

    private static String group(String html, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(html);
        assertThat(matcher.find()).as(regex).isTrue();
        return matcher.group(1);
    }
}
