package org.techleadership.advisor.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.htmlunit.WebClient;
import org.htmlunit.html.DomNode;
import org.htmlunit.html.HtmlAnchor;
import org.htmlunit.html.HtmlButton;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlRadioButtonInput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.techleadership.advisor.support.AnswerSets;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The last step points out answers that rarely go together before the result, with a way back to
 * each question and a way on as answered; the result, its share page and its PDF say it too.
 * Through the real HTML forms, with JavaScript off.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AnswersThatRarelyGoTogetherTest {

    private static final String MESSAGE = "Please check your company size and your technical staff: a company of up"
            + " to ten people rarely employs more than 30 technical staff of its own.";
    private static final String SAID = "You said \u201c1\u201310 people\u201d (Company size) and \u201cMore than 30"
            + " people\u201d (In-house technical staff); these rarely go together.";

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    WebClient browser;

    @BeforeEach
    void openBrowser() {
        browser = new WebClient();
        browser.getOptions().setJavaScriptEnabled(false);
        browser.getOptions().setCssEnabled(false);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static HtmlPage next(HtmlPage page, Map<String, String> answers) throws IOException {
        answers.forEach((question, option) -> ((HtmlRadioButtonInput) page.querySelector("#q-" + question + "-" + option))
                .setChecked(true));
        return ((HtmlButton) page.querySelector("button[name=action][value=next]")).click();
    }

    /** A CIO's answers, but 1–10 people with more than 30 technical staff: up to the last step's check. */
    private HtmlPage answerWithAContradiction() throws IOException {
        HtmlPage step = ((HtmlButton) ((HtmlPage) browser.getPage(url("/"))).querySelector("form.start-form button")).click();
        for (int n = 1; n <= 4; n++) {
            Map<String, String> answers = new java.util.LinkedHashMap<>(AnswerSets.byStep(AnswerSets.CIO, n));
            if (n == 2) {
                answers.putAll(Map.of("company_size", "MICRO", "tech_team", "LARGE"));
            }
            step = next(step, answers);
        }
        return step;
    }

    private static String text(DomNode node) {
        return node == null ? "" : node.asNormalizedText();
    }

    @Test
    void theLastStepAsksToCheckWithALinkBackToEachQuestionAndGoingOnKeepsTheWarningWithTheResult() throws Exception {
        HtmlPage check = answerWithAContradiction();

        assertThat(check.getUrl().getPath()).matches("/q/[A-Za-z0-9_-]+/4");
        String draft = check.getUrl().getPath().split("/")[2];
        assertThat(check.getTitleText()).startsWith("Please check your answers");
        DomNode panel = check.querySelector("#check-panel");
        assertThat(text(panel)).contains("Please check these answers", MESSAGE)
                .contains("Company size: 1\u201310 people", "In-house technical staff: More than 30 people");
        assertThat(panel.querySelectorAll("a.check-change")).extracting(a -> ((HtmlAnchor) a).getHrefAttribute())
                .containsExactly("/q/" + draft + "/2#q-company_size", "/q/" + draft + "/2#q-tech_team");
        assertThat(check.querySelectorAll("#go-on")).hasSize(1);

        HtmlPage result = ((HtmlButton) check.querySelector("#go-on")).click();

        assertThat(result.getUrl().getPath()).isEqualTo("/q/" + draft + "/result");
        assertThat(text(result.querySelector("#rec-check").getParentNode())).contains(SAID, MESSAGE);
        String shareUrl = ((HtmlInput) result.querySelector("#share-url")).getValue();
        String token = shareUrl.substring(shareUrl.lastIndexOf('/') + 1);

        try (WebClient stranger = new WebClient()) {
            stranger.getOptions().setJavaScriptEnabled(false);
            HtmlPage shared = stranger.getPage(shareUrl);
            assertThat(text(shared.querySelector("main"))).contains("Please check these answers", SAID, MESSAGE);
            try (InputStream pdf = stranger.getPage(shareUrl + ".pdf").getWebResponse().getContentAsStream();
                 PDDocument doc = Loader.loadPDF(pdf.readAllBytes())) {
                String flat = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
                assertThat(flat).contains("PLEASE CHECK THESE ANSWERS").contains(SAID).contains(MESSAGE);
            }
            JsonNode api = json.readTree(stranger.getPage(url("/api/v1/assessments/" + token)).getWebResponse()
                    .getContentAsString());
            JsonNode warnings = api.get("recommendation").get("warnings");
            assertThat(warnings).hasSize(1);
            assertThat(warnings.get(0).get("questions").values()).extracting(JsonNode::stringValue)
                    .containsExactly("company_size", "tech_team");
            assertThat(warnings.get(0).get("message").stringValue()).startsWith(MESSAGE);
        }
    }

    @Test
    void changingOneOfTheAnswersTakesTheWarningAway() throws Exception {
        HtmlPage check = answerWithAContradiction();

        HtmlPage step2 = ((HtmlAnchor) check.querySelectorAll("a.check-change").get(1)).click();
        assertThat(step2.asNormalizedText()).contains("Step 2 of 4");
        assertThat(((HtmlRadioButtonInput) step2.querySelector("#q-company_size-MICRO")).isChecked()).isTrue();
        assertThat(((HtmlRadioButtonInput) step2.querySelector("#q-tech_team-LARGE")).isChecked()).isTrue();

        HtmlPage step3 = next(step2, Map.of("tech_team", "SMALL"));
        HtmlPage step4 = next(step3, Map.of());
        assertThat(((HtmlRadioButtonInput) step4.querySelector("#q-budget-FULL_TIME")).isChecked()).isTrue();
        HtmlPage result = next(step4, Map.of());

        assertThat(result.getUrl().getPath()).endsWith("/result");
        assertThat((Object) result.querySelector("#rec-check")).isNull();
        assertThat(result.asNormalizedText()).doesNotContain("Please check");
        String shareUrl = ((HtmlInput) result.querySelector("#share-url")).getValue();
        JsonNode api = json.readTree(browser.getPage(url("/api/v1/assessments/"
                + shareUrl.substring(shareUrl.lastIndexOf('/') + 1))).getWebResponse().getContentAsString());
        assertThat(api.get("recommendation").get("warnings").isArray()).isTrue();
        assertThat(api.get("recommendation").get("warnings")).isEmpty();
    }

    @Test
    void consistentAnswersGoStraightToTheResult() throws Exception {
        HtmlPage step = ((HtmlButton) ((HtmlPage) browser.getPage(url("/"))).querySelector("form.start-form button")).click();
        for (int n = 1; n <= 4; n++) {
            step = next(step, AnswerSets.byStep(AnswerSets.CIO, n));
        }
        assertThat(step.getUrl().getPath()).endsWith("/result");
        assertThat((Object) step.querySelector("#rec-check")).isNull();
        assertThat(List.of(step.asNormalizedText())).noneMatch(t -> t.contains("rarely go together"));
    }
}
