package org.techleadership.advisor.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.techleadership.advisor.browser.BrowserSupport.CIO_ANSWERS;
import static org.techleadership.advisor.browser.BrowserSupport.CIO_NAME;
import static org.techleadership.advisor.browser.BrowserSupport.expect;

import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.FrameLocator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Route;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.techleadership.advisor.account.AccountService;
import org.techleadership.advisor.account.AppUser;
import org.techleadership.advisor.consultant.ConsultantService;
import org.techleadership.advisor.practice.PracticeForm;
import org.techleadership.advisor.practice.PracticeService;
import org.techleadership.advisor.browser.BrowserSupport.Screenshots;

/**
 * A practice's questionnaire on the practice's own website, in a real browser: a page of another
 * origin frames the card, its Start opens the questionnaire in a tab of its own (inside the frame
 * the CSRF cookie would not be sent), a stranger answers and leaves their details, and the lead is
 * on the consultant's dashboard. A website the practice did not declare gets no card.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EmbeddedQuestionnaireBrowserTest {

    private static final String PARTNER = "https://partner.test";

    @LocalServerPort int port;
    @Autowired AccountService accounts;
    @Autowired PracticeService practices;
    @Autowired ConsultantService consultants;

    Playwright playwright;
    Browser browser;

    @BeforeAll
    void launch() {
        BrowserSupport.assumeChromium();
        playwright = BrowserSupport.createPlaywright();
        // a public site framing the app on localhost is a "local network access" in Chromium, refused
        // unless permitted; the real partner site and app are both public, so the check is switched off
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(BrowserSupport.CHROMIUM).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run",
                        "--disable-features=LocalNetworkAccessChecks,PrivateNetworkAccessSendPreflights")));
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

    /** The partner's page, served by the browser itself for any path under the origin. */
    private void partnerSite(BrowserContext context, String origin, String slug) {
        String page = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Partner</title></head><body>"
                + "<h1>Morgan IT, your IT partner</h1><iframe id=\"advisor\" src=\"http://localhost:" + port + "/p/" + slug
                + "?embed\" title=\"A questionnaire from Morgan IT\" width=\"100%\" height=\"420\" style=\"border:0\"></iframe>"
                + "</body></html>";
        context.route(origin + "/**", route -> route.fulfill(new Route.FulfillOptions().setStatus(200)
                .setContentType("text/html; charset=utf-8").setBody(page)));
    }

    @Test
    void aStrangerOnThePartnersSiteStartsInANewTabAndBecomesALead() {
        Screenshots shots = new Screenshots("embeddedQuestionnaire");
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        AppUser alice = accounts.create("alice-embed-" + suffix, "Alice Morgan", null, "alice-password-" + suffix,
                AppUser.Role.CONSULTANT);
        String slug = "morgan-embed-" + suffix;
        PracticeForm form = new PracticeForm();
        form.setName("Morgan IT");
        form.setSlug(slug);
        form.setEmbedOrigins(PARTNER);
        practices.save(alice.getId(), form);

        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
            partnerSite(context, PARTNER, slug);
            partnerSite(context, "https://stranger.test", slug);
            Page partner = context.newPage();
            partner.navigate(PARTNER + "/");
            FrameLocator card = partner.frameLocator("#advisor");
            expect(card.locator("#embed-title")).isVisible();
            expect(card.locator(".embed-brand")).hasText("Morgan IT");
            shots.take(partner, "partner-site-with-card");

            // the same card on a website the practice did not declare: the browser refuses the frame
            Page stranger = context.newPage();
            stranger.navigate("https://stranger.test/");
            stranger.waitForTimeout(1000);
            assertThat(stranger.frameLocator("#advisor").locator("#embed-title").count()).isZero();
            shots.take(stranger, "undeclared-site-no-card");
            stranger.close();

            Page questionnaire = context.waitForPage(() -> card.locator("#embed-start").click());
            questionnaire.waitForLoadState();
            assertThat(questionnaire.url()).isEqualTo("http://localhost:" + port + "/p/" + slug);
            shots.take(questionnaire, "landing-in-new-tab");
            questionnaire.locator("#public-start").click();
            for (int i = 0; i < CIO_ANSWERS.size(); i++) {
                expect(questionnaire.locator("#progress-label")).hasText("Step " + (i + 1) + " of " + CIO_ANSWERS.size());
                CIO_ANSWERS.get(i).forEach((q, option) -> questionnaire.locator("#q-" + q + "-" + option).check());
                if (i == 0) {
                    shots.take(questionnaire, "first-step-branded");
                }
                questionnaire.locator("button[name=action][value=next]").click();
            }
            expect(questionnaire.locator("#rec-headline")).isVisible();
            expect(questionnaire.locator("#follow-up-title")).hasText("Would you like Alice Morgan to follow up?");
            questionnaire.locator("#send-details").click(); // nothing filled in: errors next to the fields
            expect(questionnaire.locator("#consent-error")).isVisible();
            shots.take(questionnaire, "follow-up-errors");
            questionnaire.locator("#name").fill("Ana Silva");
            questionnaire.locator("#company").fill("Harbour Bakery");
            questionnaire.locator("#email").fill("ana@harbour.test");
            questionnaire.locator("#consent1").check();
            questionnaire.locator("#send-details").click();
            expect(questionnaire.locator("#follow-up")).containsText("Thank you. Alice Morgan has your details");
            shots.take(questionnaire, "follow-up-thanks");

            // the consultant's settings page: the link and the frame's code, each with a copy button
            Page settings = context.newPage();
            settings.navigate("http://localhost:" + port + "/login");
            settings.locator("#username").fill("alice-embed-" + suffix);
            settings.locator("#password").fill("alice-password-" + suffix);
            settings.locator("form button[type=submit]").first().click();
            settings.navigate("http://localhost:" + port + "/consultant/practice");
            expect(settings.locator("#public-link .copy-button")).hasCount(2);
            expect(settings.locator("#embed-origins")).hasText("These websites may show it: " + PARTNER + ".");
            shots.take(settings, "settings-link-and-frame");
        }

        assertThat(consultants.dashboard(alice.getId(), null, false, false)).singleElement().satisfies(row -> {
            assertThat(row.lead()).isTrue();
            assertThat(row.name()).isEqualTo("Harbour Bakery");
            assertThat(row.recommendation()).isEqualTo(CIO_NAME);
        });
    }
}
