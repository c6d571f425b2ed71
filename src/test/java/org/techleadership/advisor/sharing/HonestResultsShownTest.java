package org.techleadership.advisor.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.techleadership.advisor.scoring.Answers;
import org.techleadership.advisor.support.AnswerSets;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** An interim answer and a close call, each as the API, the share page and the PDF show them. */
@SpringBootTest
@AutoConfigureMockMvc
class HonestResultsShownTest {

    @Autowired
    MockMvcTester mvc;

    private JsonNode create(Answers answers) {
        MvcTestResult created = mvc.post().uri("/api/v1/assessments").contentType(MediaType.APPLICATION_JSON)
                .content("{\"answers\": " + AnswerSets.json(answers) + "}").exchange();
        assertThat(created).hasStatus(HttpStatus.CREATED);
        assertThat(created.getResponse().getHeader(HttpHeaders.LOCATION)).isNotBlank();
        return JsonMapper.shared().readTree(created.getResponse().getContentAsByteArray());
    }

    private String sharePage(String token) {
        MvcTestResult page = mvc.get().uri("/r/{token}", token).exchange();
        assertThat(page).hasStatusOk();
        return Jsoup.parse(page.getResponse().getContentAsByteArray().length == 0 ? ""
                : new String(page.getResponse().getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8))
                .selectFirst("main").text();
    }

    private String pdfText(String token) throws IOException {
        MvcTestResult pdf = mvc.get().uri("/r/{token}.pdf", token).exchange();
        assertThat(pdf).hasStatusOk().hasContentType(MediaType.APPLICATION_PDF);
        try (PDDocument doc = Loader.loadPDF(pdf.getResponse().getContentAsByteArray())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    void aDefinedTransformationWithAFullTimeBudgetAndATeamGetsAnInterimLeaderEverywhere() throws IOException {
        JsonNode made = create(AnswerSets.INTERIM_CIO);
        JsonNode rec = made.get("recommendation");
        assertThat(rec.get("primary").get("code").asString()).isEqualTo("INTERIM_CIO");
        assertThat(rec.get("primary").get("name").asString()).isEqualTo(AnswerSets.INTERIM_CIO_NAME);
        assertThat(rec.get("ranking")).hasSize(10);
        assertThat(rec.get("closeCall").asBoolean()).isFalse();
        // a permanent CIO is ruled out by the defined project, with its reason
        JsonNode cio = null;
        for (JsonNode fit : rec.get("ranking")) {
            if (fit.get("code").asString().equals("CIO")) {
                cio = fit;
            }
        }
        assertThat(cio.get("excluded").asBoolean()).isTrue();
        assertThat(cio.get("excludedBecause").asString()).contains("defined project", "commitment of years");

        String token = made.get("token").asString();
        assertThat(sharePage(token)).contains("We recommend", "Interim CIO", "three to twelve months",
                "How all ten compare");
        assertThat(pdfText(token)).contains("Interim CIO", "three to twelve months");
    }

    @Test
    void aTieIsSaidPlainlyWithBothRolesWhatDecidesAndTheTieRule() throws IOException {
        JsonNode made = create(AnswerSets.INTERIM_TIE);
        JsonNode rec = made.get("recommendation");
        assertThat(rec.get("closeCall").asBoolean()).isTrue();
        assertThat(rec.get("tie").asBoolean()).isTrue();
        assertThat(rec.get("primary").get("code").asString()).isEqualTo("INTERIM_CIO");
        assertThat(rec.get("ranking").get(1).get("code").asString()).isEqualTo("INTERIM_CTO");
        assertThat(rec.get("primary").get("fit").asInt()).isEqualTo(rec.get("ranking").get(1).get("fit").asInt());
        assertThat(rec.get("decidedBy")).isNotEmpty();

        String token = made.get("token").asString();
        String page = sharePage(token);
        assertThat(page).contains("A close call", "Interim CIO or Interim CTO", "What decides between them",
                "They scored exactly the same", "tie rule");
        assertThat(page).doesNotContain("We recommend");
        assertThat(pdfText(token)).containsIgnoringCase("a close call")
                .contains("Interim CIO or Interim CTO", "They scored exactly the same", "tie rule");
    }

    @Test
    void anUnknownRegionOrLanguageFallsBackToTheDefaultAndIsNeitherEchoedNorRemembered() {
        String token = create(AnswerSets.INTERIM_CIO).get("token").asString();
        MvcTestResult page = mvc.get().uri("/r/{token}?region={r}", token, "<b>XX</b>")
                .header(HttpHeaders.ACCEPT_LANGUAGE, "x-klingon;q=abc, ,;;").exchange();
        assertThat(page).hasStatusOk();
        assertThat(page.getResponse().getCookie("region")).isNull();
        String text = Jsoup.parse(new String(page.getResponse().getContentAsByteArray(),
                java.nio.charset.StandardCharsets.UTF_8)).selectFirst("main").text();
        assertThat(text).contains("What it typically costs", "In the US").doesNotContain("XX");
        MvcTestResult uk = mvc.get().uri("/r/{token}?region=uk", token).exchange();
        assertThat(uk).hasStatusOk();
        assertThat(uk.getResponse().getCookie("region").getValue()).isEqualTo("UK");
    }
}
