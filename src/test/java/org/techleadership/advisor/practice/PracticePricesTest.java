package org.techleadership.advisor.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.techleadership.advisor.account.AccountService;
import org.techleadership.advisor.account.AppUser;
import org.techleadership.advisor.account.SignedIn;
import org.techleadership.advisor.account.SignedIns;
import org.techleadership.advisor.assessment.AssessmentService;
import org.techleadership.advisor.support.AnswerSets;

/**
 * A practice's own price replaces the published range on its clients' pages, named as the
 * practice's; another practice neither sees it nor can change it; a wrong figure is an error
 * next to its field, as typed.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PracticePricesTest {

    @Autowired MockMvcTester mvc;
    @Autowired AccountService accounts;
    @Autowired AssessmentService assessments;

    SignedIn alice;
    SignedIn bob;
    String alicePractice;

    private SignedIn consultant(String name, String practice) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        AppUser user = accounts.create("price-" + suffix, name, practice, "price-password-" + suffix,
                AppUser.Role.CONSULTANT);
        return SignedIns.consultant(user.getId(), name);
    }

    @BeforeEach
    void twoPractices() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        alicePractice = "Morgan IT " + suffix;
        alice = consultant("Alice Morgan", alicePractice);
        bob = consultant("Bob Reyes", "Reyes Advisory " + suffix);
    }

    private MvcTestResult setPrice(SignedIn me, String code, String low, String high) {
        return mvc.post().uri("/consultant/practice/prices").with(user(me)).with(csrf())
                .param("profileCode", code).param("currency", "GBP").param("basis", "DAY")
                .param("low", low).param("high", high).param("note", "Two days a week to start").exchange();
    }

    private Document html(MvcTestResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private String shareToken(SignedIn consultant) {
        return assessments.create(AnswerSets.CTO, "Harbour Bakery", consultant.userId(), null).assessment().getToken();
    }

    private Document share(String token) throws Exception {
        return html(mvc.get().uri("/r/" + token).header("Accept-Language", "en-GB").exchange());
    }

    @Test
    void thePracticesPriceReplacesThePublishedRangeOnItsClientsPagesOnly() throws Exception {
        assertThat(setPrice(alice, "CTO", "1200", "1500")).hasStatus3xxRedirection();

        String costs = share(shareToken(alice)).getElementById("costs").text();
        assertThat(costs).contains(alicePractice + "’s price", "£1,200 to £1,500", "a day", "Two days a week to start")
                .doesNotContain("Published ranges", "£180,000");
        try (PDDocument pdf = Loader.loadPDF(mvc.get().uri("/r/" + shareToken(alice) + ".pdf").exchange()
                .getResponse().getContentAsByteArray())) {
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ")).contains("£1,200 to £1,500");
        }

        String others = share(shareToken(bob)).getElementById("costs").text();
        assertThat(others).contains("Published ranges", "£180,000 to £250,000").doesNotContain("£1,200");
        String ownersOwn = share(assessments.create(AnswerSets.CTO, null, null, null).assessment().getToken())
                .getElementById("costs").text();
        assertThat(ownersOwn).doesNotContain("£1,200");
    }

    @Test
    void anotherPracticeNeitherSeesNorRemovesThePrice() throws Exception {
        setPrice(alice, "CTO", "1200", "");
        assertThat(html(mvc.get().uri("/consultant/practice").with(user(alice)).exchange()).getElementById("prices").text())
                .contains("£1,200");
        assertThat(html(mvc.get().uri("/consultant/practice").with(user(bob)).exchange()).getElementById("prices").text())
                .doesNotContain("£1,200");

        mvc.post().uri("/consultant/practice/prices/remove").with(user(bob)).with(csrf()).param("profileCode", "CTO").exchange();
        assertThat(share(shareToken(alice)).getElementById("costs").text()).contains("£1,200");

        setPrice(bob, "CTO", "900", "");
        assertThat(share(shareToken(alice)).getElementById("costs").text()).contains("£1,200").doesNotContain("£900");

        mvc.post().uri("/consultant/practice/prices/remove").with(user(alice)).with(csrf()).param("profileCode", "CTO").exchange();
        assertThat(share(shareToken(alice)).getElementById("costs").text()).contains("Published ranges").doesNotContain("£1,200");
    }

    @Test
    void aWrongFigureIsAnErrorNextToItsFieldKeepingWhatWasTyped() throws Exception {
        MvcTestResult below = setPrice(alice, "CTO", "1500", "1200");
        assertThat(below).hasStatusOk();
        Document page = html(below);
        assertThat(page.select(".field.has-error:has(#high) .field-error").text()).contains("cannot be below");
        assertThat(page.getElementById("high").val()).isEqualTo("1200");
        assertThat(page.getElementById("low").val()).isEqualTo("1500");

        assertThat(html(setPrice(alice, "CTO", "-5", "")).select(".field.has-error:has(#low) .field-error").text())
                .contains("below zero");
        assertThat(html(setPrice(alice, "NOT_A_ROLE", "100", "")).select(".field.has-error:has(#profileCode)")).hasSize(1);
        Document typo = html(setPrice(alice, "CTO", "12oo", ""));
        assertThat(typo.select(".field.has-error:has(#low) .field-error").text()).contains("whole number");
        assertThat(typo.getElementById("low").val()).isEqualTo("12oo");
        assertThat(share(shareToken(alice)).getElementById("costs").text()).contains("Published ranges");
    }
}
