package org.techleadership.advisor.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.techleadership.advisor.account.AccountService;
import org.techleadership.advisor.account.AppUser;
import org.techleadership.advisor.assessment.AssessmentService;
import org.techleadership.advisor.questionnaire.QuestionnaireDraft;
import org.techleadership.advisor.questionnaire.QuestionnaireService;
import org.techleadership.advisor.support.AnswerSets;

/**
 * A consultant's client sees the practice's brand on the invitation, the result, the share page and
 * the PDF, which end with "Book a call with …"; an owner's own pages stay the product's; a kept
 * share page never outlives a change of brand.
 */
@SpringBootTest
@AutoConfigureMockMvc
class BrandedPagesTest {

    private static final String BOOKING = "https://cal.example/alice-morgan";

    @Autowired MockMvcTester mvc;
    @Autowired AccountService accounts;
    @Autowired PracticeService practices;
    @Autowired AssessmentService assessments;
    @Autowired QuestionnaireService questionnaires;
    @Autowired JdbcTemplate jdbc;
    @Autowired MeterRegistry meters;

    AppUser alice;
    String practiceName;

    @BeforeEach
    void aliceOfAPracticeWithABookingLink() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        alice = accounts.create("brand-" + suffix, "Alice Morgan", null, "brand-password-" + suffix, AppUser.Role.CONSULTANT);
        practiceName = "Morgan IT " + suffix;
        practices.save(alice.getId(), form(practiceName));
    }

    private static PracticeForm form(String name) {
        PracticeForm form = new PracticeForm();
        form.setName(name);
        form.setAccent("#1a4d8f");
        form.setBookingUrl(BOOKING);
        form.setContactEmail("alice@morgan-it.example");
        return form;
    }

    private Document page(String path) throws Exception {
        return Jsoup.parse(mvc.get().uri(path).exchange().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private String sharePath(Long consultantId) {
        return "/r/" + assessments.create(AnswerSets.CIO, "Harbour Bakery", consultantId, null).assessment().getToken();
    }

    private static void assertBranded(Document page, String practice) {
        assertThat(page.select(".site-header .brand-practice").text()).isEqualTo(practice);
        assertThat(page.select("link[rel=stylesheet]").eachAttr("href")).contains("/brand/accent/1a4d8f.css");
        assertThat(page.select(".site-footer-made").text()).isEqualTo("made with Tech Leader Advisor");
        assertThat(page.select(".site-footer-name")).isEmpty();
    }

    @Test
    void theSharePageCarriesTheBrandAndEndsWithTheBookingCallToAction() throws Exception {
        Document share = page(sharePath(alice.getId()));

        assertBranded(share, practiceName);
        assertThat(share.select(".brand-cta h2").text()).isEqualTo("Book a call with Alice Morgan");
        assertThat(share.select(".brand-cta a.btn").attr("href")).isEqualTo(BOOKING);
        assertThat(share.select(".brand-cta a[href^=mailto:]").attr("href")).isEqualTo("mailto:alice@morgan-it.example");
        assertThat(share.text()).doesNotContain("Take the questionnaire yourself");
    }

    @Test
    void aPracticeWithoutContactDetailsEndsWithItsOwnQuestionnaireLinkNotTheGenericOne() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        AppUser bob = accounts.create("brand-bob-" + suffix, "Bob Lee", null, "brand-password-" + suffix,
                AppUser.Role.CONSULTANT);
        PracticeForm plain = new PracticeForm();
        plain.setName("Lee Advisory " + suffix);
        plain.setSlug("lee-" + suffix);
        practices.save(bob.getId(), plain);

        Document share = page(sharePath(bob.getId()));

        assertThat(share.select(".brand-cta")).isEmpty();
        assertThat(share.select("a.btn:contains(Take the questionnaire yourself)").attr("href"))
                .isEqualTo("/p/lee-" + suffix);
    }

    @Test
    void anOwnersOwnSharePageIsTheProductsAsBefore() throws Exception {
        Document share = page(sharePath(null));

        assertThat(share.select(".site-header a.brand .brand-name").text()).isEqualTo("Tech Leader Advisor");
        assertThat(share.select(".brand-practice, .brand-cta, .site-footer-made")).isEmpty();
        assertThat(share.select("link[rel=stylesheet]").eachAttr("href")).containsExactly("/css/app.css");
        assertThat(share.select("#share-own + p + p a.btn").text()).isEqualTo("Take the questionnaire yourself");
        assertThat(share.select(".site-footer-name").text()).isEqualTo("Tech Leader Advisor");
    }

    @Test
    void theInvitationAndTheResultCarryTheBrand() throws Exception {
        QuestionnaireDraft invitation = questionnaires.start("Harbour Bakery", alice.getId());
        Document step = page("/q/" + invitation.getToken() + "/1");
        assertBranded(step, practiceName);
        assertThat(step.text()).contains("Prepared for Harbour Bakery by Alice Morgan, " + practiceName);

        for (int s = 1; s <= 4; s++) {
            questionnaires.submit(invitation.getToken(), s, new LinkedHashMap<>(AnswerSets.byStep(AnswerSets.CIO, s)),
                    QuestionnaireService.Action.NEXT);
        }
        Document result = page("/q/" + invitation.getToken() + "/result");
        assertThat(result.select("h1").text()).isEqualTo("Your recommendation");
        assertBranded(result, practiceName);
    }

    @Test
    void thePdfCarriesTheNameTheLogoAndTheCallToAction() throws Exception {
        String path = sharePath(alice.getId());
        byte[] unbranded = mvc.get().uri(path + ".pdf").exchange().getResponse().getContentAsByteArray();
        try (PDDocument pdf = Loader.loadPDF(unbranded)) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains(practiceName, "Book a call with Alice Morgan", BOOKING, "alice@morgan-it.example");
            assertThat(images(pdf)).as("no logo yet").isZero();
        }
        practices.showLogo(alice.getId(), LogoImage.reencode(LogoImageTest.jpeg(960, 320)));
        byte[] withLogo = mvc.get().uri(path + ".pdf").exchange().getResponse().getContentAsByteArray();
        try (PDDocument pdf = Loader.loadPDF(withLogo)) {
            assertThat(images(pdf)).as("the logo, embedded").isEqualTo(1);
            assertThat(new PDFTextStripper().getText(pdf)).contains("Book a call with Alice Morgan");
        }
    }

    private static int images(PDDocument pdf) throws IOException {
        int images = 0;
        for (COSName name : pdf.getPage(0).getResources().getXObjectNames()) {
            if (pdf.getPage(0).getResources().getXObject(name) instanceof PDImageXObject) {
                images++;
            }
        }
        return images;
    }

    @Test
    void aKeptSharePageNeverOutlivesAnEditOfTheBrand() throws Exception {
        String path = sharePath(alice.getId());
        page(path);
        double before = meters.counter("advisor.share.page.kept").count();
        assertThat(page(path).select(".brand-practice").text()).isEqualTo(practiceName);
        assertThat(meters.counter("advisor.share.page.kept").count()).as("served from the kept page").isEqualTo(before + 1);

        practices.save(alice.getId(), form("Morgan & Daughters"));
        assertThat(page(path).select(".brand-practice").text()).as("at once, on this instance").isEqualTo("Morgan & Daughters");
    }

    @Test
    void aBrandChangedOnAnotherInstanceShowsWithinSeconds() throws Exception {
        String path = sharePath(alice.getId());
        page(path);
        page(path);
        // what another instance's edit leaves in the database: no event reaches this one
        jdbc.update("UPDATE practice SET name = ?, version = version + 1 WHERE id = ?", "Morgan Elsewhere",
                accounts.find(alice.getId()).orElseThrow().getPracticeId());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(Brands.KEPT_FOR.toSeconds() + 4);
        String shown = page(path).select(".brand-practice").text();
        while (!shown.equals("Morgan Elsewhere") && System.nanoTime() < deadline) {
            Thread.sleep(200);
            shown = page(path).select(".brand-practice").text();
        }
        assertThat(shown).isEqualTo("Morgan Elsewhere");
    }
}
