package org.techleadership.advisor.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.util.HtmlUtils;
import org.techleadership.advisor.account.AccountService;
import org.techleadership.advisor.account.AppUser;
import org.techleadership.advisor.assessment.AssessmentResult;
import org.techleadership.advisor.assessment.AssessmentService;
import org.techleadership.advisor.catalogue.CatalogueDocument;
import org.techleadership.advisor.catalogue.HiringBrief;
import org.techleadership.advisor.catalogue.RoleProfile;
import org.techleadership.advisor.catalogue.editing.CatalogueEditor;
import org.techleadership.advisor.support.AnswerSets;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hiring brief of a share link: a section of the recommendation pointing to its page
 * /r/{token}/brief and its one-page PDF /r/{token}/brief.pdf, made from the answers and the role's
 * brief as stored on the day; of the consultant's advised role when there is one.
 */
@SpringBootTest
@AutoConfigureMockMvc
class HiringBriefTest {

    @Autowired MockMvcTester mvc;
    @Autowired AssessmentService assessments;
    @Autowired AccountService accounts;
    @Autowired CatalogueEditor editor;
    @Autowired JsonMapper json;

    private AssessmentResult cioClient(String label) {
        AppUser consultant = accounts.create("brief-" + UUID.randomUUID().toString().substring(0, 8),
                "Pat Brief", "Brief IT", "brief-password-1234", AppUser.Role.CONSULTANT);
        return assessments.create(AnswerSets.CIO, label, consultant.getId(), null);
    }

    private String page(String uri) {
        MvcTestResult result = mvc.get().uri(uri).accept(MediaType.TEXT_HTML).exchange();
        assertThat(result).as(uri).hasStatusOk();
        try {
            return HtmlUtils.htmlUnescape(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        } catch (java.io.UnsupportedEncodingException e) {
            throw new AssertionError(e);
        }
    }

    private static String flat(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", " ");
    }

    /** The brief PDF's text, flattened, after checking it is one A4 page; kept under target/share-pdf to look at. */
    private String briefPdf(String token, String fileName) throws IOException {
        MvcTestResult result = mvc.get().uri("/r/{t}/brief.pdf", token).exchange();
        assertThat(result).hasStatusOk().hasContentType(MediaType.APPLICATION_PDF);
        assertThat(result.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo("inline; filename=\"" + fileName + "\"");
        byte[] bytes = result.getResponse().getContentAsByteArray();
        Path out = Path.of("target", "share-pdf", token.substring(0, 6) + "-" + fileName);
        Files.createDirectories(out.getParent());
        Files.write(out, bytes);
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertThat(pdf.getNumberOfPages()).as(fileName + " fits on one page").isEqualTo(1);
            return flat(new PDFTextStripper().getText(pdf));
        }
    }

    @Test
    void theSharePageHasAHiringBriefSectionLinkingToItsPageAndPdf() {
        String token = cioClient("Acme Ltd").assessment().getToken();
        String share = page("/r/" + token);
        assertThat(share).contains("id=\"rec-brief\"").contains("Hiring brief")
                .contains("For Chief Information Officer (CIO), the recommended role.")
                .contains("href=\"/r/" + token + "/brief\"").contains("href=\"/r/" + token + "/brief.pdf\"");
    }

    @Test
    void theBriefPdfIsOnePageWithTheScopeFromTheAnswersAndTheRolesEightQuestions() throws IOException {
        String token = cioClient("Acme Ltd").assessment().getToken();
        RoleProfile cio = editor.current().profile("CIO");
        String text = briefPdf(token, "hiring-brief-CIO.pdf");

        assertThat(text).contains("Hiring brief: Chief Information Officer (CIO)").contains("Acme Ltd")
                .contains("Main aim: improve how the business runs.")
                .contains("Most pressing problem: old systems that do not work together.")
                .contains(flat(cio.timeCommitment())).contains(flat(cio.brief().reportingLine()))
                .contains("Eight questions to ask them").contains("Red flags").contains("The first 90 days");
        assertThat(cio.brief().questions()).hasSize(8).allSatisfy(q -> assertThat(text).contains(flat(q)));
        cio.brief().firstTargets().forEach(t -> assertThat(text).contains(t.kpi()).contains(flat(t.firstTarget())));
        cio.brief().redFlags().forEach(f -> assertThat(text).contains(flat(f)));
    }

    @Test
    void theBriefPageShowsTheSameBriefAndLinksToItsPdf() {
        String token = cioClient(null).assessment().getToken();
        String brief = flat(page("/r/" + token + "/brief"));
        assertThat(brief).contains("Hiring brief: Chief Information Officer (CIO)")
                .contains("Main aim: improve how the business runs.")
                .contains("href=\"/r/" + token + "/brief.pdf\"");
        editor.current().profile("CIO").brief().questions().forEach(q -> assertThat(brief).contains(flat(q)));
    }

    @Test
    void theMainPdfPointsToTheBriefPdf() throws IOException {
        String token = cioClient(null).assessment().getToken();
        byte[] pdf = mvc.get().uri("/r/{t}.pdf", token).exchange().getResponse().getContentAsByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            // the address may wrap at a slash: compare without spaces
            assertThat(flat(new PDFTextStripper().getText(doc)).replace(" ", "")).contains("/r/" + token + "/brief.pdf");
        }
    }

    @Test
    void theAdvisedRolesBriefIsTheOneGivenAndSaysWhoseItIs() throws IOException {
        AssessmentResult made = cioClient("Acme Ltd");
        String token = made.assessment().getToken();
        assessments.advise(made.assessment().getConsultantId(), made.assessment().getId(), "VCTO", "Product first.");
        RoleProfile vcto = editor.current().profile("VCTO");

        assertThat(page("/r/" + token)).contains("For Virtual CTO (vCTO), the role Pat Brief recommends.");
        String text = briefPdf(token, "hiring-brief-vCTO.pdf");
        assertThat(text).contains("Hiring brief: Virtual CTO (vCTO)")
                .contains("This brief is for Virtual CTO (vCTO), the role Pat Brief recommends. The questionnaire’s own result was Chief Information Officer (CIO).");
        vcto.brief().questions().forEach(q -> assertThat(text).contains(flat(q)));
        editor.current().profile("CIO").brief().questions().forEach(q -> assertThat(text).doesNotContain(flat(q)));
    }

    @Test
    void everyRolesBriefFitsOnOnePage() throws IOException {
        AssessmentResult made = cioClient("Harbour Street Bakery and Coffee Roasters Limited");
        for (RoleProfile role : editor.current().profiles()) {
            assessments.advise(made.assessment().getConsultantId(), made.assessment().getId(), role.code(), "Why not.");
            String file = "hiring-brief-" + role.shortName().replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-+|-+$", "") + ".pdf";
            assertThat(briefPdf(made.assessment().getToken(), file)).contains("Hiring brief: " + role.name());
        }
    }

    @Test
    void aLinkStoredWithoutABriefShowsNoSectionAndItsBriefIsNotFound() throws IOException {
        editor.discard("test");
        CatalogueDocument original = editor.current().document();
        String token;
        try {
            CatalogueDocument withoutBriefs = original.withProfiles(original.profiles().stream()
                    .map(p -> p.withBrief((HiringBrief) null)).toList());
            assertThat(editor.importDocument(json.writeValueAsString(withoutBriefs), "test", "no briefs")).isEmpty();
            editor.publish("test", "a catalogue as before briefs");
            token = cioClient(null).assessment().getToken();
        } finally {
            editor.discard("test");
            assertThat(editor.importDocument(json.writeValueAsString(original), "test", "restored")).isEmpty();
            editor.publish("test", "restored the briefs");
        }
        assertThat(page("/r/" + token)).doesNotContain("rec-brief").doesNotContain("Hiring brief")
                .doesNotContain(token + "/brief");
        for (String path : new String[] {"/r/" + token + "/brief", "/r/" + token + "/brief.pdf"}) {
            MvcTestResult result = mvc.get().uri(path).accept(MediaType.TEXT_HTML).exchange();
            assertThat(result).as(path).hasStatus(HttpStatus.NOT_FOUND);
            assertThat(result.getResponse().getContentType()).as(path).isNull(); // no PDF, no page of its own
        }
        byte[] pdf = mvc.get().uri("/r/{t}.pdf", token).exchange().getResponse().getContentAsByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(flat(new PDFTextStripper().getText(doc))).doesNotContain("/brief.pdf").doesNotContain("iring brief");
        }
        // a link made now has its brief again
        assertThat(page("/r/" + cioClient(null).assessment().getToken())).contains("rec-brief");
    }

    @Test
    void aWithdrawnLinkGivesNoBriefAndAnUnknownOneIsNotFound() {
        AssessmentResult made = cioClient(null);
        String token = made.assessment().getToken();
        assessments.withdraw(made.assessment().getConsultantId(), made.assessment().getId());
        assertThat(mvc.get().uri("/r/{t}/brief", token).exchange()).hasStatus(HttpStatus.GONE);
        assertThat(mvc.get().uri("/r/{t}/brief.pdf", token).exchange()).hasStatus(HttpStatus.GONE);
        for (String path : new String[] {"/r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/brief", "/r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/brief.pdf",
                "/r/not-a-token/brief.pdf"}) {
            assertThat(mvc.get().uri(path).exchange()).as(path).hasStatus(HttpStatus.NOT_FOUND);
        }
    }

    @Test
    void theCatalogueRefusesABriefWithoutEightQuestions() {
        RoleProfile cio = editor.current().profile("CIO");
        HiringBrief seven = new HiringBrief(cio.brief().reportingLine(), cio.brief().firstTargets(),
                cio.brief().questions().subList(0, 7), cio.brief().redFlags(), cio.brief().first90Days());
        try {
            assertThat(editor.saveBrief("CIO", seven, "test"))
                    .containsExactly("Role CIO hiring brief: Give exactly 8 questions to ask, one a line; there are 7.");
        } finally {
            editor.discard("test");
        }
    }
}
