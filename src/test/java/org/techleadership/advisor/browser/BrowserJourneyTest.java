package org.techleadership.advisor.browser;

import java.util.LinkedHashMap;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.techleadership.advisor.account.AccountService;
import org.techleadership.advisor.account.AppUser;
import org.techleadership.advisor.consultant.ClientDetails;
import org.techleadership.advisor.consultant.ClientRecords;
import org.techleadership.advisor.questionnaire.QuestionnaireDraft;
import org.techleadership.advisor.questionnaire.QuestionnaireService;
import static org.assertj.core.api.Assertions.assertThat;
import static org.techleadership.advisor.browser.BrowserSupport.CIO_ANSWERS;
import static org.techleadership.advisor.browser.BrowserSupport.CIO_NAME;
import static org.techleadership.advisor.browser.BrowserSupport.CTO_ANSWERS;
import static org.techleadership.advisor.browser.BrowserSupport.CTO_NAME;
import static org.techleadership.advisor.browser.BrowserSupport.VCIO_ANSWERS;
import static org.techleadership.advisor.browser.BrowserSupport.VCIO_NAME;
import static org.techleadership.advisor.browser.BrowserSupport.expect;
import static org.techleadership.advisor.browser.BrowserSupport.focusedId;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.techleadership.advisor.browser.BrowserSupport.Screenshots;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;

/**
 * A person in a real browser (headless Chromium): with the mouse on a desktop, with the keyboard
 * only, and with a finger on a phone. Every page visited is kept as a screenshot under
 * target/screenshots/{test}/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserJourneyTest {

    @LocalServerPort
    int port;

    Playwright playwright;
    Browser browser;
    BrowserContext context;
    Screenshots shots;

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

    @BeforeEach
    void name(TestInfo test) {
        shots = new Screenshots(test.getTestMethod().orElseThrow().getName());
    }

    @AfterEach
    void closeContext() {
        if (context != null) {
            context.close();
            context = null;
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private Page desktop() {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
        return context.newPage();
    }

    // ------------------------------------------------------------------------------------------
    // 1. The mouse, on a desktop
    // ------------------------------------------------------------------------------------------

    @Test
    void mouseJourneyOnADesktopEndsWithAShareLinkThatOpensInAFreshBrowser() {
        Page page = desktop();
        page.navigate(url("/"));
        expect(page.locator("h1")).hasText("Find the technology leader your business needs");
        shots.take(page, "landing");

        page.locator("form.start-form button").click();
        expectStep(page, 1);
        shots.take(page, "step-1");
        choose(page, CIO_ANSWERS.get(0));
        next(page);

        // step 2: leave the last question unanswered and press Next
        expectStep(page, 2);
        shots.take(page, "step-2");
        choose(page, Map.of("company_size", "MEDIUM", "tech_team", "ESTABLISHED"));
        next(page);
        expect(page.locator("#error-summary")).isVisible();
        expect(page.locator("#error-summary")).isFocused();
        assertThat(focusedId(page)).isEqualTo("error-summary");
        expect(page.locator("#q-regulation-error")).isVisible();
        expect(page.locator("#q-regulation-error")).containsText("Regulatory pressure");
        expect(page.locator("#q-company_size-error")).hasCount(0);
        expect(page.locator("#q-company_size-MEDIUM")).isChecked();
        expect(page.locator("#q-tech_team-ESTABLISHED")).isChecked();
        shots.take(page, "step-2-error");

        // the summary's link takes you to the question at fault
        page.locator("#error-summary a[href='#q-regulation']").click();
        expect(page).hasURL(Pattern.compile("#q-regulation$"));

        choose(page, Map.of("regulation", "MODERATE"));
        next(page);
        expectStep(page, 3);
        choose(page, Map.of("success_measure", "BUSINESS_OUTCOME"));
        shots.take(page, "step-3");

        // Back keeps every answer: those of step 2, and the one just given on step 3
        page.locator("button[name=action][value=back]").click();
        expectStep(page, 2);
        expect(page.locator("#q-company_size-MEDIUM")).isChecked();
        expect(page.locator("#q-tech_team-ESTABLISHED")).isChecked();
        expect(page.locator("#q-regulation-MODERATE")).isChecked();
        expect(page.locator("#error-summary")).hasCount(0);
        shots.take(page, "step-2-after-back");
        next(page);
        expectStep(page, 3);
        expect(page.locator("#q-success_measure-BUSINESS_OUTCOME")).isChecked();
        shots.take(page, "step-3-again");
        choose(page, Map.of("involvement", "LEAD_TEAM"));
        next(page);

        expectStep(page, 4);
        shots.take(page, "step-4");
        choose(page, CIO_ANSWERS.get(3));
        page.locator("button[name=action][value=next]").click();

        expect(page).hasURL(Pattern.compile("/q/[A-Za-z0-9_-]+/result$"));
        expect(page.locator("#rec-headline")).hasText(CIO_NAME);
        expect(page.locator(".card-headline .fit-text")).hasText("Fit 91 out of 100");
        shots.take(page, "result");

        String shareUrl = page.locator("#share-url").inputValue();
        assertThat(shareUrl).matches(Pattern.quote(url("/r/")) + "[A-Za-z0-9_-]{32}");

        // the share link, opened by someone else: no cookies, no draft, same recommendation
        try (BrowserContext stranger = browser.newContext(
                new Browser.NewContextOptions().setViewportSize(1280, 900))) {
            assertThat(stranger.cookies()).isEmpty();
            Page shared = stranger.newPage();
            Response response = shared.navigate(shareUrl);
            assertThat(response.status()).isEqualTo(200);
            expect(shared.locator("#rec-headline")).hasText(CIO_NAME);
            expect(shared.locator(".card-headline .fit-text")).hasText("Fit 91 out of 100");
            expect(shared.locator("meta[name=robots]")).hasAttribute("content", Pattern.compile("noindex"));
            expect(shared.locator("button[name=action]")).hasCount(0);
            expect(shared.locator("#share-url")).hasCount(0);
            shots.take(shared, "share-page");
        }
    }

    // ------------------------------------------------------------------------------------------
    // 2. The keyboard only
    // ------------------------------------------------------------------------------------------

    @Test
    void keyboardOnlyJourneyReachesTheResultWithVisibleFocusThroughout() {
        Page page = desktop();
        page.navigate(url("/"));
        shots.take(page, "landing");

        // the first Tab lands on the skip link, which shows itself
        page.keyboard().press("Tab");
        expect(page.locator(".skip-link")).isFocused();
        assertFocusVisible(page);

        tabUntil(page, "el.matches('form.start-form button')", 10);
        assertFocusVisible(page);
        page.keyboard().press("Enter");

        for (int i = 0; i < CTO_ANSWERS.size(); i++) {
            int step = i + 1;
            expectStep(page, step);
            page.waitForLoadState();
            boolean checkedFocus = false;
            for (Map.Entry<String, String> answer : CTO_ANSWERS.get(i).entrySet()) {
                answerByKeyboard(page, answer.getKey(), answer.getValue());
                if (!checkedFocus) {
                    assertFocusVisible(page);
                    checkedFocus = true;
                }
            }
            tabUntil(page, "el.matches('button[name=action][value=next]')", 6);
            assertFocusVisible(page);
            shots.take(page, "step-" + step);
            page.keyboard().press("Enter");
        }

        expect(page).hasURL(Pattern.compile("/result$"));
        expect(page.locator("#rec-headline")).hasText(CTO_NAME);
        page.waitForLoadState();
        shots.take(page, "result");

        // the share link can be reached and its text selected with the keyboard
        tabUntil(page, "el.id === 'share-url'", 60);
        assertFocusVisible(page);
        assertThat((String) page.evaluate("() => document.activeElement.value")).contains("/r/");
    }

    /**
     * Tabs into a question's radio group, then picks the option with the arrow keys (or Space when
     * the focus already sits on it), as a keyboard user does.
     */
    private static void answerByKeyboard(Page page, String question, String option) {
        tabUntil(page, "el.type === 'radio' && el.name === '" + question + "'", 12);
        @SuppressWarnings("unchecked")
        List<String> ids = (List<String>) page.evaluate("name => Array.from(document.querySelectorAll("
                + "'input[type=radio][name=\"' + name + '\"]')).map(r => r.id)", question);
        String target = "q-" + question + "-" + option;
        int from = ids.indexOf(focusedId(page));
        int to = ids.indexOf(target);
        assertThat(to).as("option %s of %s", option, question).isNotNegative();
        if (from == to) {
            page.keyboard().press("Space");
        } else {
            int presses = Math.floorMod(to - from, ids.size());
            for (int p = 0; p < presses; p++) {
                page.keyboard().press("ArrowDown");
            }
        }
        assertThat(focusedId(page)).isEqualTo(target);
        expect(page.locator("#" + target)).isChecked();
    }

    /** Presses Tab until the focused element matches a JavaScript condition on {@code el}. */
    private static void tabUntil(Page page, String condition, int maxPresses) {
        String test = "() => { const el = document.activeElement; return !!el && (" + condition + "); }";
        for (int i = 0; i < maxPresses; i++) {
            page.keyboard().press("Tab");
            if ((Boolean) page.evaluate(test)) {
                return;
            }
        }
        throw new AssertionError("No focusable element matching [" + condition + "] within " + maxPresses
                + " presses of Tab; the focus is on #" + focusedId(page) + " "
                + page.evaluate("() => document.activeElement.outerHTML.slice(0, 120)"));
    }

    /** The focused element shows a focus indicator: an outline that is not 'none'. */
    private static void assertFocusVisible(Page page) {
        @SuppressWarnings("unchecked")
        Map<String, Object> focus = (Map<String, Object>) page.evaluate("() => {"
                + " const el = document.activeElement; const s = getComputedStyle(el);"
                + " return { tag: el.tagName, id: el.id, style: s.outlineStyle, width: s.outlineWidth,"
                + "          visible: el.matches(':focus-visible') }; }");
        assertThat(focus.get("visible")).as("focus-visible on %s", focus).isEqualTo(Boolean.TRUE);
        assertThat(focus.get("style")).as("outline of %s", focus).isNotEqualTo("none");
        assertThat(focus.get("width")).as("outline of %s", focus).isNotEqualTo("0px");
    }

    // ------------------------------------------------------------------------------------------
    // 3. A finger, on a phone
    // ------------------------------------------------------------------------------------------

    @Test
    void phoneJourneyNeverScrollsSideways() {
        context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(390, 844)
                .setDeviceScaleFactor(1) // layout is the same at any density; keeps the long screenshots small
                .setIsMobile(true)
                .setHasTouch(true));
        Page page = context.newPage();

        page.navigate(url("/"));
        assertNoSidewaysScroll(page, "landing");
        shots.take(page, "landing");
        page.locator("form.start-form button").tap();

        for (int i = 0; i < VCIO_ANSWERS.size(); i++) {
            int step = i + 1;
            expectStep(page, step);
            VCIO_ANSWERS.get(i).forEach((question, option) -> {
                page.locator("label[for='q-" + question + "-" + option + "']").tap();
                expect(page.locator("#q-" + question + "-" + option)).isChecked();
            });
            assertNoSidewaysScroll(page, "step " + step);
            shots.take(page, "step-" + step);
            page.locator("button[name=action][value=next]").tap();
        }

        expect(page.locator("#rec-headline")).hasText(VCIO_NAME);
        assertNoSidewaysScroll(page, "result");
        shots.take(page, "result");

        String shareUrl = page.locator("#share-url").inputValue();
        page.navigate(shareUrl);
        expect(page.locator("#rec-headline")).hasText(VCIO_NAME);
        assertNoSidewaysScroll(page, "share page");
        shots.take(page, "share-page");

        page.navigate(url("/roles"));
        expect(page.locator("h1")).isVisible();
        assertNoSidewaysScroll(page, "roles");
        shots.take(page, "roles");
    }

    @Autowired
    AccountService accounts;

    @Autowired
    QuestionnaireService questionnaires;

    @Autowired
    ClientRecords clients;

    @Test
    void aConsultantOnAPhoneSeesEveryColumnOfTheirClientsAndCopiesALink() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        AppUser alice = accounts.create("alice-phone-" + suffix, "Alice Morgan", "Morgan IT", "alice-password-" + suffix,
                AppUser.Role.CONSULTANT);
        QuestionnaireDraft invitation = clients.create(alice.getId(), ClientDetails.named("Harbour Bakery"));
        for (int step = 1; step <= 4; step++) {
            questionnaires.submit(invitation.getToken(), step, new LinkedHashMap<>(VCIO_ANSWERS.get(step - 1)),
                    QuestionnaireService.Action.NEXT);
        }
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844)
                .setDeviceScaleFactor(1).setIsMobile(true).setHasTouch(true));
        Page page = context.newPage();
        page.navigate(url("/login"));
        page.locator("#username").fill("alice-phone-" + suffix);
        page.locator("#password").fill("alice-password-" + suffix);
        page.locator("form button[type=submit]").first().tap();
        expect(page.locator(".clients-table")).isVisible();
        assertNoSidewaysScroll(page, "dashboard");
        // the last column, the share link, is on the screen, not behind a sideways scroll
        var share = page.locator(".clients-table td[data-label='Share link']").first();
        expect(share).isVisible();
        var box = share.boundingBox();
        assertThat(box.x + box.width).as("right edge of the share-link cell").isLessThanOrEqualTo(390);
        shots.take(page, "dashboard");

        page.locator(".clients-table a.break-anywhere").first().tap();
        expect(page.locator(".copy-button").first()).isVisible();
        assertNoSidewaysScroll(page, "client");
        shots.take(page, "client");
        page.locator(".copy-button").first().tap();
        expect(page.locator(".copy-button").first()).hasText("Copied");

        // starting a questionnaire while signed in asks for the client first
        page.navigate(url("/"));
        page.locator("form.start-form button").tap();
        expect(page.locator("#clientLabel")).isVisible();
        assertNoSidewaysScroll(page, "invite from start");
        shots.take(page, "invite-from-start");
        page.locator("#clientLabel").fill("Quay Books");
        page.locator("#create-and-answer").tap();
        expect(page.locator(".prepared-for")).hasText("Prepared for Quay Books by Alice Morgan, Morgan IT");
        assertNoSidewaysScroll(page, "invitation step");
        shots.take(page, "invitation-step");
    }

    private static void assertNoSidewaysScroll(Page page, String where) {
        @SuppressWarnings("unchecked")
        Map<String, Object> size = (Map<String, Object>) page.evaluate(
                "() => ({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth })");
        int scroll = ((Number) size.get("scroll")).intValue();
        int inner = ((Number) size.get("inner")).intValue();
        assertThat(scroll).as("page width on the %s page (viewport %d px)", where, inner).isLessThanOrEqualTo(inner + 1);
    }

    // ------------------------------------------------------------------------------------------

    private static void expectStep(Page page, int step) {
        expect(page.locator("#progress-label")).hasText("Step " + step + " of 4");
    }

    private static void choose(Page page, Map<String, String> answers) {
        answers.forEach((question, option) -> page.locator("#q-" + question + "-" + option).check());
    }

    private static void next(Page page) {
        page.locator("button[name=action][value=next]").click();
    }
}
