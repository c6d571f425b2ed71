package org.techleadership.advisor.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.techleadership.advisor.browser.BrowserSupport.expect;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.techleadership.advisor.account.AccountService;
import org.techleadership.advisor.account.AppUser;
import org.techleadership.advisor.consultant.ClientDetails;
import org.techleadership.advisor.consultant.ClientRecords;
import org.techleadership.advisor.scoring.Answers;
import org.techleadership.advisor.support.AnswerSets;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * The "done when", in a real browser: an owner makes a team on the landing page, three
 * people answer through their own links on their phones (one with JavaScript off), two of them
 * disagreeing on the main aim and the budget; the organiser sees the team's recommendation under
 * the most cautious budget with the decisive disagreements first, confirms a budget, closes the
 * round and opens the share link and its PDF, none of them with a session. Screenshots under
 * target/screenshots/teamJourney/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TeamBrowserTest {

    static final List<String> LABELS = List.of("Owner — Ana", "Finance — Ben", "Operations — Cleo");
    /** Ana and Cleo: a product company with an engineering team and one salary to spend. */
    static final Answers PRODUCT = AnswerSets.CTO;
    /** Ben: the same business, but its aim is how it runs, and two days a week is all it can pay for. */
    static final Answers PROCESS;

    static {
        Map<String, String> ben = new LinkedHashMap<>(AnswerSets.CTO.byQuestion());
        ben.put("focus", "PROCESS");
        ben.put("budget", "PART_TIME");
        PROCESS = new Answers(ben);
    }

    @LocalServerPort int port;
    @Autowired AccountService accounts;
    @Autowired ClientRecords clients;

    Playwright playwright;
    Browser browser;
    final BrowserSupport.Screenshots shots = new BrowserSupport.Screenshots("teamJourney");

    @BeforeAll
    void launch() {
        BrowserSupport.assumeChromium();
        playwright = BrowserSupport.createPlaywright();
        browser = BrowserSupport.launch(playwright);
    }

    @AfterAll
    void shutDown() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private BrowserContext desktop() {
        return browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
    }

    private BrowserContext phone(boolean javaScript) {
        return browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844).setDeviceScaleFactor(1)
                .setIsMobile(true).setHasTouch(true).setJavaScriptEnabled(javaScript));
    }

    /** Nobody needs an account or a session for any of it: no SESSION cookie was ever set. */
    private static void assertNoSession(BrowserContext context) {
        assertThat(context.cookies()).noneMatch(cookie -> cookie.name.equals("SESSION"));
    }

    /** A member answers on their phone through their own link. */
    private void answerOnAPhone(String link, String label, Answers answers, boolean javaScript, String shotName) {
        BrowserContext phone = phone(javaScript);
        Page page = phone.newPage();
        page.navigate(link);
        expect(page.locator("h1")).hasText("You are answering for Harbour Bakery as " + label);
        if (shotName != null) {
            shots.take(page, shotName + "-questions");
            // sent with the budget left out: told so beside the question, the other choices kept
            answers.byQuestion().forEach((q, o) -> {
                if (!q.equals("budget")) {
                    page.locator("#q-" + q + "-" + o).check();
                }
            });
            page.locator("#send-answers").click();
            expect(page.locator("#error-summary")).isVisible();
            expect(page).hasTitle(Pattern.compile("^Error: "));
            expect(page.locator("#q-budget-error")).isVisible();
            expect(page.locator("#q-focus-" + answers.get("focus"))).isChecked();
            shots.take(page, shotName + "-errors");
        }
        answers.byQuestion().forEach((q, o) -> page.locator("#q-" + q + "-" + o).check());
        page.locator("#send-answers").click();
        expect(page.locator("#answers-in")).containsText("Your answers are in");
        if (shotName != null) {
            shots.take(page, shotName + "-answered");
        }
        assertNoSession(phone);
        phone.close();
    }

    @Test
    void threePeopleAnswerForOneBusinessAndTheOrganiserSharesTheTeamResult() throws Exception {
        BrowserContext organiserDesktop = desktop();
        Page organiser = organiserDesktop.newPage();
        organiser.navigate(url("/"));
        organiser.locator("#team-start").click();
        expect(organiser.locator("h1")).hasText("Answer as a team");
        organiser.locator("#name").fill("Harbour Bakery");
        for (int i = 0; i < LABELS.size(); i++) {
            organiser.locator("[id='members-" + i + ".label']").fill(LABELS.get(i));
        }
        shots.take(organiser, "new-team");
        organiser.locator("#create-team").click();
        expect(organiser.locator(".notice-success")).containsText("Your team is ready");
        String organiserUrl = organiser.locator("#organiser-url").inputValue();
        assertThat(organiserUrl).matches(Pattern.quote(url("/teams/")) + "[A-Za-z0-9_-]{32}");
        expect(organiser.locator("#team-progress")).hasText("0 of 3 answered");
        List<String> links = organiser.locator(".member-item .copy-input").all().stream()
                .map(l -> l.inputValue()).toList();
        assertThat(links).hasSize(3).allMatch(l -> l.startsWith(url("/m/")));
        expect(organiser.locator(".member-item .copy-button").first()).isVisible(); // copy.js at work
        shots.take(organiser, "organiser-created");

        // three members, each on their own phone; Ben disagrees on the main aim and the budget
        answerOnAPhone(links.get(0), LABELS.get(0), PRODUCT, true, null);
        answerOnAPhone(links.get(1), LABELS.get(1), PROCESS, true, "member-ben");
        answerOnAPhone(links.get(2), LABELS.get(2), PRODUCT, false, "member-cleo-no-js");

        // the organiser: the team's result under the most cautious budget, the decisive disagreements first
        organiser.navigate(organiserUrl);
        expect(organiser.locator("#team-progress")).hasText("3 of 3 answered");
        expect(organiser.locator(".team-budget-sentence")).containsText("most cautious one anyone gave: \u201cA leader one or two days a week\u201d");
        String teamRole = organiser.locator("#rec-headline").textContent().trim();
        expect(organiser.locator(".members-table tbody tr")).hasCount(3);
        var spreads = organiser.locator(".spread");
        expect(spreads.first().locator(".badge-decisive")).isVisible();
        assertThat(spreads.count()).isEqualTo(2); // the main aim and the budget
        assertThat(List.of(spreads.nth(0).locator("h3 > span").first().textContent().trim(),
                spreads.nth(1).locator("h3 > span").first().textContent().trim()))
                .containsExactlyInAnyOrder("Main aim", "Budget");
        expect(organiser.locator(".agenda > li").first()).containsText("would come first");
        expect(organiser.locator(".spread-chart").first()).hasAttribute("role", "img");
        shots.take(organiser, "organiser-result");
        BrowserContext organiserPhone = phone(true);
        Page onPhone = organiserPhone.newPage();
        onPhone.navigate(organiserUrl);
        shots.take(onPhone, "organiser-result-phone");
        assertThat((Boolean) onPhone.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"))
                .as("nothing wider than the phone").isTrue();
        organiserPhone.close();

        // the organiser confirms the full-time budget, then closes the round
        organiser.locator("#budget-FULL_TIME").check();
        organiser.locator("#confirm-budget").click();
        expect(organiser.locator(".team-budget-sentence")).containsText("the organiser confirmed this one");
        organiser.locator("#close-round").click();
        expect(organiser.locator(".notice-success")).containsText("The round is closed");
        expect(organiser.locator("#add-member")).hasCount(0);
        String closedRole = organiser.locator("#rec-headline").textContent().trim();
        String shareUrl = organiser.locator("#share-url").inputValue();

        // the share link: the same result, read-only
        Page share = organiserDesktop.newPage();
        share.navigate(shareUrl);
        expect(share.locator("h1")).hasText("Team recommendation for Harbour Bakery");
        expect(share.locator("#rec-headline")).hasText(closedRole);
        expect(share.locator(".copy-input")).hasCount(0);
        expect(share.locator("main form")).hasCount(0);
        shots.take(share, "share");
        BrowserContext sharePhone = phone(true);
        Page shareOnPhone = sharePhone.newPage();
        shareOnPhone.navigate(shareUrl);
        shots.take(shareOnPhone, "share-phone");
        assertThat((Boolean) shareOnPhone.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"))
                .as("nothing wider than the phone").isTrue();
        sharePhone.close();

        APIResponse pdf = share.request().get(shareUrl + ".pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.headers().get("content-type")).isEqualTo("application/pdf");
        Path file = Path.of("target", "screenshots", "teamJourney", "team.pdf");
        Files.write(file, pdf.body());
        assertThat(teamRole).isNotBlank();
        assertNoSession(organiserDesktop);
        organiserDesktop.close();
    }

    @Test
    void aConsultantMakesATeamForAClientFromTheClientsRecord() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        AppUser alice = accounts.create("alice-teams-" + suffix, "Alice Morgan", null, "alice-password-" + suffix,
                AppUser.Role.CONSULTANT);
        long clientId = clients.create(alice.getId(), ClientDetails.named("Quay Books")).getClientId();

        BrowserContext phone = phone(true);
        Page page = phone.newPage();
        page.navigate(url("/login"));
        page.locator("#username").fill("alice-teams-" + suffix);
        page.locator("#password").fill("alice-password-" + suffix);
        page.locator("form button[type=submit]").first().tap();
        expect(page.locator("h1")).hasText("Your clients");
        page.navigate(url("/consultant/clients/" + clientId));
        page.locator("#client-teams").tap();
        expect(page.locator("h1")).hasText("Team assessments for Quay Books");
        expect(page.locator("#name")).hasValue("Quay Books");
        page.locator("[id='members-0.label']").fill("Owner — Ana");
        page.locator("[id='members-1.label']").fill("Shop — Raj");
        page.locator("#create-team").tap();
        expect(page.locator(".notice-success")).containsText("Your team is ready");
        page.locator(".back-link a").tap();
        expect(page.locator("tbody tr")).hasCount(1);
        expect(page.locator("tbody tr")).containsText("0 of 2 answered");
        shots.take(page, "consultant-client-teams-phone");
        phone.close();
    }
}
