package org.techleadership.advisor.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
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
import org.techleadership.advisor.api.AssessmentApiTest;
import tools.jackson.databind.json.JsonMapper;
import org.techleadership.advisor.account.AccountService;
import org.techleadership.advisor.account.AppUser;
import org.techleadership.advisor.assessment.AssessmentResult;
import org.techleadership.advisor.assessment.AssessmentService;
import org.techleadership.advisor.support.AnswerSets;

/** GET /r/{token}.pdf: the shared recommendation typeset as a PDF, from the same stored view as the page. */
@SpringBootTest
@AutoConfigureMockMvc
class SharePdfTest {

    private static final String HOSTILE_LABEL = "Acme <script>alert(1)</script> & Co";
    private static final String TYPOGRAPHIC_LABEL = "Smith’s “Café” – £2m turnover";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    org.techleadership.advisor.catalogue.CatalogueService catalogues;

    @Autowired
    AssessmentService assessments;

    @Autowired
    AccountService accounts;

    /** An assessment of a consultant's client: only its consultant may advise on it or withdraw it. */
    private AssessmentResult consultantsClient() {
        AppUser consultant = accounts.create("pdf-" + java.util.UUID.randomUUID().toString().substring(0, 8),
                "Pat Pdf", null, "pdf-password-1234", AppUser.Role.CONSULTANT);
        return assessments.create(AnswerSets.CIO, "Acme Ltd", consultant.getId(), null);
    }

    private String create(String clientLabel) {
        String body = "{\"answers\": " + AssessmentApiTest.CIO_ANSWERS + ", \"clientLabel\": "
                + JsonMapper.shared().writeValueAsString(clientLabel) + "}";
        MvcTestResult created = mvc.post().uri("/api/v1/assessments").contentType(MediaType.APPLICATION_JSON)
                .content(body).exchange();
        assertThat(created).hasStatus(HttpStatus.CREATED);
        String location = created.getResponse().getHeader(HttpHeaders.LOCATION);
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private byte[] fetchPdf(String token) {
        MvcTestResult result = mvc.get().uri("/r/{token}.pdf", token).exchange();
        assertThat(result).hasStatusOk().hasContentType(MediaType.APPLICATION_PDF);
        assertThat(result.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo("inline; filename=\"recommendation-CIO.pdf\"");
        return result.getResponse().getContentAsByteArray();
    }

    /** Keeps the PDF under target/share-pdf, to look at (pdftoppm -png -r 60 FILE page). */
    private static void save(String name, byte[] bytes) throws IOException {
        Path out = Path.of("target", "share-pdf", name);
        Files.createDirectories(out.getParent());
        Files.write(out, bytes);
        System.out.println("SharePdfTest: wrote " + out.toAbsolutePath() + " (" + bytes.length + " bytes)");
    }

    private static String text(PDDocument pdf) throws IOException {
        return new PDFTextStripper().getText(pdf);
    }

    @Test
    void pdfHoldsTheWholeRecommendationWithTheClientLabelAsLiteralText() throws IOException {
        String token = create(HOSTILE_LABEL);
        byte[] bytes = fetchPdf(token);

        assertThat(new String(bytes, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        save("recommendation-CIO.pdf", bytes);

        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            String text = text(pdf);
            // squash line breaks so a sentence wrapped across lines still matches
            String flat = text.replaceAll("\\s+", " ");
            assertThat(flat)
                    .contains("Chief Information Officer (CIO)")
                    .contains(HOSTILE_LABEL)
                    .contains("IT ROI")
                    .contains("Budget Variance")
                    .contains("First 30 days")
                    .contains("Days 31–60")
                    .contains("Version " + catalogues.current().version())
                    .contains("catalogue version " + catalogues.current().version())
                    .contains("Why this recommendation")
                    .contains("How all ten compare")
                    .contains("The runner-up")
                    .contains("What would change it")
                    .contains("Next steps")
                    .contains("/r/" + token);
            assertThat(text).doesNotContain("<html").doesNotContain("&amp;").doesNotContain("&lt;");

            int pages = pdf.getNumberOfPages();
            assertThat(pages).isGreaterThan(1);
            assertThat(flat).contains("Page 1 of " + pages).contains("Page " + pages + " of " + pages);

            // A4, metadata title, and only the fonts the app ships, embedded
            PDRectangle a4 = PDRectangle.A4;
            PDRectangle box = pdf.getPage(0).getMediaBox();
            assertThat(box.getWidth()).isCloseTo(a4.getWidth(), offset(1f));
            assertThat(box.getHeight()).isCloseTo(a4.getHeight(), offset(1f));
            assertThat(pdf.getDocumentInformation().getTitle())
                    .isEqualTo("Recommendation for " + HOSTILE_LABEL + " – CIO");
            assertThat(fontNames(pdf)).isNotEmpty().allMatch(name -> name.matches("[A-Z]{6}\\+DejaVuSans(-Bold)?"));
        }
    }

    @Test
    void typographicCharactersComeOutAsTheyWereTyped() throws IOException {
        byte[] bytes = fetchPdf(create(TYPOGRAPHIC_LABEL));
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            String flat = text(pdf).replaceAll("\\s+", " ");
            assertThat(flat).contains(TYPOGRAPHIC_LABEL).contains("Your answer to “").doesNotContain("#");
            assertThat(pdf.getDocumentInformation().getTitle()).startsWith("Recommendation for Smith’s “Café”");
        }
    }

    @Test
    void pdfWithoutAClientLabelHasTheGenericTitle() throws IOException {
        String body = "{\"answers\": " + AssessmentApiTest.CIO_ANSWERS + "}";
        MvcTestResult created = mvc.post().uri("/api/v1/assessments").contentType(MediaType.APPLICATION_JSON)
                .content(body).exchange();
        String location = created.getResponse().getHeader(HttpHeaders.LOCATION);
        byte[] bytes = fetchPdf(location.substring(location.lastIndexOf('/') + 1));
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Technology leadership recommendation – CIO");
            assertThat(text(pdf)).doesNotContain("Prepared for");
        }
    }

    @Test
    void theSharePageIsStillHtmlAndLinksToItsPdf() throws IOException {
        String token = create("Acme Ltd");
        MvcTestResult page = mvc.get().uri("/r/{token}", token).accept(MediaType.TEXT_HTML).exchange();
        assertThat(page).hasStatusOk().hasContentTypeCompatibleWith(MediaType.TEXT_HTML);
        assertThat(page).bodyText().contains("href=\"/r/" + token + ".pdf\"").contains("Download as PDF");
        assertThat(page.getResponse().getHeader("Content-Security-Policy")).contains("style-src 'self'");
    }

    @Test
    void unknownOrMalformedTokenIsTheNormal404Page() {
        for (String path : List.of("/r/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.pdf", "/r/not-a-token.pdf", "/r/.pdf")) {
            MvcTestResult result = mvc.get().uri(path).accept(MediaType.TEXT_HTML).exchange();
            assertThat(result).as(path).hasStatus(HttpStatus.NOT_FOUND);
            // MockMvc stops before the container's error page: the handler answered NOT_FOUND and no PDF
            assertThat(result.getResponse().getContentType()).as(path).isNull();
        }
    }

    @Test
    void aConsultantsAdviceComesFirstAndTheComputedResultStaysBesideIt() throws IOException {
        AssessmentResult made = consultantsClient();
        String token = made.assessment().getToken();
        assessments.advise(made.assessment().getConsultantId(), made.assessment().getId(), "VCIO",
                "Start light: a £5k roadmap first, then decide.");

        byte[] bytes = fetchPdf(token);
        save("recommendation-with-advice.pdf", bytes);
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            String flat = text(pdf).replaceAll("\\s+", " ");
            assertThat(flat).contains("recommends: Virtual CIO (vCIO)")
                    .contains("Start light: a £5k roadmap first, then decide.");
            assertThat(flat.indexOf("Virtual CIO (vCIO)"))
                    .isLessThan(flat.indexOf("Chief Information Officer (CIO)"));
        }
    }

    @Test
    void aWithdrawnLinkGivesNoPdfEither() {
        AssessmentResult made = consultantsClient();
        String token = made.assessment().getToken();
        assessments.withdraw(made.assessment().getConsultantId(), made.assessment().getId());

        assertThat(mvc.get().uri("/r/{token}", token).exchange()).hasStatus(HttpStatus.GONE);
        assertThat(mvc.get().uri("/r/{token}.pdf", token).exchange()).hasStatus(HttpStatus.GONE);
    }

    private static List<String> fontNames(PDDocument pdf) throws IOException {
        List<String> names = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            PDResources resources = page.getResources();
            for (COSName name : resources.getFontNames()) {
                names.add(resources.getFont(name).getName());
            }
        }
        return names;
    }
}
