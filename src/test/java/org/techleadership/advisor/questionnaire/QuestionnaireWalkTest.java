package org.techleadership.advisor.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;

import org.htmlunit.FailingHttpStatusCodeException;
import org.htmlunit.WebClient;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlRadioButtonInput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A person walking the questionnaire through the real HTML forms, with JavaScript off. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class QuestionnaireWalkTest {

    @LocalServerPort
    int port;

    WebClient browser;

    @BeforeEach
    void openBrowser() {
        browser = newBrowser();
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    private static WebClient newBrowser() {
        WebClient client = new WebClient();
        client.getOptions().setJavaScriptEnabled(false);
        client.getOptions().setCssEnabled(false);
        return client;
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private HtmlPage start() throws IOException {
        HtmlPage home = browser.getPage(url("/"));
        return button(home, "form.start-form button").click();
    }

    private static HtmlButton button(HtmlPage page, String selector) {
        return page.querySelector(selector);
    }

    private static HtmlPage choose(HtmlPage page, Map<String, String> answers) {
        answers.forEach((question, option) -> {
            HtmlRadioButtonInput radio = page.querySelector("#q-" + question + "-" + option);
            assertThat(radio).as(question + "=" + option).isNotNull();
            radio.setChecked(true);
        });
        return page;
    }

    private static HtmlPage next(HtmlPage page) throws IOException {
        return button(page, "button[name=action][value=next]").click();
    }

    private static HtmlPage back(HtmlPage page) throws IOException {
        return button(page, "button[name=action][value=back]").click();
    }

    @Test
    void walkingTheStepsGivesAnExplainedRecommendationAndAShareLinkThatOpensAfresh() throws IOException {
        HtmlPage step = start();
        assertThat(step.asNormalizedText()).contains("Step 1 of 4");

        step = next(choose(step, Map.of("focus", "PROCESS", "audience", "EMPLOYEES", "challenge", "LEGACY_SYSTEMS")));
        assertThat(step.asNormalizedText()).contains("Step 2 of 4");

        // one question left unanswered comes back with a message next to it
        step = next(choose(step, Map.of("company_size", "MEDIUM", "tech_team", "ESTABLISHED")));
        assertThat(step.asNormalizedText()).contains("Step 2 of 4").contains("There is a problem");
        DomElement error = (DomElement) step.querySelector("#q-regulation-error");
        assertThat(error).isNotNull();
        assertThat(error.asNormalizedText()).contains("Regulatory pressure");
        assertThat((Object) step.querySelector("#q-company_size-error")).isNull();
        assertThat(((HtmlRadioButtonInput) step.querySelector("#q-company_size-MEDIUM")).isChecked()).isTrue();

        step = next(choose(step, Map.of("regulation", "MODERATE")));
        assertThat(step.asNormalizedText()).contains("Step 3 of 4");

        // back keeps every answer given so far
        step = back(choose(step, Map.of("success_measure", "BUSINESS_OUTCOME")));
        assertThat(step.asNormalizedText()).contains("Step 2 of 4");
        assertThat(((HtmlRadioButtonInput) step.querySelector("#q-regulation-MODERATE")).isChecked()).isTrue();
        step = next(step);
        assertThat(((HtmlRadioButtonInput) step.querySelector("#q-success_measure-BUSINESS_OUTCOME")).isChecked())
                .isTrue();

        step = next(choose(step, Map.of("involvement", "LEAD_TEAM")));
        HtmlPage result = next(choose(step, Map.of("budget", "FULL_TIME", "need_pattern", "ONGOING")));

        assertThat(result.getUrl().getPath()).endsWith("/result");
        String text = result.asNormalizedText();
        assertThat(text).contains("Chief Information Officer (CIO)").contains("91")
                .contains("Modernising old systems and joining up departments is classic CIO work.")
                .contains("Fractional CIO");
        String shareUrl = ((HtmlInput) result.querySelector("#share-url")).getValue();
        assertThat(shareUrl).matches("http://localhost:" + port + "/r/[A-Za-z0-9_-]{32}");

        try (WebClient stranger = newBrowser()) {
            HtmlPage shared = stranger.getPage(shareUrl);
            assertThat(shared.asNormalizedText()).contains("Chief Information Officer (CIO)")
                    .contains("Modernising old systems and joining up departments is classic CIO work.");
            assertThat(((DomElement) shared.querySelector("meta[name=robots]")).getAttribute("content")).contains("noindex");
            assertThat(shared.getWebResponse().getResponseHeaderValue("Referrer-Policy")).isEqualTo("no-referrer");
            assertThat(shared.getWebResponse().getResponseHeaderValue("X-Robots-Tag")).contains("noindex");
            assertThat(shared.querySelectorAll("button[name=action]")).isEmpty();
        }
    }

    @Test
    void theContinueLaterLinkResumesWhereThePersonLeftOff() throws IOException {
        HtmlPage step = next(choose(start(), Map.of("focus", "PRODUCT", "audience", "CUSTOMERS",
                "challenge", "NEW_PRODUCT")));
        HtmlPage saved = button(choose(step, Map.of("company_size", "SMALL")),
                "button[name=action][value=save]").click();
        String resumeUrl = ((HtmlInput) saved.querySelector("input[readonly][value*='/q/']")).getValue();

        try (WebClient laterOn = newBrowser()) {
            HtmlPage resumed = laterOn.getPage(resumeUrl);
            assertThat(resumed.asNormalizedText()).contains("Step 2 of 4");
            assertThat(((HtmlRadioButtonInput) resumed.querySelector("#q-company_size-SMALL")).isChecked()).isTrue();
        }
    }

    @Test
    void anUnknownShareLinkIsAFriendly404() {
        browser.getOptions().setThrowExceptionOnFailingStatusCode(true);
        try {
            browser.getPage(url("/r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"));
        } catch (FailingHttpStatusCodeException e) {
            assertThat(e.getStatusCode()).isEqualTo(404);
            assertThat(e.getResponse().getContentAsString()).contains("We could not find that page");
            return;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("expected a 404");
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefusedWithAnExplanation() throws IOException {
        browser.getOptions().setThrowExceptionOnFailingStatusCode(false);
        HtmlPage home = browser.getPage(url("/"));
        ((DomElement) home.querySelector("form.start-form input[name=_csrf]")).setAttribute("value", "forged");
        HtmlPage refused = button(home, "form.start-form button").click();
        assertThat(refused.getWebResponse().getStatusCode()).isEqualTo(403);
        assertThat(refused.asNormalizedText()).contains("This form has expired");
    }
}
