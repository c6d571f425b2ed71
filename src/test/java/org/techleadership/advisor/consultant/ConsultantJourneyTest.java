package org.techleadership.advisor.consultant;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.techleadership.advisor.account.AccountService;
import org.techleadership.advisor.account.AppUser;
import org.techleadership.advisor.support.FormBrowser;

/**
 * The consultant's loop, through the HTML forms: an admin creates a consultant, who chooses their
 * own password at the first sign-in and invites a client; the client answers through the link, the
 * consultant adds advice and sends the share link, the client opens it and downloads the PDF; then
 * the link is withdrawn.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConsultantJourneyTest {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    private static String find(String html, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(html);
        assertThat(matcher.find()).as("page has " + regex).isTrue();
        return matcher.group(1);
    }

    @Test
    void adminConsultantAndClientCloseTheLoop() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        accounts.create("admin-" + suffix, "Test Admin", null, "admin-password-" + suffix, AppUser.Role.ADMIN);

        FormBrowser admin = new FormBrowser(port);
        assertThat(FormBrowser.location(admin.signIn("admin-" + suffix, "admin-password-" + suffix))).isEqualTo("/consultant");
        HttpResponse<String> created = admin.submit("/admin/users", "/admin/users", Map.of("username", "alice-" + suffix,
                "displayName", "Alice Example", "practiceName", "Example Advisory", "role", "CONSULTANT"));
        assertThat(created.statusCode()).isEqualTo(302);
        String firstPassword = find(admin.get("/admin/users").body(), "id=\"created-password\"[^>]*value=\"([^\"]+)\"");

        FormBrowser alice = new FormBrowser(port);
        assertThat(FormBrowser.location(alice.signIn("alice-" + suffix, firstPassword))).isEqualTo("/consultant");
        assertThat(FormBrowser.location(alice.get("/consultant"))).as("her own password first").isEqualTo("/account/password");
        String own = "kettle orbit violet " + suffix;
        assertThat(FormBrowser.location(alice.submit("/account/password", "/account/password",
                Map.of("current", firstPassword, "replacement", own, "confirmation", own)))).isEqualTo("/consultant");
        HttpResponse<String> invited = alice.submit("/consultant/invite", "/consultant/invite",
                Map.of("clientLabel", "Acme <b>Ltd</b> " + suffix));
        String clientPage = FormBrowser.location(invited);
        assertThat(clientPage).matches("/consultant/clients/\\d+");
        String inviteUrl = find(alice.get(clientPage).body(), "id=\"invite-url\"[^>]*value=\"([^\"]+)\"");
        assertThat(alice.get("/consultant").body()).contains("Acme &lt;b&gt;Ltd&lt;/b&gt; " + suffix).contains("Invited");

        FormBrowser client = new FormBrowser(port);
        String draftToken = inviteUrl.substring(inviteUrl.lastIndexOf('/') + 1);
        client.answerAsCio(draftToken);
        assertThat(client.get("/q/" + draftToken + "/result").body()).contains("Chief Information Officer (CIO)");

        String page = alice.get(clientPage).body();
        assertThat(page).contains("Chief Information Officer (CIO)");
        String assessmentId = find(page, "action=\"/consultant/assessments/(\\d+)/advice\"");
        String shareUrl = find(page, "id=\"share-url\"[^>]*value=\"([^\"]+)\"");
        alice.get(clientPage);
        HttpResponse<String> advised = alice.post("/consultant/assessments/" + assessmentId + "/advice",
                Map.of("code", "FRACTIONAL_CIO", "reason", "Start with two days a week <i>while</i> the ERP project runs.",
                        "clientId", clientPage.substring(clientPage.lastIndexOf('/') + 1)), true);
        assertThat(advised.statusCode()).isEqualTo(302);
        alice.get(clientPage);
        alice.post("/consultant/assessments/" + assessmentId + "/note",
                Map.of("note", "Budget owner is the CFO; never shown to the client.",
                        "clientId", clientPage.substring(clientPage.lastIndexOf('/') + 1)), true);

        String shared = client.get(shareUrl).body();
        assertThat(shared).contains("Alice Example").contains("Example Advisory").contains("Fractional CIO")
                .contains("Start with two days a week &lt;i&gt;while&lt;/i&gt; the ERP project runs.")
                .contains("Chief Information Officer (CIO)")
                .contains("Acme &lt;b&gt;Ltd&lt;/b&gt;")
                .doesNotContain("Budget owner is the CFO")
                .contains("property=\"og:title\" content=\"Recommended: Fractional CIO\"");
        HttpResponse<byte[]> pdf = client.getBytes(URI(shareUrl) + ".pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 4)).isEqualTo("%PDF");

        alice.get(clientPage);
        alice.post("/consultant/assessments/" + assessmentId + "/revoke",
                Map.of("revoked", "true", "clientId", clientPage.substring(clientPage.lastIndexOf('/') + 1)), true);
        HttpResponse<String> withdrawn = client.get(shareUrl);
        assertThat(withdrawn.statusCode()).isEqualTo(410);
        assertThat(withdrawn.body()).contains("withdrawn");
        assertThat(client.getBytes(URI(shareUrl) + ".pdf").statusCode()).isEqualTo(410);
    }

    private static String URI(String absolute) {
        return java.net.URI.create(absolute).getPath();
    }
}
