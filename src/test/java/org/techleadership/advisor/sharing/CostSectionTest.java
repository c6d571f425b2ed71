package org.techleadership.advisor.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.Cookie;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.techleadership.advisor.assessment.AssessmentService;
import org.techleadership.advisor.catalogue.CatalogueService;
import org.techleadership.advisor.catalogue.PriceSource;
import org.techleadership.advisor.scoring.Answers;
import org.techleadership.advisor.support.AnswerSets;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What it typically costs, on the share page and in the PDF: the range of the reader's region (from
 * the browser's language, or chosen), the sources line, the other regions where one has none, and
 * nothing at all for a result stored before costs were kept.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CostSectionTest {

    @Autowired MockMvcTester mvc;
    @Autowired AssessmentService assessments;
    @Autowired CatalogueService catalogues;
    @Autowired JdbcTemplate jdbc;

    private String token(Answers answers) {
        return assessments.create(answers, null, null, null).assessment().getToken();
    }

    private Document share(String token, String language, String query) throws Exception {
        var request = mvc.get().uri("/r/" + token + query).header("Accept-Language", language);
        MvcTestResult result = request.exchange();
        assertThat(result).hasStatusOk();
        return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void aBritishReaderSeesTheUkRangeOfTheRoleWithItsSourcesLine() throws Exception {
        Document page = share(token(AnswerSets.CTO), "en-GB,en;q=0.8", "");
        String costs = page.getElementById("costs").text();
        assertThat(costs).contains("What it typically costs", "In the UK", "£180,000 to £250,000", "a year",
                "Time to hire", "3 to 6 months", "Published ranges, 2026, 5 sources", "Not a quote");
        assertThat(page.select("#costs .cost-sources a").attr("href")).isEqualTo("/sources");
    }

    @Test
    void anAmericanOrUnknownLanguageSeesDollarsAndAGermanOneEuros() throws Exception {
        String token = token(AnswerSets.CTO);
        assertThat(share(token, "en-US", "").getElementById("costs").text()).contains("$250,000 to $450,000");
        assertThat(share(token, "ja-JP", "").getElementById("costs").text()).contains("$250,000 to $450,000");
        assertThat(share(token, "de-DE,de;q=0.9", "").getElementById("costs").text()).contains("€130,000 to €180,000");
    }

    @Test
    void theRegionChosenReplacesTheLanguagesAndIsRemembered() throws Exception {
        String token = token(AnswerSets.CTO);
        MvcTestResult chosen = mvc.get().uri("/r/" + token + "?region=EU").header("Accept-Language", "en-GB").exchange();
        assertThat(Jsoup.parse(chosen.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .getElementById("costs").text()).contains("€130,000").doesNotContain("£180,000");
        Cookie remembered = chosen.getResponse().getCookie("region");
        assertThat(remembered).isNotNull();
        assertThat(remembered.getValue()).isEqualTo("EU");
        MvcTestResult later = mvc.get().uri("/r/" + token).header("Accept-Language", "en-GB")
                .cookie(new Cookie("region", "EU")).exchange();
        assertThat(later.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("€130,000");
        Document page = share(token, "en-GB", "");
        assertThat(page.select("#costs .cost-choice a").eachAttr("href"))
                .containsExactly("?region=UK#costs", "?region=US#costs", "?region=EU#costs");
        assertThat(page.select("#costs .cost-choice a[aria-current]").text()).isEqualTo("UK");
    }

    @Test
    void aKeptSharePageIsKeptPerRegion() throws Exception {
        String token = token(AnswerSets.CTO);
        assertThat(share(token, "en-GB", "").getElementById("costs").text()).contains("£180,000");
        assertThat(share(token, "en-US", "").getElementById("costs").text()).contains("$250,000");
        assertThat(share(token, "en-GB", "").getElementById("costs").text()).contains("£180,000");
    }

    @Test
    void aRoleWithNoRangeForTheRegionSaysSoAndShowsTheOthers() throws Exception {
        Document page = share(token(AnswerSets.VCIO), "en-GB", "");
        String costs = page.getElementById("costs").text();
        assertThat(costs).contains("No published range was found for this role in the UK.",
                "US: $1,500 to $5,000 a month").doesNotContain("£");
    }

    @Test
    void aResultStoredBeforeCostsWereKeptShowsNoCostSection() throws Exception {
        String token = token(AnswerSets.CTO);
        JsonMapper json = JsonMapper.builder().build();
        ObjectNode stored = (ObjectNode) json.readTree(jdbc.queryForObject(
                "SELECT result_json FROM assessment WHERE token = ?", String.class, token));
        ((ObjectNode) stored.get("primaryProfile")).putNull("costs");
        jdbc.update("UPDATE assessment SET result_json = ?, version = version + 1 WHERE token = ?",
                json.writeValueAsString(stored), token);
        Document page = share(token, "en-GB", "");
        assertThat(page.getElementById("costs")).isNull();
        assertThat(page.text()).doesNotContain("What it typically costs", "Published ranges");
        assertThat(pdfText(token, "en-GB")).doesNotContain("What it typically costs");
    }

    @Test
    void thePdfHasTheRangeAndTheAddressesOfItsSources() throws Exception {
        String text = pdfText(token(AnswerSets.CTO), "en-GB");
        assertThat(text).contains("What it typically costs", "£180,000 to £250,000", "Published ranges, 2026, 5 sources",
                "https://boardman.com/blog/fractional-cto");
    }

    @Test
    void theSourcesPageListsEverySourceWithItsAddressAndWhatCitesIt() throws Exception {
        MvcTestResult result = mvc.get().uri("/sources").exchange();
        assertThat(result).hasStatusOk();
        Document page = Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        for (PriceSource source : catalogues.current().sources()) {
            assertThat(page.select("a[href=\"" + source.url() + "\"]")).as(source.key()).hasSize(1);
            assertThat(page.getElementById("source-" + source.key()).text()).contains(source.title(),
                    String.valueOf(source.year()), "Cited for:");
        }
        assertThat(page.getElementById("source-martinsandhu").text()).contains("Chief Technology Officer (CTO), UK");
        assertThat(page.select("footer a[href=/sources]")).hasSize(1);
    }

    private String pdfText(String token, String language) throws Exception {
        MvcTestResult pdf = mvc.get().uri("/r/" + token + ".pdf").header("Accept-Language", language).exchange();
        assertThat(pdf).hasStatusOk();
        try (PDDocument document = Loader.loadPDF(pdf.getResponse().getContentAsByteArray())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
